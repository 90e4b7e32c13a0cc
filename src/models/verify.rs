//! sha256 checks of installed model files, with a (size, mtime) cache.
//!
//! Hashing ~130 MB of models costs a noticeable fraction of a second on every run, so a file
//! whose size and modification time match the last successful check is trusted without
//! re-reading it. The cache lives in the models directory; when it cannot be written (a
//! read-only install) every run simply hashes again. The cache guards against accidental
//! corruption (truncated downloads, edited files), not against someone who can write the
//! models directory: they could replace the models themselves.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::manifest::Artifact;

/// File name of the verification cache inside the models directory.
pub const CACHE_FILE: &str = ".hush-verified.json";

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    size: u64,
    mtime_ns: u64,
    sha256: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    files: BTreeMap<String, Entry>,
}

/// The verification cache of one models directory.
pub struct Cache {
    path: PathBuf,
    data: CacheFile,
    dirty: bool,
}

impl Cache {
    /// Loads the cache of `dir`; a missing or unreadable cache starts empty.
    pub fn load(dir: &Path) -> Cache {
        let path = dir.join(CACHE_FILE);
        let data = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<CacheFile>(&b).ok())
            .filter(|c| c.version == 1)
            .unwrap_or(CacheFile {
                version: 1,
                files: BTreeMap::new(),
            });
        Cache {
            path,
            data,
            dirty: false,
        }
    }

    /// Writes the cache back if it changed. Failure is not an error: we just re-hash next time.
    pub fn save(&mut self) {
        if !self.dirty {
            return;
        }
        let Some(dir) = self.path.parent() else {
            return;
        };
        let result = (|| -> std::io::Result<()> {
            let mut tmp = tempfile::Builder::new()
                .prefix(".hush-verified-")
                .tempfile_in(dir)?;
            serde_json::to_writer_pretty(&mut tmp, &self.data)?;
            tmp.persist(&self.path).map_err(|e| e.error)?;
            Ok(())
        })();
        match result {
            Ok(()) => self.dirty = false,
            Err(e) => tracing::debug!(
                "cannot write model verification cache {}: {e}",
                self.path.display()
            ),
        }
    }
}

/// (size, mtime in ns) of a file, or None when it cannot be cached.
fn stamp(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), u64::try_from(mtime.as_nanos()).ok()?))
}

/// Checks one artifact in `dir`. With `cache`, a file unchanged since its last good check is
/// not re-hashed unless `rehash` is set; either way a fresh result updates the cache.
pub fn check(dir: &Path, artifact: &Artifact, cache: Option<&mut Cache>, rehash: bool) -> Status {
    let path = dir.join(&artifact.file);
    let meta = match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => m,
        Ok(_) => return Status::Unreadable("not a regular file".into()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Status::Missing,
        Err(e) => return Status::Unreadable(e.to_string()),
    };
    let stamp = stamp(&meta);
    let mut cache = cache;
    if let (Some(c), Some((size, mtime_ns)), false) = (cache.as_deref(), stamp, rehash) {
        let hit = c.data.files.get(&artifact.file).is_some_and(|e| {
            e.size == size && e.mtime_ns == mtime_ns && e.sha256 == artifact.sha256
        });
        if hit {
            return Status::Verified;
        }
    }
    let actual = match sha256_file(&path) {
        Ok(h) => h,
        Err(e) => return Status::Unreadable(e.to_string()),
    };
    if actual != artifact.sha256 {
        if let Some(c) = cache.as_deref_mut() {
            c.dirty |= c.data.files.remove(&artifact.file).is_some();
        }
        return Status::Corrupt { actual };
    }
    if let (Some(c), Some((size, mtime_ns))) = (cache, stamp) {
        c.data.files.insert(
            artifact.file.clone(),
            Entry {
                size,
                mtime_ns,
                sha256: actual,
            },
        );
        c.dirty = true;
    }
    Status::Verified
}

/// sha256 of a file, streamed, as lowercase hex.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut f = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn verifies_detects_corruption_and_caches() {
        let dir = tempfile::tempdir().unwrap();
        let a = artifact("sub/m.bin", b"model bytes");
        assert_eq!(check(dir.path(), &a, None, false), Status::Missing);

        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/m.bin"), b"model bytes").unwrap();
        let mut cache = Cache::load(dir.path());
        assert_eq!(
            check(dir.path(), &a, Some(&mut cache), false),
            Status::Verified
        );
        cache.save();
        assert!(dir.path().join(CACHE_FILE).is_file());

        // A cache hit skips hashing: swap the bytes but restore size and mtime, and only the
        // uncached check notices.
        let path = dir.path().join("sub/m.bin");
        let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::write(&path, b"model bytez").unwrap();
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let mut cache = Cache::load(dir.path());
        assert_eq!(cache.data.files.len(), 1);
        assert_eq!(
            check(dir.path(), &a, Some(&mut cache), false),
            Status::Verified
        );
        assert!(matches!(
            check(dir.path(), &a, None, false),
            Status::Corrupt { .. }
        ));
        // `rehash` bypasses the cache (and drops the stale entry).
        assert!(matches!(
            check(dir.path(), &a, Some(&mut cache), true),
            Status::Corrupt { .. }
        ));
        assert!(cache.data.files.is_empty());

        // Same size, different bytes, new mtime: detected despite the cache.
        std::fs::write(&path, b"model bytes").unwrap();
        assert_eq!(
            check(dir.path(), &a, Some(&mut cache), false),
            Status::Verified
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&path, b"model bytey").unwrap();
        let status = check(dir.path(), &a, Some(&mut cache), false);
        assert!(matches!(status, Status::Corrupt { .. }), "{status:?}");
        assert!(status.describe().contains("does not match"));
        assert!(cache.data.files.is_empty());
    }

    #[test]
    fn unwritable_cache_is_not_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = Cache::load(&dir.path().join("does-not-exist"));
        cache.dirty = true;
        cache.save(); // must not panic or fail
        assert!(cache.dirty);
    }

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
}
