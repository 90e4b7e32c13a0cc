//! Redaction policies: which operator applies to which entity type, and the retention terms
//! recorded with every output. Policies are TOML; the default ships inside the binary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::operators::Operator;
use crate::audio::bleep::AudioMode;
use crate::detect::EntityKind;
use crate::error::{Error, Result};

pub const DEFAULT_POLICY: &str = include_str!("policies/default.toml");

/// Built-in presets, selectable by name with `--policy NAME`.
pub const PRESETS: &[(&str, &str)] = &[
    ("default", DEFAULT_POLICY),
    ("pci", include_str!("policies/pci.toml")),
    ("hipaa", include_str!("policies/hipaa.toml")),
    ("strict", include_str!("policies/strict.toml")),
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyFile {
    pub name: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub legal_basis: String,
    pub retention: String,
    #[serde(default)]
    pub keep_source_audio: bool,
    #[serde(default = "default_operator")]
    pub default_operator: Operator,
    #[serde(default = "default_threshold")]
    pub ner_threshold: f32,
    #[serde(default)]
    pub operators: BTreeMap<String, Operator>,
    #[serde(default)]
    pub keep: Vec<String>,
    pub hash_key_file: Option<PathBuf>,
    /// Also write `<stem>.redacted.wav` (same as `--audio`).
    #[serde(default)]
    pub redact_audio: bool,
    #[serde(default = "default_audio_mode")]
    pub audio_mode: AudioMode,
    #[serde(default = "default_audio_pad_ms")]
    pub audio_pad_ms: u64,
    /// Also redact every digit run of 3 or more said inside a payment context, whatever its
    /// shape (the `pci` preset): ASR mangles card numbers, CVVs and expiry dates in ways no
    /// validator can recognize.
    #[serde(default)]
    pub payment_digits: bool,
    /// Which dates are personal data: `personal` (full calendar dates and dates of birth) or
    /// `all` (also years in a date context, weekdays, months with a year and clock times).
    #[serde(default)]
    pub dates: DateScope,
    /// Which numbers are redacted: `identifiers` (those a shape, checksum or cue says are
    /// personal data) or `all` (also every other number of three digits or more, as `NUMBER`).
    #[serde(default)]
    pub numbers: NumberScope,
    #[serde(default)]
    pub names: NamesSection,
}

/// `numbers = "identifiers" | "all"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberScope {
    /// Numbers a recognizer, the NER model or a cue says are personal data.
    #[default]
    Identifiers,
    /// Also every other number of three digits or more, whatever it is.
    All,
}

/// `dates = "personal" | "all"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateScope {
    /// A day and a month (with or without the year), and dates of birth in any spoken form.
    #[default]
    Personal,
    /// Every date or time mention, as Presidio's DATE_TIME counts them.
    All,
}

/// `[names]`: words never / always treated as person names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamesSection {
    /// Never reported as names (a company called "Ford", a product called "Alexa").
    #[serde(default)]
    pub allow: Vec<String>,
    /// Always reported as names wherever they are said (staff names, a patient list).
    #[serde(default)]
    pub deny: Vec<String>,
}

fn default_audio_mode() -> AudioMode {
    AudioMode::Beep
}
fn default_audio_pad_ms() -> u64 {
    150
}

fn default_operator() -> Operator {
    Operator::Tag
}
fn default_threshold() -> f32 {
    0.5
}

/// A parsed, validated policy.
#[derive(Debug, Clone)]
pub struct Policy {
    pub file: PolicyFile,
    pub retention: super::super::retention::IsoDuration,
    operators: BTreeMap<EntityKind, Operator>,
    keep: Vec<EntityKind>,
    /// sha256 of the policy text, recorded in provenance.
    pub sha256: String,
    /// Where it came from (`built-in default` or a path).
    pub source: String,
}

impl Policy {
    pub fn default_policy() -> Policy {
        Policy::parse(DEFAULT_POLICY, "built-in default").expect("built-in policy is valid")
    }

    /// A built-in preset by name (`default`, `pci`, `hipaa`, `strict`).
    pub fn preset(name: &str) -> Option<Policy> {
        PRESETS.iter().find(|(n, _)| *n == name).map(|(n, text)| {
            Policy::parse(text, &format!("built-in {n}")).expect("built-in policy is valid")
        })
    }

    /// `--policy ARG` if given (see [`Policy::load_or_preset`]), else the built-in default.
    pub fn from_arg(arg: Option<&Path>) -> Result<Policy> {
        arg.map_or_else(|| Ok(Policy::default_policy()), Policy::load_or_preset)
    }

    /// `--policy ARG`: an existing file, else a preset name.
    pub fn load_or_preset(arg: &Path) -> Result<Policy> {
        if !arg.exists() {
            if let Some(p) = arg.to_str().and_then(Policy::preset) {
                return Ok(p);
            }
            let names: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
            return Err(Error::usage(
                format!("--policy {}", arg.display()),
                format!(
                    "no such file, and not a built-in preset (presets: {})",
                    names.join(", ")
                ),
            ));
        }
        Policy::load(arg)
    }

    /// The detection settings this policy asks for.
    pub fn detect_options(&self) -> crate::detect::DetectOptions {
        crate::detect::DetectOptions {
            ner_threshold: self.file.ner_threshold,
            payment_digits: self.file.payment_digits,
            all_dates: self.file.dates == DateScope::All,
            all_numbers: self.file.numbers == NumberScope::All,
            names: crate::detect::names::NameLists {
                allow: self.file.names.allow.clone(),
                deny: self.file.names.deny.clone(),
            },
        }
    }

    pub fn load(path: &Path) -> Result<Policy> {
        let what = || format!("policy {}", path.display());
        let bytes = crate::files::read_small_regular(path, MAX_POLICY_BYTES)
            .map_err(|p| Error::usage(what(), p.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::usage(what(), "is not UTF-8 text (a policy is a TOML file)"))?;
        let mut p = Policy::parse(&text, &path.display().to_string())?;
        // A relative key path is relative to the policy file.
        if let Some(k) = &p.file.hash_key_file {
            if k.is_relative() {
                p.file.hash_key_file = Some(path.parent().unwrap_or(Path::new(".")).join(k));
            }
        }
        Ok(p)
    }

    pub fn parse(text: &str, source: &str) -> Result<Policy> {
        let bad = |problem: String| Error::usage(format!("policy {source}"), problem);
        let file: PolicyFile = toml::from_str(text).map_err(|e| bad(toml_problem(text, &e)))?;
        let retention = file.retention.parse().map_err(|e: String| bad(e))?;
        let mut operators = BTreeMap::new();
        for (k, op) in &file.operators {
            let kind =
                EntityKind::parse(k).ok_or_else(|| bad(format!("unknown entity type {k}")))?;
            operators.insert(kind, *op);
        }
        let keep = file
            .keep
            .iter()
            .map(|k| EntityKind::parse(k).ok_or_else(|| bad(format!("unknown entity type {k}"))))
            .collect::<Result<Vec<_>>>()?;
        if !(0.0..=1.0).contains(&file.ner_threshold) {
            return Err(bad("ner_threshold must be within 0..1".into()));
        }
        let sha256 = hex::encode(Sha256::digest(text.as_bytes()));
        Ok(Policy {
            file,
            retention,
            operators,
            keep,
            sha256,
            source: source.to_string(),
        })
    }

    /// The operator for `kind`, or `None` when the policy keeps that type.
    pub fn operator(&self, kind: EntityKind) -> Option<Operator> {
        if self.keep.contains(&kind) {
            return None;
        }
        Some(
            self.operators
                .get(&kind)
                .copied()
                .unwrap_or(self.file.default_operator),
        )
    }

    /// True when any type is hashed (a key is then required).
    pub fn uses_hash(&self) -> bool {
        EntityKind::ALL
            .iter()
            .any(|k| self.operator(*k) == Some(Operator::Hash))
    }
}

/// A policy file larger than this is not a policy (the presets are ~2 KiB).
pub const MAX_POLICY_BYTES: u64 = 1 << 20;

/// One line for a TOML error: where (line and column, 1-based) and what, without the source
/// excerpt the error's own display would add.
fn toml_problem(text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim_end();
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {col}: {msg}")
        }
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_where_and_what() {
        let e = Policy::parse("name = 'x'\nretention = 'P1D'\ncolour = 'red'\n", "t")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("line 3, column 1") && e.contains("colour"),
            "{e}"
        );
        assert_eq!(e.lines().count(), 1, "{e}");
        let e = Policy::parse("name = 'x'\nretention = \n", "t")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 2, column"), "{e}");
        let e = Policy::load_or_preset(Path::new("pcii")).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        let e = e.to_string();
        assert!(e.contains("default, pci, hipaa, strict"), "{e}");
        let e = Policy::load(Path::new("/dev/zero"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a regular file"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; MAX_POLICY_BYTES as usize + 1]).unwrap();
        let e = Policy::load(&big).unwrap_err().to_string();
        assert!(e.contains("larger than 1 MiB"), "{e}");
    }

    #[test]
    fn default_policy_parses() {
        let p = Policy::default_policy();
        assert_eq!(p.file.name, "default");
        assert_eq!(p.operator(EntityKind::Person), Some(Operator::Pseudonym));
        assert_eq!(p.operator(EntityKind::CreditCard), Some(Operator::Tag));
        assert!(!p.uses_hash());
    }

    #[test]
    fn rejects_unknown_types_and_fields() {
        let base = "name='x'\nretention='P1D'\n";
        assert!(Policy::parse(&format!("{base}[operators]\nNOPE='tag'\n"), "t").is_err());
        assert!(Policy::parse(&format!("{base}colour='red'\n"), "t").is_err());
        assert!(Policy::parse("name='x'\nretention='30 days'\n", "t").is_err());
        let p = Policy::parse(&format!("{base}keep=['LOCATION']\n"), "t").unwrap();
        assert_eq!(p.operator(EntityKind::Location), None);
        assert!(Policy::parse(&format!("{base}[names]\nallowed=['x']\n"), "t").is_err());
    }

    #[test]
    fn presets_parse_and_differ() {
        for (name, _) in PRESETS {
            let p = Policy::preset(name).unwrap();
            assert_eq!(p.file.name, *name);
        }
        assert!(Policy::preset("nope").is_none());
        let pci = Policy::preset("pci").unwrap();
        assert!(pci.detect_options().payment_digits);
        assert!(
            pci.file.redact_audio,
            "a card number must not survive in audio either"
        );
        assert!(!Policy::default_policy().detect_options().payment_digits);
        let strict = Policy::preset("strict").unwrap().detect_options();
        assert!(strict.all_dates && strict.payment_digits && strict.all_numbers);
        let default = Policy::default_policy().detect_options();
        assert!(!default.all_dates && !default.all_numbers);
        assert!(pci.detect_options().all_numbers, "a call's bare answers");
        // Clinical calls say doses and readings: hipaa keeps numbers nothing says are identifiers.
        assert!(
            !Policy::preset("hipaa")
                .unwrap()
                .detect_options()
                .all_numbers
        );
        assert!(Policy::parse("name='x'\nretention='P1D'\ndates='some'\n", "t").is_err());
        assert!(Policy::parse("name='x'\nretention='P1D'\nnumbers='some'\n", "t").is_err());
        let all = Policy::parse("name='x'\nretention='P1D'\nnumbers='all'\n", "t").unwrap();
        assert!(all.detect_options().all_numbers);
    }

    /// HIPAA Safe Harbor (45 CFR 164.514(b)(2)) identifiers that can be spoken, and the types
    /// hush reports them as. Every one must be redacted by the hipaa preset.
    #[test]
    fn hipaa_covers_the_spoken_safe_harbor_identifiers() {
        use EntityKind::*;
        let safe_harbor: &[(&str, &[EntityKind])] = &[
            ("names", &[Person]),
            ("geography below state", &[Address, Location, Zip]),
            ("dates except year", &[Date, CardExpiry]),
            ("phone and fax numbers", &[Phone]),
            ("e-mail addresses", &[Email]),
            ("social security numbers", &[Ssn]),
            ("medical record numbers", &[MedicalRecord]),
            ("health plan beneficiary numbers", &[HealthPlan]),
            (
                "account numbers",
                &[BankAccount, RoutingNumber, CreditCard, Iban, Cvv],
            ),
            (
                "certificate/licence numbers",
                &[DriverLicense, Passport, IdNumber],
            ),
            ("vehicle identifiers", &[VehicleId]),
            ("device identifiers", &[DeviceId]),
            ("URLs", &[Url]),
            ("IP addresses", &[IpAddress]),
            ("any other unique identifying number", &[Number]),
        ];
        let p = Policy::preset("hipaa").unwrap();
        for (what, kinds) in safe_harbor {
            for k in *kinds {
                assert!(p.operator(*k).is_some(), "{what}: {k} is kept");
            }
        }
        // Nothing in the taxonomy is left out of the list above.
        let listed: Vec<EntityKind> = safe_harbor
            .iter()
            .flat_map(|(_, k)| k.iter().copied())
            .collect();
        for k in EntityKind::ALL {
            assert!(listed.contains(&k), "{k} has no Safe Harbor category");
        }
    }
}
