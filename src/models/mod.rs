//! Finding and verifying the installed models.
//!
//! The models directory is an explicit one (`--models-dir`) if given, else `$HUSH_MODELS_DIR` if
//! set; either is the only place tried, so a typo is an error rather than a silent switch to other
//! models. Otherwise hush tries `./models`, the user's data directory
//! (`$XDG_DATA_HOME/hush/models`, default `~/.local/share/hush/models`), then each system data
//! directory (`$XDG_DATA_DIRS`, default `/usr/local/share:/usr/share`, plus `/hush/models`), and
//! the first that holds every needed file wins. Each file's sha256 is then checked, every run,
//! against the manifest compiled into the binary ([`manifest()`]); [`install`] puts the files
//! there from already-downloaded packages.
//!
//! This module also owns how ONNX Runtime is kept from writing its telemetry store
//! ([`disable_onnxruntime_telemetry`]); it loads no model itself and may use only the base
//! modules (errors, file hashing): the stages above load what it found.

pub mod install;
pub mod manifest;
pub mod verify;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
pub use manifest::{manifest, Artifact, Manifest, Source};
pub use verify::{Stamp, Status};

/// Artifact ids with a fixed role (they match `models/manifest.toml`).
pub const WHISPER_TINY_EN: &str = "whisper-tiny.en";
pub const WHISPER_BASE: &str = "whisper-base";
pub const WHISPER_TINY_EN_Q8: &str = "whisper-tiny.en-q8_0";
pub const NER_ONNX: &str = "rampart-ner";
pub const NER_TOKENIZER: &str = "rampart-tokenizer";
pub const NER_CONFIG: &str = "rampart-config";
pub const ONNXRUNTIME: &str = "onnxruntime";
pub const SILERO_VAD: &str = "silero-vad";

/// Which Whisper model to transcribe with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum WhisperModel {
    /// English-only tiny model, f16 weights (always installed).
    #[default]
    #[value(name = "tiny.en", alias = "tiny")]
    TinyEn,
    /// The same tiny.en weights with the matrices in 8-bit blocks (q8_0; always installed):
    /// about 12% faster end to end with leak counts no worse, but not the default: its
    /// transcript-confidence signals are not yet validated (README, Performance, "8-bit weights").
    #[value(name = "tiny.en-q8_0")]
    TinyEnQ8,
    /// Multilingual base model (installed by `scripts/setup --with-base`).
    Base,
}

impl WhisperModel {
    /// The model named on the command line (`--model tiny.en|tiny.en-q8_0|base`).
    pub fn parse(name: &str) -> crate::Result<WhisperModel> {
        match name {
            "tiny.en" | "tiny" => Ok(WhisperModel::TinyEn),
            "tiny.en-q8_0" => Ok(WhisperModel::TinyEnQ8),
            "base" => Ok(WhisperModel::Base),
            other => Err(crate::Error::usage(
                "--model",
                format!("unknown model {other:?} (expected tiny.en, tiny.en-q8_0 or base)"),
            )),
        }
    }

    pub fn artifact_id(self) -> &'static str {
        match self {
            WhisperModel::TinyEn => WHISPER_TINY_EN,
            WhisperModel::TinyEnQ8 => WHISPER_TINY_EN_Q8,
            WhisperModel::Base => WHISPER_BASE,
        }
    }
}

/// One verified model file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelFile {
    pub id: String,
    pub path: PathBuf,
    pub sha256: String,
    /// The file's identity when it was hashed (see [`ModelSet::confirm_unchanged`]).
    stamp: Stamp,
}

impl ModelFile {
    /// Reads the file and checks its bytes against the verified sha256: for loaders that can
    /// take bytes, this closes the window between verification and load entirely.
    pub fn read_verified(&self) -> Result<Vec<u8>> {
        let bytes = std::fs::read(&self.path).map_err(|e| {
            Error::model(
                &self.id,
                format!("{}: cannot read: {e}", self.path.display()),
            )
        })?;
        let actual = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
        if actual != self.sha256 {
            return Err(Error::model(
                &self.id,
                format!(
                    "{} is {}",
                    self.path.display(),
                    Status::Corrupt { actual }.describe()
                ),
            ));
        }
        Ok(bytes)
    }
}

/// Every file a run needs, located and verified.
#[derive(Debug, Clone)]
pub struct ModelSet {
    pub dir: PathBuf,
    pub whisper: ModelFile,
    pub ner_onnx: ModelFile,
    pub ner_tokenizer: ModelFile,
    pub ner_config: ModelFile,
    pub onnxruntime: ModelFile,
    /// The voice-activity detector (`--vad` and live endpointing).
    pub vad: ModelFile,
    /// Other required files (licences that must travel with the models).
    pub others: Vec<ModelFile>,
}

impl ModelSet {
    /// Finds the models directory and verifies every file needed to run with `whisper`.
    ///
    /// Missing or corrupt files give [`Error::Model`] naming the artifact (exit code 4).
    pub fn locate(explicit: Option<&Path>, whisper: WhisperModel) -> Result<ModelSet> {
        let m = manifest();
        let needed = required_artifacts(m, whisper);
        let dir = find_dir(explicit, &needed)?;

        // Hashed every run, never trusted from a cache (see `verify`).
        let mut files = Vec::with_capacity(needed.len());
        for a in &needed {
            match verify::check_stamped(&dir, a) {
                (Status::Verified, Some(stamp)) => files.push(ModelFile {
                    id: a.id.clone(),
                    path: dir.join(&a.file),
                    sha256: a.sha256.clone(),
                    stamp,
                }),
                (status, _) => {
                    return Err(Error::model(
                        &a.id,
                        format!("{} is {}", dir.join(&a.file).display(), status.describe()),
                    ));
                }
            }
        }

        let mut take = |id: &str| -> ModelFile {
            let i = files
                .iter()
                .position(|f| f.id == id)
                .expect("required artifact was verified");
            files.remove(i)
        };
        Ok(ModelSet {
            whisper: take(whisper.artifact_id()),
            ner_onnx: take(NER_ONNX),
            ner_tokenizer: take(NER_TOKENIZER),
            ner_config: take(NER_CONFIG),
            onnxruntime: take(ONNXRUNTIME),
            vad: take(SILERO_VAD),
            others: files,
            dir,
        })
    }

    /// Fails if any file changed since it was hashed. Call it after the loaders have read the
    /// files: then what was loaded is what was verified (a write in between moves the file's
    /// ctime; a replaced file has another inode). The ONNX Runtime library is mapped rather
    /// than read, so a write to it after this check is outside what hush can see; a read-only,
    /// root-owned install (README "System-wide install") closes that.
    pub fn confirm_unchanged(&self) -> Result<()> {
        for f in self.all().into_iter().chain(&self.others) {
            if Stamp::current(&f.path).ok() != Some(f.stamp) {
                return Err(Error::model(
                    &f.id,
                    format!(
                        "{} changed after it was verified; not using it",
                        f.path.display()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The files that determine a run's output, for provenance records.
    pub fn all(&self) -> Vec<&ModelFile> {
        vec![
            &self.whisper,
            &self.ner_onnx,
            &self.ner_tokenizer,
            &self.ner_config,
            &self.onnxruntime,
            &self.vad,
        ]
    }
}

/// The artifacts a run with `whisper` needs: every non-optional one, plus the chosen Whisper.
fn required_artifacts(m: &Manifest, whisper: WhisperModel) -> Vec<&Artifact> {
    let wanted = whisper.artifact_id();
    m.artifacts
        .iter()
        .filter(|a| a.id == wanted || (!a.optional && !a.id.starts_with("whisper-")))
        .collect()
}

/// The directories searched, in order: just `explicit` or `$HUSH_MODELS_DIR` when given;
/// otherwise `./models`, [`user_models_dir`], then each `$XDG_DATA_DIRS` entry + `hush/models`.
pub fn candidate_dirs(explicit: Option<&Path>) -> Vec<PathBuf> {
    if let Some(d) = explicit {
        return vec![d.to_path_buf()];
    }
    if let Some(d) = std::env::var_os("HUSH_MODELS_DIR").filter(|d| !d.is_empty()) {
        return vec![PathBuf::from(d)];
    }
    let mut dirs = vec![PathBuf::from("models")];
    dirs.extend(user_models_dir());
    // XDG base-directory spec: unset or empty means the default; relative entries are ignored.
    let system = std::env::var_os("XDG_DATA_DIRS")
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    for base in std::env::split_paths(&system).filter(|p| p.is_absolute()) {
        let d = base.join("hush/models");
        if !dirs.contains(&d) {
            dirs.push(d);
        }
    }
    dirs
}

/// The per-user models directory: `$XDG_DATA_HOME/hush/models`, default
/// `~/.local/share/hush/models` (where `scripts/setup` and `hush models install` put them).
pub fn user_models_dir() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|h| h.join(".local/share"));
    xdg.or(home).map(|base| base.join("hush/models"))
}

/// Keeps ONNX Runtime from creating its telemetry store. Microsoft's builds (1.32 here) start
/// a 1DS telemetry client when the library initializes: it writes
/// `$XDG_CACHE_HOME/Microsoft/DeveloperTools/.onnxruntime/{deviceid,onnxruntime.db}` and a
/// `.ses` session file in `$TMPDIR`, and queues events about the process and model. The API's
/// `DisableTelemetryEvents` (ort's `with_telemetry(false)`) only runs once an environment
/// exists, after that; `ORT_DISABLE_TELEMETRY=1`, read when the library initializes, is the
/// full opt-out (no client, no device id, no store). The binary calls this first thing in
/// `main` (one thread, so setting the variable is sound); the NER loader calls it again before
/// loading the library, for library users.
pub fn disable_onnxruntime_telemetry() {
    const VAR: &str = "ORT_DISABLE_TELEMETRY";
    if std::env::var_os(VAR).is_none_or(|v| v != "1") {
        std::env::set_var(VAR, "1");
    }
}

/// Picks the first candidate directory holding all of `needed`; the error lists what was tried.
fn find_dir(explicit: Option<&Path>, needed: &[&Artifact]) -> Result<PathBuf> {
    let mut tried = Vec::new();
    let mut first_missing: Option<&Artifact> = None;
    for dir in candidate_dirs(explicit) {
        if !dir.is_dir() {
            tried.push(format!("{} (no such directory)", dir.display()));
            continue;
        }
        let missing: Vec<&Artifact> = needed
            .iter()
            .copied()
            .filter(|a| !dir.join(&a.file).exists())
            .collect();
        if missing.is_empty() {
            return Ok(dir);
        }
        first_missing.get_or_insert(missing[0]);
        let names: Vec<&str> = missing.iter().map(|a| a.file.as_str()).collect();
        tried.push(format!("{} (lacks {})", dir.display(), names.join(", ")));
    }
    let id = first_missing
        .or_else(|| needed.first().copied())
        .map_or("models", |a| a.id.as_str());
    let hint = if first_missing.is_some_and(|a| a.optional) {
        "; it is optional: install it with `scripts/setup --with-base`"
    } else {
        ""
    };
    Err(Error::model(
        id,
        format!("not installed; looked in: {}{hint}", tried.join("; ")),
    ))
}

/// Checks (hashes) every artifact in the manifest under `dir`.
pub fn check_all(dir: &Path) -> Vec<(&'static Artifact, Status)> {
    manifest()
        .artifacts
        .iter()
        .map(|a| (a, verify::check(dir, a)))
        .collect()
}

/// The directory `hush models list|verify` reports on: the explicit one, else the first
/// candidate holding the required models, else the first that exists.
pub fn report_dir(explicit: Option<&Path>) -> Result<PathBuf> {
    let needed = required_artifacts(manifest(), WhisperModel::TinyEn);
    if let Ok(dir) = find_dir(explicit, &needed) {
        return Ok(dir);
    }
    let candidates = candidate_dirs(explicit);
    if let Some(dir) = candidates.iter().find(|d| d.is_dir()) {
        return Ok(dir.clone());
    }
    let tried: Vec<String> = candidates.iter().map(|d| d.display().to_string()).collect();
    Err(Error::model(
        "directory",
        format!("not found; looked in: {}", tried.join(", ")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_dir_replaces_the_search() {
        assert_eq!(
            candidate_dirs(Some(Path::new("/x/y"))),
            vec![PathBuf::from("/x/y")]
        );
        let dirs = candidate_dirs(None);
        match std::env::var_os("HUSH_MODELS_DIR").filter(|d| !d.is_empty()) {
            Some(env) => assert_eq!(dirs, vec![PathBuf::from(env)]),
            None => {
                assert_eq!(dirs[0], PathBuf::from("models"));
                assert!(dirs.last().unwrap().ends_with("hush/models"));
            }
        }
    }

    #[test]
    fn required_set_depends_on_whisper_choice() {
        let m = manifest();
        let ids = |w| {
            required_artifacts(m, w)
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        };
        let tiny = ids(WhisperModel::TinyEn);
        assert!(tiny.contains(&WHISPER_TINY_EN.to_string()));
        assert!(!tiny.contains(&WHISPER_BASE.to_string()));
        let base = ids(WhisperModel::Base);
        assert!(base.contains(&WHISPER_BASE.to_string()));
        assert!(!base.contains(&WHISPER_TINY_EN.to_string()));
        let q8 = ids(WhisperModel::TinyEnQ8);
        assert!(q8.contains(&WHISPER_TINY_EN_Q8.to_string()));
        assert!(
            !q8.contains(&WHISPER_TINY_EN.to_string())
                && !tiny.contains(&WHISPER_TINY_EN_Q8.to_string())
        );
        for id in [NER_ONNX, NER_TOKENIZER, NER_CONFIG, ONNXRUNTIME, SILERO_VAD] {
            assert!(tiny.contains(&id.to_string()) && base.contains(&id.to_string()));
        }
    }

    #[test]
    fn missing_dir_error_names_setup_and_the_dir() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("nope");
        let err = ModelSet::locate(Some(&gone), WhisperModel::TinyEn).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Model { .. }));
        assert!(
            msg.contains("scripts/setup") && msg.contains("nope"),
            "{msg}"
        );
    }

    #[test]
    fn missing_base_suggests_with_base() {
        let dir = tempfile::tempdir().unwrap();
        for a in required_artifacts(manifest(), WhisperModel::TinyEn) {
            let p = dir.path().join(&a.file);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, b"").unwrap();
        }
        let msg = ModelSet::locate(Some(dir.path()), WhisperModel::Base)
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains(WHISPER_BASE) && msg.contains("--with-base"),
            "{msg}"
        );
        // Present but wrong: reported as corrupt, naming the artifact.
        let msg = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn)
            .unwrap_err()
            .to_string();
        assert!(msg.contains("corrupt"), "{msg}");
    }
}
