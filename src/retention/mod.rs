//! Retention and provenance metadata written with every output.
//!
//! Retention says why the transcript exists and when it must go (`delete_after`); provenance
//! says exactly what produced it (hush version, input and model hashes, policy hash), so an
//! auditor can tell which model missed what without ever seeing the original audio.
//!
//! Owns the metadata only; it may read a policy, never audio, words or outputs.

mod duration;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
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
