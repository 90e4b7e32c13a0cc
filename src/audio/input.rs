//! Inputs that can be opened as an [`AudioSource`]: what the runtime reads once to transcribe,
//! and again, explicitly, through the same trait, to write the redacted recording or verify it.
//! A file can be opened any number of times; a live stream (later) only once.

use std::path::{Path, PathBuf};

use super::{open_source, AudioSource};
use crate::error::Result;

pub trait AudioInput: Send + Sync {
    /// Opens (or re-opens) the input for reading from its start.
    fn open(&self) -> Result<Box<dyn AudioSource>>;
    /// A short name for outputs and messages (a file's name, never its directories).
    fn name(&self) -> String;
    /// The path of a file input.
    fn path(&self) -> Option<&Path> {
        None
    }
}

/// A recording on disk.
#[derive(Debug, Clone)]
pub struct FileInput(PathBuf);

impl FileInput {
    pub fn new(path: impl Into<PathBuf>) -> FileInput {
        FileInput(path.into())
    }
}

impl AudioInput for FileInput {
    fn open(&self) -> Result<Box<dyn AudioSource>> {
        open_source(&self.0)
    }

    fn name(&self) -> String {
        self.0
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn path(&self) -> Option<&Path> {
        Some(&self.0)
    }
}
