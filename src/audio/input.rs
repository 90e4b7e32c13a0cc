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

/// A recording file (WAV, FLAC, MP3, ...) piped on standard input (`hush redact -`).
///
/// Container decoders need to seek and the redacted recording reads the input a second time, so
/// the bytes are kept in an anonymous memory file (`memfd`): never on disk, gone when hush
/// exits. At most [`MAX_STDIN_BYTES`].
pub struct StdinFileInput {
    file: std::fs::File,
}

/// The largest recording `hush redact -` takes from stdin (a 4 GiB WAV is the format's limit).
pub const MAX_STDIN_BYTES: u64 = 4 << 30;

impl StdinFileInput {
    /// Reads all of `reader` into memory.
    pub fn read_all(reader: impl std::io::Read) -> Result<StdinFileInput> {
        use std::io::Write;
        use std::os::fd::FromRawFd;
        let err = |what: String| crate::error::Error::input("stdin", what);
        // SAFETY: a NUL-terminated name and valid flags; the descriptor is checked below.
        let fd = unsafe { libc::memfd_create(c"hush-stdin".as_ptr(), libc::MFD_CLOEXEC) };
        if fd < 0 {
            return Err(err(format!(
                "cannot keep the recording in memory: {}",
                std::io::Error::last_os_error()
            )));
        }
        // SAFETY: `fd` is a new descriptor that nothing else owns.
        let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
        let copied = std::io::copy(&mut reader.take(MAX_STDIN_BYTES + 1), &mut file)
            .and_then(|n| file.flush().map(|()| n))
            .map_err(|e| err(format!("read error: {e}")))?;
        if copied > MAX_STDIN_BYTES {
            return Err(err(format!(
                "more than {} GiB on stdin; pass the file by name",
                MAX_STDIN_BYTES >> 30
            )));
        }
        if copied == 0 {
            return Err(err("empty input (nothing on stdin)".into()));
        }
        Ok(StdinFileInput { file })
    }
}

impl AudioInput for StdinFileInput {
    fn open(&self) -> Result<Box<dyn AudioSource>> {
        let file = self
            .file
            .try_clone()
            .map_err(|e| crate::error::Error::input("stdin", format!("read error: {e}")))?;
        Ok(Box::new(super::file::FileSource::open(
            Path::new("stdin"),
            file,
        )?))
    }

    fn name(&self) -> String {
        "stdin".into()
    }
}
