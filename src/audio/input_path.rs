//! The check every input path passes before it is opened: it must exist and be a regular file.
//!
//! Opening a FIFO for reading blocks until a writer appears (forever, with none), and a device
//! such as `/dev/zero` never ends; both also report a size of 0, which made them "empty file"s.
//! Checking the type first (following symlinks, as opening does) refuses them with one line
//! that says what they are. A path swapped for a FIFO between this check and the open is not
//! covered; that needs someone racing the caller's own file system.

use std::path::Path;

use crate::error::{Error, Result};
use crate::files::kind_of;

/// Ok when `path` is a regular file (or a symlink to one); otherwise the input error to report.
pub fn check_input_path(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::input(
            path,
            match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                _ => format!("cannot read: {e}"),
            },
        )
    })?;
    if meta.is_file() {
        return Ok(());
    }
    Err(Error::input(
        path,
        if meta.is_dir() {
            "is a directory, not an audio file".to_string()
        } else {
            format!(
                "is {}, not a regular file: hush reads recordings from files (save the stream to a file first)",
                kind_of(&meta)
            )
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_devices_fifos_and_directories_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("in.wav");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let msg = check_input_path(&fifo).unwrap_err().to_string();
        assert!(msg.contains("FIFO") && !msg.contains("empty"), "{msg}");
        let msg = check_input_path(Path::new("/dev/zero"))
            .unwrap_err()
            .to_string();
        assert!(msg.contains("character device"), "{msg}");
        assert!(check_input_path(dir.path())
            .unwrap_err()
            .to_string()
            .contains("directory"));
        let f = dir.path().join("a.wav");
        std::fs::write(&f, b"x").unwrap();
        assert!(check_input_path(&f).is_ok());
        assert!(check_input_path(&dir.path().join("nope"))
            .unwrap_err()
            .to_string()
            .contains("no such file"));
    }
}
