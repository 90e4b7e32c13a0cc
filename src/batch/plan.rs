//! What a batch will read and where each input's outputs go.
//!
//! Inputs are files, directories (walked recursively, in name order) and glob patterns (for
//! patterns the shell did not expand, e.g. quoted `'calls/**/*.wav'`). Every input gets a
//! mirrored relative path (`rel`): a file named on the command line is its file name; a file
//! found under a directory is its path relative to that directory; a file matched by a pattern
//! is its path relative to the pattern's literal leading directories. Outputs are
//! `DIR/<rel>.redacted.<ext>`: the extension stays in the name, so `x.mp3` and `x.m4a` differ.
//!
//! Files named on the command line are always attempted; files found by a walk or a pattern are
//! kept only if their first bytes carry an audio signature ([`crate::audio::looks_like_audio`]),
//! the others are listed as skipped. A file that cannot be read for sniffing is kept, so it
//! fails with its reason instead of vanishing.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::output::OutputName;

/// One recording to redact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Where to read it.
    pub path: PathBuf,
    /// Its mirrored path relative to its root, '/'-separated: the manifest key and output name.
    pub rel: String,
    /// Size in bytes when planned (for progress estimates).
    pub size: u64,
}

impl Item {
    /// Where its outputs go: `out_dir/<rel>.redacted.<ext>`.
    pub fn output_name(&self, out_dir: &Path) -> OutputName {
        output_name(out_dir, &self.rel)
    }
}

/// `out_dir/<rel>.redacted.<ext>`: the directories of `rel` under `out_dir`, the whole file name
/// (extension included) as the stem.
pub fn output_name(out_dir: &Path, rel: &str) -> OutputName {
    let (dir, file) = match rel.rsplit_once('/') {
        Some((d, f)) => (out_dir.join(d), f),
        None => (out_dir.to_path_buf(), rel),
    };
    OutputName {
        dir,
        stem: file.to_string(),
    }
}

/// A file found by a walk or a pattern that is not a recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Plan {
    /// Sorted by `rel`.
    pub items: Vec<Item>,
    pub skipped: Vec<Skipped>,
}

/// Expands `inputs` into a plan. `out_dir` (and anything below it) is never taken as input.
/// Fails before any work on an input that does not exist, a pattern that matches nothing, or two
/// inputs with the same mirrored path (they would write the same outputs).
pub fn expand(inputs: &[PathBuf], out_dir: &Path) -> Result<Plan> {
    let out_canon = std::fs::canonicalize(out_dir).ok();
    let mut found: Vec<(Item, PathBuf)> = Vec::new(); // item, the argument it came from
    let mut skipped = Vec::new();
    for arg in inputs {
        let meta = std::fs::metadata(arg);
        match meta {
            Ok(m) if m.is_dir() => walk(arg, arg, out_canon.as_deref(), &mut found, &mut skipped)?,
            Ok(m) => found.push((
                Item {
                    path: arg.clone(),
                    rel: file_name(arg),
                    size: m.len(),
                },
                arg.clone(),
            )),
            Err(_) if is_pattern(arg) => {
                let pattern = arg.to_string_lossy();
                let paths = glob::glob(&pattern)
                    .map_err(|e| Error::usage(format!("pattern {pattern}"), e.msg.to_string()))?;
                let base = literal_base(arg);
                let mut matched = false;
                for p in paths.flatten() {
                    matched = true;
                    if is_under(&p, out_canon.as_deref()) {
                        continue;
                    }
                    if p.is_dir() {
                        walk(&p, &base, out_canon.as_deref(), &mut found, &mut skipped)?;
                    } else {
                        consider(&p, &base, arg, &mut found, &mut skipped);
                    }
                }
                if !matched {
                    return Err(Error::input(
                        arg,
                        "no such file, and as a pattern it matches nothing",
                    ));
                }
            }
            Err(e) => {
                return Err(Error::input(
                    arg,
                    if e.kind() == std::io::ErrorKind::NotFound {
                        "no such file or directory".to_string()
                    } else {
                        e.to_string()
                    },
                ))
            }
        }
    }
    // The same file reached twice (a directory and a file inside it): once, the first way.
    let mut seen_files = HashSet::new();
    found.retain(|(item, _)| {
        let id = std::fs::canonicalize(&item.path).unwrap_or_else(|_| item.path.clone());
        seen_files.insert(id)
    });
    check_collisions(&found)?;
    let mut items: Vec<Item> = found.into_iter().map(|(i, _)| i).collect();
    items.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(Plan { items, skipped })
}

/// Two inputs with one mirrored path would write the same outputs: refused, naming both.
fn check_collisions(found: &[(Item, PathBuf)]) -> Result<()> {
    let mut by_rel: HashMap<&str, &Item> = HashMap::new();
    for (item, _) in found {
        if let Some(first) = by_rel.insert(&item.rel, item) {
            return Err(Error::usage(
                "inputs",
                format!(
                    "{} and {} would both write {}.redacted.*; give their parent directories \
                     instead of the files, or run them with separate --out-dir",
                    first.path.display(),
                    item.path.display(),
                    item.rel
                ),
            ));
        }
    }
    Ok(())
}

fn walk(
    dir: &Path,
    base: &Path,
    out_canon: Option<&Path>,
    found: &mut Vec<(Item, PathBuf)>,
    skipped: &mut Vec<Skipped>,
) -> Result<()> {
    let walker = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !(e.file_type().is_dir() && is_under(e.path(), out_canon)));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                // An unreadable subdirectory: say so, keep going with the rest.
                let path = e.path().unwrap_or(dir).to_path_buf();
                skipped.push(Skipped {
                    path,
                    reason: format!(
                        "cannot be listed: {}",
                        e.io_error()
                            .map_or_else(|| e.to_string(), |io| io.to_string())
                    ),
                });
                continue;
            }
        };
        let ft = entry.file_type();
        // A symlink counts as what it points to; a symlinked directory is not followed.
        let is_file = ft.is_file() || (ft.is_symlink() && entry.path().is_file());
        if is_file {
            consider(entry.path(), base, dir, found, skipped);
        }
    }
    Ok(())
}

/// A file found by a walk or a pattern: kept if it looks like audio or cannot be read.
fn consider(
    path: &Path,
    base: &Path,
    arg: &Path,
    found: &mut Vec<(Item, PathBuf)>,
    skipped: &mut Vec<Skipped>,
) {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let rel = relative(path, base);
    match sniff(path) {
        Ok(false) => skipped.push(Skipped {
            path: path.to_path_buf(),
            reason: "not audio (no WAV, FLAC, MP3, Ogg or MP4 signature)".into(),
        }),
        Ok(true) | Err(_) => found.push((
            Item {
                path: path.to_path_buf(),
                rel,
                size,
            },
            arg.to_path_buf(),
        )),
    }
}

fn sniff(path: &Path) -> std::io::Result<bool> {
    let mut head = [0u8; 16];
    let mut f = File::open(path)?;
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(crate::audio::looks_like_audio(&head[..n]))
}

fn is_under(path: &Path, dir: Option<&Path>) -> bool {
    let Some(dir) = dir else { return false };
    std::fs::canonicalize(path).is_ok_and(|p| p.starts_with(dir))
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "audio".into())
}

/// `path` relative to `base`, '/'-separated, without `.` components.
pub fn relative(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if parts.is_empty() {
        file_name(path)
    } else {
        parts.join("/")
    }
}

fn is_pattern(p: &Path) -> bool {
    p.to_string_lossy().contains(['*', '?', '['])
}

/// The leading components of a pattern that hold no wildcard: what its matches are relative to.
pub fn literal_base(pattern: &Path) -> PathBuf {
    let mut base = PathBuf::new();
    for c in pattern.components() {
        if c.as_os_str().to_string_lossy().contains(['*', '?', '[']) {
            break;
        }
        base.push(c);
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(p: &Path, bytes: &[u8]) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    const WAV: &[u8] = b"RIFF\0\0\0\0WAVEfmt ";
    const FLAC: &[u8] = b"fLaC\0\0\0\x22";

    #[test]
    fn output_names_mirror_the_tree_and_keep_the_extension() {
        let out = Path::new("out");
        assert_eq!(
            output_name(out, "sub/x.mp3").path("json"),
            Path::new("out/sub/x.mp3.redacted.json")
        );
        assert_ne!(
            output_name(out, "x.mp3").path("json"),
            output_name(out, "x.m4a").path("json")
        );
        assert_eq!(
            output_name(out, "x.wav").path("txt"),
            Path::new("out/x.wav.redacted.txt")
        );
        assert_eq!(
            relative(Path::new("a/./b/c.wav"), Path::new("a")),
            "b/c.wav"
        );
        assert_eq!(
            literal_base(Path::new("in/calls/**/*.wav")),
            Path::new("in/calls")
        );
        assert_eq!(literal_base(Path::new("*.wav")), Path::new(""));
    }

    #[test]
    fn directories_are_walked_patterns_expanded_and_non_audio_skipped() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("in");
        touch(&root.join("a.wav"), WAV);
        touch(&root.join("sub/a.flac"), FLAC);
        touch(&root.join("sub/deeper/b.mp3"), b"ID3\x04\0\0\0\0");
        touch(&root.join("notes.txt"), b"hello");
        touch(&root.join("sub/wrong-extension.txt"), WAV);
        let out = root.join("out"); // inside the input tree: never read
        touch(&out.join("old.wav"), WAV);
        let plan = expand(std::slice::from_ref(&root), &out).unwrap();
        let rels: Vec<&str> = plan.items.iter().map(|i| i.rel.as_str()).collect();
        assert_eq!(
            rels,
            [
                "a.wav",
                "sub/a.flac",
                "sub/deeper/b.mp3",
                "sub/wrong-extension.txt"
            ]
        );
        assert_eq!(plan.skipped.len(), 1);
        assert!(plan.skipped[0].path.ends_with("notes.txt"));

        let pattern = root.join("sub/**/*.*");
        let plan = expand(&[pattern], &out).unwrap();
        let rels: Vec<&str> = plan.items.iter().map(|i| i.rel.as_str()).collect();
        assert_eq!(rels, ["a.flac", "deeper/b.mp3", "wrong-extension.txt"]);

        let e = expand(&[root.join("nothing/*.wav")], &out).unwrap_err();
        assert!(e.to_string().contains("matches nothing"), "{e}");
        assert!(expand(&[root.join("missing.wav")], &out).is_err());
    }

    #[test]
    fn named_files_are_attempted_and_collisions_refused() {
        let t = tempfile::tempdir().unwrap();
        let a = t.path().join("a/x.wav");
        let b = t.path().join("b/x.wav");
        let txt = t.path().join("a/notes.txt");
        touch(&a, WAV);
        touch(&b, WAV);
        touch(&txt, b"text");
        let out = t.path().join("out");
        let plan = expand(&[a.clone(), txt.clone()], &out).unwrap();
        assert_eq!(
            plan.items.len(),
            2,
            "a named file is attempted, not sniffed"
        );
        let e = expand(&[a.clone(), b.clone()], &out).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        let msg = e.to_string();
        assert!(msg.contains("a/x.wav") && msg.contains("b/x.wav"), "{msg}");
        // Two directories that both hold x.wav collide too.
        let e = expand(&[t.path().join("a"), t.path().join("b")], &out).unwrap_err();
        assert!(e.to_string().contains("x.wav"), "{e}");
        // The same file twice is one input.
        let plan = expand(&[a.clone(), a.clone()], &out).unwrap();
        assert_eq!(plan.items.len(), 1);
    }
}
