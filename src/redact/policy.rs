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

    pub fn load(path: &Path) -> Result<Policy> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::usage(
                path.display().to_string(),
                format!("cannot read policy: {e}"),
            )
        })?;
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
        let file: PolicyFile = toml::from_str(text).map_err(|e| bad(e.message().to_string()))?;
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

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
