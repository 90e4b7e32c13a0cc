//! The model manifest (`models/manifest.toml`), compiled into the binary.
//!
//! Embedding it means the binary carries the expected sha256 of every model file, so a models
//! directory found anywhere on disk is checked against what this build was tested with, not
//! against anything stored beside the models.

use std::sync::OnceLock;

use serde::Deserialize;

/// The manifest text as committed.
pub const MANIFEST_TOML: &str = include_str!("../../models/manifest.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub schema: u32,
    #[serde(rename = "artifact")]
    pub artifacts: Vec<Artifact>,
}

/// One installed file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Artifact {
    pub id: String,
    /// Path relative to the models directory, `/`-separated.
    pub file: String,
    /// sha256 of the installed file (lowercase hex).
    pub sha256: String,
    pub license: String,
    /// Optional artifacts (the base model) are checked only when asked for or present.
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub description: String,
    /// The packages the file comes from.
    #[serde(rename = "source", default)]
    pub sources: Vec<Source>,
}

/// A package an artifact is extracted (or converted) from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub package: String,
    pub version: String,
    /// sha256 of the downloaded package file.
    pub sha256: String,
    /// Members of the package used, as paths inside the archive.
    pub files: Vec<String>,
}

impl Manifest {
    /// Parses and validates manifest text.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let m: Manifest =
            toml::from_str(text).map_err(|e| format!("invalid model manifest: {e}"))?;
        if m.schema != 1 {
            return Err(format!("unsupported model manifest schema {}", m.schema));
        }
        let mut ids = std::collections::BTreeSet::new();
        for a in &m.artifacts {
            if !ids.insert(a.id.as_str()) {
                return Err(format!("artifact {} listed twice", a.id));
            }
            if !is_sha256(&a.sha256) || a.sources.iter().any(|s| !is_sha256(&s.sha256)) {
                return Err(format!(
                    "artifact {}: sha256 must be 64 lowercase hex digits",
                    a.id
                ));
            }
            // Keep every file inside the models directory.
            let safe = !a.file.is_empty()
                && !a.file.starts_with('/')
                && a.file
                    .split('/')
                    .all(|c| !c.is_empty() && c != "." && c != "..");
            if !safe {
                return Err(format!(
                    "artifact {}: file {:?} must be a plain relative path",
                    a.id, a.file
                ));
            }
        }
        Ok(m)
    }

    pub fn artifact(&self, id: &str) -> Option<&Artifact> {
        self.artifacts.iter().find(|a| a.id == id)
    }
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The embedded manifest, parsed once.
pub fn manifest() -> &'static Manifest {
    static M: OnceLock<Manifest> = OnceLock::new();
    // The embedded text is validated by a unit test, so failing here means a broken build.
    M.get_or_init(|| {
        Manifest::parse(MANIFEST_TOML).expect("embedded models/manifest.toml is valid")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_manifest_is_valid_and_complete() {
        let m = Manifest::parse(MANIFEST_TOML).unwrap();
        for id in [
            super::super::WHISPER_TINY_EN,
            super::super::WHISPER_TINY_EN_Q8,
            super::super::WHISPER_BASE,
            super::super::NER_ONNX,
            super::super::NER_TOKENIZER,
            super::super::NER_CONFIG,
            super::super::ONNXRUNTIME,
        ] {
            let a = m
                .artifact(id)
                .unwrap_or_else(|| panic!("manifest lacks {id}"));
            assert!(!a.sources.is_empty(), "{id} has no source");
            assert!(!a.license.is_empty());
        }
        assert!(m.artifact(super::super::WHISPER_BASE).unwrap().optional);
        assert!(!m.artifact(super::super::WHISPER_TINY_EN).unwrap().optional);
        assert!(
            !m.artifact(super::super::WHISPER_TINY_EN_Q8)
                .unwrap()
                .optional
        );
    }

    #[test]
    fn rejects_unsafe_paths_and_bad_hashes() {
        let good = "0".repeat(64);
        let doc = |file: &str, sha: &str| {
            format!("schema = 1\n[[artifact]]\nid = \"x\"\nfile = \"{file}\"\nsha256 = \"{sha}\"\nlicense = \"MIT\"\n")
        };
        assert!(Manifest::parse(&doc("a/b.bin", &good)).is_ok());
        assert!(Manifest::parse(&doc("../b.bin", &good))
            .unwrap_err()
            .contains("relative"));
        assert!(Manifest::parse(&doc("/etc/passwd", &good))
            .unwrap_err()
            .contains("relative"));
        assert!(Manifest::parse(&doc("a.bin", "ABC"))
            .unwrap_err()
            .contains("hex"));
        assert!(Manifest::parse("schema = 2\nartifact = []\n")
            .unwrap_err()
            .contains("schema"));
    }
}
