//! Atomic publication: temp file in the target directory, fsync, chmod 0600, rename, fsync dir.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// Writes every `(path, bytes)` under `dir`: all temp files are fully written and synced before
/// the first rename, so an error while writing leaves no output at all.
pub fn write_all_atomic(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e.to_string()))?;
    let mut temps = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let mut tmp = tempfile::Builder::new()
            .prefix(".hush-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::output(dir, e.to_string()))?;
        set_private(&tmp).map_err(|e| Error::output(path, e.to_string()))?;
        tmp.write_all(bytes)
            .map_err(|e| Error::output(path, e.to_string()))?;
        tmp.as_file()
            .sync_all()
            .map_err(|e| Error::output(path, e.to_string()))?;
        temps.push((tmp, path));
    }
    for (tmp, path) in temps {
        tmp.persist(path)
            .map_err(|e| Error::output(path, e.error.to_string()))?;
    }
    // Make the renames durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn set_private(tmp: &NamedTempFile) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn set_private(_: &NamedTempFile) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_private_files_and_no_temps() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("sub");
        let a = out.join("a.txt");
        write_all_atomic(&out, &[(a.clone(), b"hello".to_vec())]).unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&a).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let names: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
    }
}
