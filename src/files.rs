//! Small file helpers every layer may use: the crate's one `sha256_file`, and bounded reads of
//! small regular files (keys, policies) that refuse devices and FIFOs instead of reading
//! `/dev/zero` until the machine runs out of memory.
//!
//! Owns no policy about *which* files are read; callers turn [`ReadProblem`] into their own
//! typed [`crate::Error`] naming the file.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

/// sha256 of everything `reader` yields, as lowercase hex.
pub fn sha256_reader(mut reader: impl Read) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

/// sha256 of a file, streamed, as lowercase hex. The one file hash of the crate: models,
/// inputs and packages are all hashed through it.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    sha256_reader(File::open(path)?)
}

/// What kind of file `meta` describes, for messages ("a FIFO (named pipe)").
pub fn kind_of(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_file() {
        "a regular file"
    } else if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

/// Why a small file could not be read.
#[derive(Debug)]
pub enum ReadProblem {
    /// Not a regular file (after following symlinks): the kind it is.
    NotRegular(&'static str),
    /// Larger than the cap (bytes).
    TooLarge {
        max: u64,
    },
    Io(std::io::Error),
}

impl fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadProblem::NotRegular(kind) => write!(f, "is {kind}, not a regular file"),
            ReadProblem::TooLarge { max } => write!(f, "is larger than {}", human_bytes(*max)),
            ReadProblem::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                write!(f, "no such file")
            }
            ReadProblem::Io(e) => write!(f, "cannot read: {e}"),
        }
    }
}

fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else {
        format!("{n} bytes")
    }
}

/// Reads a regular file of at most `max` bytes. The type is checked before opening (so a FIFO
/// never blocks the open) and the read stops at `max + 1` bytes whatever the file claims.
pub fn read_small_regular(path: &Path, max: u64) -> Result<Vec<u8>, ReadProblem> {
    let meta = std::fs::metadata(path).map_err(ReadProblem::Io)?;
    if !meta.is_file() {
        return Err(ReadProblem::NotRegular(kind_of(&meta)));
    }
    if meta.len() > max {
        return Err(ReadProblem::TooLarge { max });
    }
    let file = File::open(path).map_err(ReadProblem::Io)?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut buf)
        .map_err(ReadProblem::Io)?;
    if buf.len() as u64 > max {
        return Err(ReadProblem::TooLarge { max });
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"abc").unwrap();
        assert_eq!(
            sha256_file(&p).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn small_reads_are_bounded_and_regular_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"0123456789").unwrap();
        assert_eq!(read_small_regular(&p, 10).unwrap(), b"0123456789");
        let e = read_small_regular(&p, 9).unwrap_err();
        assert!(matches!(e, ReadProblem::TooLarge { max: 9 }), "{e:?}");
        let e = read_small_regular(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert_eq!(e.to_string(), "is a character device, not a regular file");
        let e = read_small_regular(dir.path(), 10).unwrap_err();
        assert!(e.to_string().contains("directory"), "{e}");
        let e = read_small_regular(&dir.path().join("missing"), 10).unwrap_err();
        assert_eq!(e.to_string(), "no such file");
        assert_eq!(
            ReadProblem::TooLarge { max: 1 << 20 }.to_string(),
            "is larger than 1 MiB"
        );
    }
}
