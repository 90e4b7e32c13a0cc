//! Retention and provenance metadata written with every output.
//!
//! Retention says why the transcript exists and when it must go (`delete_after`); provenance
//! says exactly what produced it (hush version, input and model hashes, policy hash), so an
//! auditor can tell which model missed what without ever seeing the original audio.
//!
//! It also enforces retention ([`purge`]: `hush list` / `hush purge`) and keeps the audit log
//! ([`audit`]: `hush audit verify`). Owns the metadata, the purge rules and the log; it may read
//! a policy and the JSON outputs' retention fields, never audio or words.

pub mod audit;
mod duration;
pub mod purge;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub use duration::IsoDuration;

use crate::detect::EntityKind;
use crate::error::{Error, Result};
use crate::redact::Policy;

#[derive(Debug, Clone, Serialize)]
pub struct Retention {
    pub policy: String,
    pub purpose: String,
    pub legal_basis: String,
    pub created_at: String,
    /// ISO-8601 duration, e.g. `P30D`.
    pub retention_period: String,
    /// RFC 3339 time after which the outputs should be deleted.
    pub delete_after: String,
    pub keep_source_audio: bool,
}

impl Retention {
    pub fn new(policy: &Policy, now: OffsetDateTime) -> Retention {
        // Whole seconds: sub-second precision says nothing useful about retention.
        let now = now.replace_nanosecond(0).expect("0 ns is valid");
        let fmt = |t: OffsetDateTime| {
            t.format(&Rfc3339)
                .expect("RFC 3339 formatting of a valid time")
        };
        Retention {
            policy: policy.file.name.clone(),
            purpose: policy.file.purpose.clone(),
            legal_basis: policy.file.legal_basis.clone(),
            created_at: fmt(now),
            retention_period: policy.file.retention.clone(),
            delete_after: fmt(policy.retention.add_to(now)),
            keep_source_audio: policy.file.keep_source_audio,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ModelRef {
    pub id: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    pub hush_version: String,
    pub input_sha256: String,
    pub models: Vec<ModelRef>,
    pub policy_source: String,
    pub policy_sha256: String,
    pub entity_counts: BTreeMap<EntityKind, usize>,
}

/// sha256 of an input file ([`crate::files::sha256_file`]), failing as an input error.
pub fn sha256_file(path: &Path) -> Result<String> {
    crate::files::sha256_file(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))
}

impl Policy {
    /// The policy with its retention period replaced by `period` (`--retention P30D`), an
    /// ISO-8601 duration; a bad one is a usage error naming `--retention`.
    ///
    /// The override is part of what produced the outputs, so it changes the policy's identity:
    /// `sha256` becomes the SHA-256 of `<policy text sha256>\n--retention <period>\n` and
    /// `source` gains ` with --retention <period>`. A period equal to the policy's own leaves the
    /// policy unchanged (same hash), so resuming with a redundant flag redoes nothing.
    pub fn with_retention(mut self, period: &str) -> Result<Policy> {
        let parsed: IsoDuration = period.parse().map_err(|e| Error::usage("--retention", e))?;
        if period == self.file.retention {
            return Ok(self);
        }
        self.sha256 = hex::encode(Sha256::digest(
            format!("{}\n--retention {period}\n", self.sha256).as_bytes(),
        ));
        self.source = format!("{} with --retention {period}", self.source);
        self.file.retention = period.to_string();
        self.retention = parsed;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retention_override_changes_the_period_and_the_policy_hash() {
        let base = Policy::default_policy();
        assert_eq!(base.file.retention, "P30D");
        let p = base.clone().with_retention("P7D").unwrap();
        assert_eq!(p.file.retention, "P7D");
        assert_ne!(p.sha256, base.sha256);
        assert_eq!(p.source, "built-in default with --retention P7D");
        let now = time::macros::datetime!(2026-01-01 00:00 UTC);
        let r = Retention::new(&p, now);
        assert_eq!(r.retention_period, "P7D");
        assert_eq!(r.delete_after, "2026-01-08T00:00:00Z");
        // Deterministic, and distinct per period.
        assert_eq!(base.clone().with_retention("P7D").unwrap().sha256, p.sha256);
        assert_ne!(base.clone().with_retention("P8D").unwrap().sha256, p.sha256);
        // The policy's own period is no override.
        assert_eq!(
            base.clone().with_retention("P30D").unwrap().sha256,
            base.sha256
        );
        let e = base.with_retention("30 days").unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        assert!(e.to_string().starts_with("--retention: "), "{e}");
    }
}
