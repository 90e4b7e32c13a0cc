//! Operators: what replaces an entity's words in the output.
//!
//! - `tag` — the type, `[PERSON]`. Says what was there and nothing else.
//! - `pseudonym` — the type and a number, `[PERSON_1]`, `[PERSON_2]`, consistent within one file
//!   ([`Operators`] is per-file state): the same value gets the same number each time it recurs,
//!   so a reader can follow who said what to whom without learning any value. Values are compared
//!   in a canonical form (see below), numbering is per type, and nothing persists across files.
//! - `mask` — always five asterisks, `*****`. A length-preserving mask would leak the length of
//!   the value: how long a name is, whether a card is a 15-digit Amex or a 16-digit Visa, whether
//!   a number was a 7-digit local or a full phone number. A fixed mask leaks nothing.
//! - `hash` — HMAC-SHA256 of the canonical value under a secret key, shown as
//!   `[CREDIT_CARD:<first 16 hex digits>]`; equal values link across files and runs that share
//!   the key. It refuses to run without a key: an unkeyed hash of a card, phone or SSN is
//!   reversible by brute force (there are only 10⁹ SSNs and ~10¹⁰ phone numbers to hash), so it
//!   would be a disguised copy of the value.
//!
//! Canonical form: the value's words go through the same normalization as detection (so "four one
//! five …" and "415-555-…", "sarah dot j at x dot com" and "sarah.j@x.com" are the same value);
//! numeric types then keep only their digits (a North American phone number drops its leading 1),
//! IP addresses keep their dots, and everything else keeps its lower-cased letters and digits.
//! Original values live only in memory, in this struct's pseudonym table, for one file.

use std::collections::HashMap;
use std::path::Path;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::detect::normalize::NormalizedText;
use crate::detect::EntityKind;
use crate::error::{Error, Result};
use crate::files::ReadProblem;

/// How an entity's words are replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Operator {
    Tag,
    Pseudonym,
    Mask,
    Hash,
}

impl Operator {
    /// The policy-file name, e.g. `pseudonym`.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Tag => "tag",
            Operator::Pseudonym => "pseudonym",
            Operator::Mask => "mask",
            Operator::Hash => "hash",
        }
    }
}

impl std::fmt::Display for Operator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The fixed mask (see the module docs for why it is not length-preserving).
pub const MASK: &str = "*****";

/// Shortest accepted hash key: 128 bits.
pub const MIN_KEY_LEN: usize = 16;
/// Longest accepted hash key (a key file is read whole; anything longer is not a key).
pub const MAX_KEY_LEN: usize = 4096;

/// Hex digits of the HMAC shown in a `hash` replacement (64 bits: collisions within one corpus
/// are negligible, and the tag stays readable).
const HASH_HEX_LEN: usize = 16;

/// Per-file operator state: the hash key and the pseudonym numbering.
pub struct Operators {
    hash_key: Option<Vec<u8>>,
    /// Canonical value → pseudonym number, per type.
    pseudonyms: HashMap<(EntityKind, String), usize>,
    /// Last number given, per type.
    counters: HashMap<EntityKind, usize>,
}

impl std::fmt::Debug for Operators {
    // Hand-written so neither the key nor any original value can reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Operators")
            .field("hash_key", &self.hash_key.as_ref().map(|_| "<set>"))
            .field("pseudonyms", &self.pseudonyms.len())
            .finish()
    }
}

impl Operators {
    pub fn new(hash_key: Option<Vec<u8>>) -> Self {
        Operators {
            hash_key,
            pseudonyms: HashMap::new(),
            counters: HashMap::new(),
        }
    }

    /// The replacement text for one entity whose original text is `original` (kept in memory only).
    pub fn apply(&mut self, op: Operator, kind: EntityKind, original: &str) -> Result<String> {
        match op {
            Operator::Tag => Ok(format!("[{kind}]")),
            Operator::Mask => Ok(MASK.to_string()),
            Operator::Pseudonym => {
                let value = canonical(kind, original);
                let next = self.counters.get(&kind).copied().unwrap_or(0) + 1;
                let n = *self.pseudonyms.entry((kind, value)).or_insert(next);
                if n == next {
                    self.counters.insert(kind, next);
                }
                Ok(format!("[{kind}_{n}]"))
            }
            Operator::Hash => {
                let key = self.hash_key.as_deref().ok_or_else(|| {
                    Error::usage(
                        "hash operator",
                        "needs a key (hash_key_file in the policy): an unkeyed hash of a card, phone or ID \
                         number can be reversed by hashing every possible number",
                    )
                })?;
                let mut mac =
                    Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
                mac.update(canonical(kind, original).as_bytes());
                let digest = hex::encode(mac.finalize().into_bytes());
                Ok(format!("[{kind}:{}]", &digest[..HASH_HEX_LEN]))
            }
        }
    }
}

/// Types whose identity is their digits ("415-555-2671" = "(415) 555 2671" = spoken).
fn numeric(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Phone
            | EntityKind::Zip
            | EntityKind::BankAccount
            | EntityKind::RoutingNumber
            | EntityKind::CreditCard
            | EntityKind::Ssn
            | EntityKind::Cvv
    )
}

/// The form in which two mentions of a value compare equal (see the module docs).
fn canonical(kind: EntityKind, original: &str) -> String {
    let words: Vec<&str> = original.split_whitespace().collect();
    let view = NormalizedText::new(&words);
    let text = view.text();
    if numeric(kind) {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            if kind == EntityKind::Phone && digits.len() == 11 && digits.starts_with('1') {
                return digits[1..].to_string();
            }
            return digits;
        }
    }
    let keep_dots = kind == EntityKind::IpAddress;
    text.chars()
        .filter(|&c| c.is_alphanumeric() || (keep_dots && c == '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads a hash key file. Trailing whitespace (an editor's final newline) is not part of the key.
/// Keys shorter than [`MIN_KEY_LEN`] bytes are refused: a short key can be guessed, which makes
/// the hashes as reversible as unkeyed ones.
pub fn load_hash_key(path: &Path) -> Result<Vec<u8>> {
    let what = || format!("hash key {}", path.display());
    // A regular file of bounded size: `/dev/zero` or a FIFO would otherwise be read forever.
    // (64 bytes of slack for trailing whitespace, which is trimmed below.)
    let mut key = crate::files::read_small_regular(path, MAX_KEY_LEN as u64 + 64).map_err(|p| {
        let problem = match p {
            ReadProblem::TooLarge { .. } => format!(
                "is larger than {MAX_KEY_LEN} bytes; a key is {MIN_KEY_LEN} to {MAX_KEY_LEN} bytes"
            ),
            p => p.to_string(),
        };
        Error::usage(what(), problem)
    })?;
    while key.last().is_some_and(u8::is_ascii_whitespace) {
        key.pop();
    }
    if key.len() > MAX_KEY_LEN {
        return Err(Error::usage(
            what(),
            format!(
                "is {} bytes; a key is {MIN_KEY_LEN} to {MAX_KEY_LEN} bytes",
                key.len()
            ),
        ));
    }
    if key.len() < MIN_KEY_LEN {
        return Err(Error::usage(
            what(),
            format!("is {} bytes; at least {MIN_KEY_LEN} are needed (e.g. `head -c 32 /dev/urandom > key`)", key.len()),
        ));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;

    const KEY: &[u8] = b"0123456789abcdef";

    #[test]
    fn tag() {
        let mut ops = Operators::new(None);
        assert_eq!(
            ops.apply(Operator::Tag, EntityKind::Person, "Sarah")
                .unwrap(),
            "[PERSON]"
        );
        assert_eq!(
            ops.apply(Operator::Tag, EntityKind::CreditCard, "4111")
                .unwrap(),
            "[CREDIT_CARD]"
        );
    }

    #[test]
    fn mask_is_fixed_length() {
        let mut ops = Operators::new(None);
        assert_eq!(
            ops.apply(Operator::Mask, EntityKind::Person, "Al").unwrap(),
            "*****"
        );
        assert_eq!(
            ops.apply(
                Operator::Mask,
                EntityKind::CreditCard,
                "4111 1111 1111 1111"
            )
            .unwrap(),
            "*****"
        );
    }

    #[test]
    fn pseudonyms_are_consistent_per_value_and_numbered_per_kind() {
        let mut ops = Operators::new(None);
        let mut p = |kind, v: &str| ops.apply(Operator::Pseudonym, kind, v).unwrap();
        assert_eq!(p(EntityKind::Person, "Sarah Johnson"), "[PERSON_1]");
        assert_eq!(p(EntityKind::Person, "Mike"), "[PERSON_2]");
        assert_eq!(
            p(EntityKind::Person, "sarah johnson,"),
            "[PERSON_1]",
            "case and punctuation ignored"
        );
        assert_eq!(
            p(EntityKind::Phone, "415-555-2671"),
            "[PHONE_1]",
            "numbering is per kind"
        );
        assert_eq!(
            p(
                EntityKind::Phone,
                "four one five five five five two six seven one"
            ),
            "[PHONE_1]"
        );
        assert_eq!(p(EntityKind::Phone, "+1 (415) 555 2671"), "[PHONE_1]");
        assert_eq!(p(EntityKind::Phone, "415-555-2672"), "[PHONE_2]");
        assert_eq!(
            p(EntityKind::Email, "sarah dot johnson at gmail dot com"),
            "[EMAIL_1]"
        );
        assert_eq!(p(EntityKind::Email, "Sarah.Johnson@gmail.com"), "[EMAIL_1]");
        assert_eq!(p(EntityKind::Person, "MIKE"), "[PERSON_2]");
    }

    #[test]
    fn pseudonyms_do_not_carry_across_files() {
        let mut a = Operators::new(None);
        a.apply(Operator::Pseudonym, EntityKind::Person, "Mike")
            .unwrap();
        let mut b = Operators::new(None);
        assert_eq!(
            b.apply(Operator::Pseudonym, EntityKind::Person, "Sarah")
                .unwrap(),
            "[PERSON_1]"
        );
    }

    #[test]
    fn spoken_numbers_are_not_all_one_value() {
        // Digits-only comparison must read number words, or every spoken number would collide.
        let mut ops = Operators::new(None);
        let a = ops
            .apply(
                Operator::Pseudonym,
                EntityKind::CreditCard,
                "four one one one",
            )
            .unwrap();
        let b = ops
            .apply(
                Operator::Pseudonym,
                EntityKind::CreditCard,
                "five five five five",
            )
            .unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn hash_is_keyed_hmac_of_the_canonical_value() {
        let mut ops = Operators::new(Some(KEY.to_vec()));
        // HMAC-SHA256(KEY, "4111111111111111"), computed independently.
        let expected = "[CREDIT_CARD:6ab68ca2a9a5093a]";
        assert_eq!(
            ops.apply(
                Operator::Hash,
                EntityKind::CreditCard,
                "4111 1111 1111 1111"
            )
            .unwrap(),
            expected
        );
        assert_eq!(
            ops.apply(
                Operator::Hash,
                EntityKind::CreditCard,
                "4111-1111-1111-1111"
            )
            .unwrap(),
            expected
        );
        assert_eq!(
            ops.apply(
                Operator::Hash,
                EntityKind::Email,
                "sarah dot johnson at gmail dot com"
            )
            .unwrap(),
            "[EMAIL:863240012cd6b615]"
        );
        let mut other = Operators::new(Some(b"fedcba9876543210".to_vec()));
        assert_ne!(
            other
                .apply(
                    Operator::Hash,
                    EntityKind::CreditCard,
                    "4111 1111 1111 1111"
                )
                .unwrap(),
            expected
        );
    }

    #[test]
    fn hash_without_key_is_a_usage_error() {
        let mut ops = Operators::new(None);
        let err = ops
            .apply(
                Operator::Hash,
                EntityKind::CreditCard,
                "4111 1111 1111 1111",
            )
            .unwrap_err();
        assert_eq!(err.exit_code(), exit::USAGE);
        let msg = err.to_string();
        assert!(msg.contains("key") && !msg.contains("4111"), "{msg}");
    }

    #[test]
    fn operator_names_round_trip_through_serde() {
        for op in [
            Operator::Tag,
            Operator::Pseudonym,
            Operator::Mask,
            Operator::Hash,
        ] {
            let json = serde_json::to_string(&op).unwrap();
            assert_eq!(json, format!("\"{}\"", op.as_str()));
            assert_eq!(serde_json::from_str::<Operator>(&json).unwrap(), op);
        }
        assert!(serde_json::from_str::<Operator>("\"redact\"").is_err());
    }

    #[test]
    fn debug_shows_no_key_or_values() {
        let mut ops = Operators::new(Some(KEY.to_vec()));
        ops.apply(Operator::Pseudonym, EntityKind::Person, "Sarah")
            .unwrap();
        let dbg = format!("{ops:?}");
        assert!(
            !dbg.contains("Sarah") && !dbg.contains("sarah") && !dbg.contains("0123"),
            "{dbg}"
        );
    }

    #[test]
    fn load_hash_key_checks_length_and_trims_newline() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, b"0123456789abcdef\n").unwrap();
        assert_eq!(load_hash_key(&path).unwrap(), KEY);
        std::fs::write(&path, b"short\n").unwrap();
        assert_eq!(load_hash_key(&path).unwrap_err().exit_code(), exit::USAGE);
        std::fs::write(&path, b"").unwrap();
        assert!(load_hash_key(&path).is_err());
        assert!(load_hash_key(&dir.path().join("missing")).is_err());
        std::fs::write(&path, vec![b'k'; MAX_KEY_LEN]).unwrap();
        assert_eq!(load_hash_key(&path).unwrap().len(), MAX_KEY_LEN);
        std::fs::write(&path, vec![b'k'; MAX_KEY_LEN + 1]).unwrap();
        let e = load_hash_key(&path).unwrap_err().to_string();
        assert!(e.contains("16 to 4096 bytes"), "{e}");
        std::fs::write(&path, vec![b'k'; 1 << 20]).unwrap();
        let e = load_hash_key(&path).unwrap_err().to_string();
        assert!(e.contains("16 to 4096 bytes"), "{e}");
        let e = load_hash_key(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(e.exit_code(), exit::USAGE);
        assert!(e.to_string().contains("character device"), "{e}");
    }
}
