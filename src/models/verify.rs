//! sha256 checks of installed model files, every run, and the file identity recorded with each.
//!
//! There is deliberately no verification cache: a cache keyed on size and mtime (or anything
//! else an edit can keep, such as inode and ctime on a copy) lets a corrupted model load while
//! provenance still claims the manifest's hash. The models are small (~125 MB, ~0.2 s to hash
//! with SHA-NI), so each process hashes what it is about to load. While hashing, the file's
//! identity ([`Stamp`]: device, inode, size, mtime, ctime) is taken from the open file before
//! and after, and [`super::ModelSet::confirm_unchanged`] compares it again once the loaders have
//! read the files: a write in between changes ctime, which a user cannot set back.

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::manifest::Artifact;
/// The crate's file hash (kept here too for existing callers).
pub use crate::files::sha256_file;
use crate::files::sha256_reader;

/// Outcome of checking one artifact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Verified,
    Missing,
    Corrupt { actual: String },
    Unreadable(String),
}

impl Status {
    pub fn is_ok(&self) -> bool {
        matches!(self, Status::Verified)
    }

    /// A short description for listings and error messages.
    pub fn describe(&self) -> String {
        match self {
            Status::Verified => "verified".into(),
            Status::Missing => "missing".into(),
            Status::Corrupt { actual } => {
                format!("corrupt (sha256 {actual} does not match the manifest)")
            }
            Status::Unreadable(e) => format!("unreadable ({e})"),
        }
    }
}

/// A file's identity as it was hashed. Any write changes `ctime_ns` (and rename/replace
/// changes `ino`), so an unchanged stamp after loading means the loaded bytes were the hashed
/// ones, short of someone resetting the system clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    dev: u64,
    ino: u64,
    size: u64,
    mtime_ns: i128,
    ctime_ns: i128,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        Stamp {
            dev: meta.dev(),
            ino: meta.ino(),
            size: meta.len(),
            mtime_ns: ns(meta.mtime(), meta.mtime_nsec()),
            ctime_ns: ns(meta.ctime(), meta.ctime_nsec()),
        }
    }

    /// The stamp of `path` now (following symlinks, as the loaders do).
    pub fn current(path: &Path) -> std::io::Result<Stamp> {
        std::fs::metadata(path).map(|m| Stamp::of(&m))
    }
}

/// Hashes an open regular file, refusing one that changed while it was read.
pub fn hash_with_stamp(path: &Path) -> std::io::Result<(String, Stamp)> {
    let file = File::open(path)?;
    let before = Stamp::of(&file.metadata()?);
    let sha = sha256_reader(&file)?;
    let after = Stamp::of(&file.metadata()?);
    if before != after {
        return Err(std::io::Error::other("changed while being checked"));
    }
    Ok((sha, after))
}

/// Checks one artifact in `dir` by hashing it; on success also returns the file's stamp.
pub fn check_stamped(dir: &Path, artifact: &Artifact) -> (Status, Option<Stamp>) {
    let path = dir.join(&artifact.file);
    match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => {}
        Ok(m) => {
            return (
                Status::Unreadable(format!("{}, not a regular file", crate::files::kind_of(&m))),
                None,
            )
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Status::Missing, None),
        Err(e) => return (Status::Unreadable(e.to_string()), None),
    }
    match hash_with_stamp(&path) {
        Ok((actual, stamp)) if actual == artifact.sha256 => (Status::Verified, Some(stamp)),
        Ok((actual, _)) => (Status::Corrupt { actual }, None),
        Err(e) => (Status::Unreadable(e.to_string()), None),
    }
}

/// Checks one artifact in `dir` by hashing it.
pub fn check(dir: &Path, artifact: &Artifact) -> Status {
    check_stamped(dir, artifact).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn artifact(file: &str, content: &[u8]) -> Artifact {
        Artifact {
            id: "x".into(),
            file: file.into(),
            sha256: hex::encode(Sha256::digest(content)),
            license: "MIT".into(),
            optional: false,
            description: String::new(),
            sources: vec![],
        }
    }

    #[test]
    fn every_check_hashes_even_when_size_and_mtime_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let a = artifact("sub/m.bin", b"model bytes");
        assert_eq!(check(dir.path(), &a), Status::Missing);

        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let path = dir.path().join("sub/m.bin");
        std::fs::write(&path, b"model bytes").unwrap();
        let (status, stamp) = check_stamped(dir.path(), &a);
        assert_eq!(status, Status::Verified);
        assert_eq!(stamp.unwrap(), Stamp::current(&path).unwrap());

        // Same size, mtime restored: still caught, and the stamp differs (ctime moved).
        let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::write(&path, b"model bytez").unwrap();
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let status = check(dir.path(), &a);
        assert!(matches!(status, Status::Corrupt { .. }), "{status:?}");
        assert!(status.describe().contains("does not match"));
        assert_ne!(stamp.unwrap(), Stamp::current(&path).unwrap());
        assert!(!dir.path().join(".hush-verified.json").exists());
    }

    #[test]
    fn non_regular_files_are_unreadable_not_hashed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("m.bin")).unwrap();
        let status = check(dir.path(), &artifact("m.bin", b""));
        assert!(
            matches!(&status, Status::Unreadable(e) if e.contains("directory")),
            "{status:?}"
        );
    }
}
