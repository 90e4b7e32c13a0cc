//! Publishing an input's outputs as one set: every file is written to a private temp file in the
//! target directory and fsynced first, and only then are they renamed into place, the JSON last.
//!
//! - An error before the renames leaves nothing: the temp files are removed when the [`Staging`]
//!   is dropped.
//! - SIGINT / SIGTERM ([`install_signal_cleanup`]) wait for a publish that has begun renaming to
//!   finish (it takes milliseconds), then remove every temp file still staged and exit 130 / 143.
//! - SIGKILL cannot be caught: a kill between two renames can publish part of a set. The JSON is
//!   renamed last, so a set without its `.json` is incomplete; and the next run in the same
//!   directory removes the temp files a dead hush process left ([`remove_stale_temps`]).
//!
//! Temp names are `.hush-<pid>-<random>.tmp`, so a run never removes another live run's files.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// Temp files currently staged by this process (for the signal handler).
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Held while a set is being renamed into place: a signal waits for it.
static RENAMING: Mutex<()> = Mutex::new(());

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Files staged for one input, published together by [`Staging::publish`].
pub struct Staging {
    dir: PathBuf,
    files: Vec<(NamedTempFile, PathBuf)>,
}

impl Staging {
    /// Creates `dir` if needed and removes temp files that dead hush processes left in it.
    pub fn new(dir: &Path) -> Result<Staging> {
        if dir.exists() && !dir.is_dir() {
            return Err(Error::output(dir, "is a file, not a directory"));
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e.to_string()))?;
        remove_stale_temps(dir);
        Ok(Staging {
            dir: dir.to_path_buf(),
            files: Vec::new(),
        })
    }

    /// A staging area for a run that publishes nothing (in-memory transcripts): nothing is
    /// created or cleaned up in `dir` unless a sink stages a file there, which is then removed.
    pub fn unpublished(dir: &Path) -> Staging {
        Staging {
            dir: dir.to_path_buf(),
            files: Vec::new(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A new private (0600) temp file that will become `target`; the caller writes it.
    pub fn create(&mut self, target: PathBuf) -> Result<&File> {
        let mut builder = tempfile::Builder::new();
        let prefix = format!(".hush-{}-", std::process::id());
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o600));
        }
        let tmp = builder
            .tempfile_in(&self.dir)
            .map_err(|e| Error::output(&self.dir, e.to_string()))?;
        lock(&PENDING).push(tmp.path().to_path_buf());
        self.files.push((tmp, target));
        Ok(self.files.last().expect("just pushed").0.as_file())
    }

    /// Stages `bytes` as `target`.
    pub fn add_bytes(&mut self, target: PathBuf, bytes: &[u8]) -> Result<()> {
        let mut f = self.create(target.clone())?;
        f.write_all(bytes)
            .map_err(|e| Error::output(&target, e.to_string()))
    }

    /// Paths the set will publish.
    pub fn targets(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|(_, t)| t.as_path())
    }

    /// fsyncs every staged file, then renames them into place (JSON last) and fsyncs the
    /// directory. Returns the published paths.
    pub fn publish(mut self) -> Result<Vec<PathBuf>> {
        for (tmp, target) in &self.files {
            tmp.as_file()
                .sync_all()
                .map_err(|e| Error::output(target, e.to_string()))?;
        }
        // Test hook: hold the staged set before renaming so a test can signal inside the write
        // window deterministically. Only sleeps; unset in normal use.
        if let Some(ms) = std::env::var("HUSH_TEST_STAGE_DELAY_MS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms.min(60_000)));
        }
        // JSON is the record of the set: renamed last, it is present only if the rest is.
        self.files
            .sort_by_key(|(_, t)| t.extension().is_some_and(|e| e == "json"));
        let _renaming = lock(&RENAMING);
        let mut published = Vec::new();
        let mut files = std::mem::take(&mut self.files).into_iter();
        while let Some((tmp, target)) = files.next() {
            let tmp_path = tmp.path().to_path_buf();
            let r = tmp.persist(&target);
            lock(&PENDING).retain(|p| p != &tmp_path);
            if let Err(e) = r {
                // The temp files not renamed yet are removed as `files` drops: forget them too.
                let rest: Vec<PathBuf> = files
                    .as_slice()
                    .iter()
                    .map(|(t, _)| t.path().to_path_buf())
                    .collect();
                lock(&PENDING).retain(|p| !rest.contains(p));
                // Take back what this set already published: an input never ends up with
                // some of its outputs.
                for p in &published {
                    let _ = std::fs::remove_file(p);
                }
                return Err(Error::output(&target, e.error.to_string()));
            }
            published.push(target);
        }
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(published)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let mut pending = lock(&PENDING);
        for (tmp, _) in &self.files {
            pending.retain(|p| p != tmp.path());
        }
        // The NamedTempFiles remove themselves.
    }
}

/// Writes `files` as one set (see [`Staging`]).
pub fn write_all_atomic(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<PathBuf>> {
    let mut staging = Staging::new(dir)?;
    for (path, bytes) in files {
        staging.add_bytes(path.clone(), bytes)?;
    }
    staging.publish()
}

/// Removes `.hush-<pid>-*.tmp` files whose process is gone, and the `.hush-<pid>.*.partial`
/// files older versions left. Best effort: a file that cannot be removed is left alone.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name.strip_prefix(".hush-") else {
            continue;
        };
        if !(name.ends_with(".tmp") || name.ends_with(".partial")) {
            continue;
        }
        let pid: Option<u32> = rest.split(['-', '.']).next().and_then(|p| p.parse().ok());
        let alive = pid.is_some_and(|p| p == std::process::id() || process_alive(p));
        if !alive {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn process_alive(pid: u32) -> bool {
    let Ok(pid) = i32::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists; nothing is delivered.
    let r = unsafe { libc::kill(pid, 0) };
    // EPERM: it exists but belongs to someone else.
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Set by [`stop_on_first_signal`]: the first SIGINT/SIGTERM sets this flag instead of ending
/// the process.
static GRACEFUL: Mutex<Option<Arc<AtomicBool>>> = Mutex::new(None);

/// Live commands: the first SIGINT or SIGTERM sets `flag` (capture stops, what was heard is
/// transcribed and written); a second one ends the process as [`install_signal_cleanup`] says.
pub fn stop_on_first_signal(flag: Arc<AtomicBool>) {
    *lock(&GRACEFUL) = Some(flag);
}

/// SIGINT and SIGTERM: let a set that is being renamed finish, remove every staged temp file,
/// exit 130 / 143. SIGXFSZ (file size limit) is ignored so that the write fails with an error
/// (exit 6, nothing published) instead of killing the process silently.
pub fn install_signal_cleanup() -> Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    // SAFETY: setting a signal's disposition to SIG_IGN has no preconditions.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])
        .map_err(|e| Error::Pipeline(format!("cannot install signal handlers: {e}")))?;
    std::thread::Builder::new()
        .name("hush-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if let Some(flag) = lock(&GRACEFUL).take() {
                    flag.store(true, Ordering::SeqCst);
                    continue;
                }
                let _renaming = lock(&RENAMING);
                for p in lock(&PENDING).drain(..) {
                    let _ = std::fs::remove_file(p);
                }
                // _exit, not exit: Whisper and ONNX Runtime threads are still running, and C++
                // static destructors must not run under them.
                // SAFETY: ends the process at once; nothing of ours needs to run after this.
                unsafe { libc::_exit(128 + sig) };
            }
        })
        .map_err(|e| Error::Pipeline(format!("cannot start the signal thread: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn publishes_private_files_and_leaves_no_temps() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("sub");
        let a = out.join("a.txt");
        let b = out.join("a.json");
        write_all_atomic(
            &out,
            &[(b.clone(), b"{}".to_vec()), (a.clone(), b"hi".to_vec())],
        )
        .unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"hi");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&a).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        assert_eq!(names(&out), ["a.json", "a.txt"]);
        assert!(lock(&PENDING).is_empty());
    }

    #[test]
    fn a_dropped_set_publishes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Staging::new(dir.path()).unwrap();
        s.add_bytes(dir.path().join("x.json"), b"{}").unwrap();
        assert_eq!(
            names(dir.path()).len(),
            1,
            "the temp file exists while staged"
        );
        drop(s);
        assert!(names(dir.path()).is_empty());
    }

    #[test]
    fn stale_temps_of_dead_processes_are_removed_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let dead = ".hush-4000000-abc.tmp"; // above pid_max: never alive
        let legacy = ".hush-4000001.x.redacted.wav.partial";
        let live = format!(".hush-{}-def.tmp", std::process::id());
        for n in [dead, legacy, live.as_str(), "keep.txt", ".hush-notes"] {
            std::fs::write(dir.path().join(n), b"x").unwrap();
        }
        remove_stale_temps(dir.path());
        let mut want = vec![".hush-notes".to_string(), live, "keep.txt".to_string()];
        want.sort();
        assert_eq!(names(dir.path()), want);
    }

    #[test]
    fn an_out_dir_that_is_a_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, b"").unwrap();
        let e = Staging::new(&f).err().unwrap();
        assert!(e.to_string().contains("is a file"), "{e}");
    }
}
