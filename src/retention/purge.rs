//! Retention enforcement: finding the output sets under a directory, deciding which have
//! expired, and deleting them (with their manifest lines, and the source audio where the policy
//! says it must not be kept) — `hush list` and `hush purge`.
//!
//! # Sets
//!
//! A set is what one run published for one input: `<name>.redacted.json` (the anchor: it holds
//! `retention.delete_after`) and its siblings of the same prefix, `<name>.redacted.{txt,srt,vtt,
//! wav,jsonl}` ([`SIBLING_EXTENSIONS`]), found recursively (batch mirrors input trees into
//! subdirectories; symbolic links are not followed). The naming rule is the output layer's
//! (`output::OutputName`), restated here because retention sits below output; a unit test in
//! `output` checks that every extension it writes is listed here. A sibling without its anchor
//! has no known expiry: it is listed and left alone.
//!
//! # Order
//!
//! Within a set: the siblings, then the source audio (when it goes), then the JSON — the anchor
//! last, mirroring publication (where the JSON is renamed last). An interrupted purge therefore
//! leaves the anchor with its past `delete_after`, so the set still shows as expired and the next
//! run finishes it; deleting the anchor first would strand the siblings with no known expiry.
//! The manifest is re-read and rewritten once at the end, under the audit log's lock (the
//! directory lock: see [`AuditLog::locked`]); a rerun also drops lines whose outputs are all gone
//! and whose `delete_after` has passed, so an interruption before the rewrite heals too.
//! Subdirectories the purge left empty are removed last (their names can be personal data).
//!
//! # Source audio
//!
//! Deleted only with `delete_source` (`--delete-source`), only for sets whose
//! `retention.keep_source_audio` is false, and only when the file found is a regular file whose
//! sha256 (computed just before deleting) equals the set's `provenance.input_sha256`: a file that
//! changed, or a different file at that path, is never deleted. It is looked for at the
//! manifest's `input` for the set (absolute, or relative to the source root), else at
//! `SOURCE_ROOT/<the set's directory under DIR>/<source.file>` when a source root is given. An
//! expired set whose source is present and must go is *held* (nothing of it deleted) until purge
//! runs with `delete_source`, so the JSON that identifies the source is not lost first.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::audit::{Action, AuditEvent, AuditLog, PolicyRef, AUDIT_FILE};
use crate::error::{Error, Result};

/// The batch manifest inside an output directory (JSON Lines; see [`Manifest`]).
pub const MANIFEST_FILE: &str = "hush-manifest.jsonl";
/// `<name>` + this + extension.
pub const SET_INFIX: &str = ".redacted.";
/// Extensions of a set's files besides its `json` anchor.
pub const SIBLING_EXTENSIONS: &[&str] = &["txt", "srt", "vtt", "wav", "jsonl"];

/// Sets handled between two audit appends: a crash loses the audit lines of at most this many.
const CHUNK: usize = 256;

/// The fields purge reads from a `<name>.redacted.json`.
#[derive(Deserialize)]
struct SetJson {
    #[serde(default)]
    source: Option<SourceJson>,
    retention: RetentionJson,
    #[serde(default)]
    provenance: Option<ProvenanceJson>,
}
#[derive(Deserialize)]
struct SourceJson {
    file: String,
}
#[derive(Deserialize)]
struct RetentionJson {
    delete_after: String,
    #[serde(default)]
    keep_source_audio: bool,
    #[serde(default)]
    policy: String,
}
#[derive(Deserialize)]
struct ProvenanceJson {
    #[serde(default)]
    input_sha256: String,
    #[serde(default)]
    policy_sha256: String,
}

/// What a set's JSON says about its retention.
#[derive(Debug, Clone)]
pub struct SetInfo {
    pub delete_after: OffsetDateTime,
    pub delete_after_text: String,
    pub keep_source_audio: bool,
    pub policy: String,
    pub policy_sha256: String,
    pub input_sha256: String,
    /// `source.file`: the input's file name.
    pub source_file: String,
}

fn read_info(json: &Path) -> std::result::Result<SetInfo, String> {
    // A transcript JSON of hours of speech is a few MB; anything far larger is not ours.
    let bytes = crate::files::read_small_regular(json, 256 << 20).map_err(|p| p.to_string())?;
    let j: SetJson = serde_json::from_slice(&bytes)
        .map_err(|e| format!("not a hush transcript JSON with retention.delete_after ({e})"))?;
    let delete_after = OffsetDateTime::parse(&j.retention.delete_after, &Rfc3339)
        .map_err(|_| "retention.delete_after is not an RFC 3339 time".to_string())?;
    let prov = j.provenance.unwrap_or(ProvenanceJson {
        input_sha256: String::new(),
        policy_sha256: String::new(),
    });
    Ok(SetInfo {
        delete_after,
        delete_after_text: j.retention.delete_after,
        keep_source_audio: j.retention.keep_source_audio,
        policy: j.retention.policy,
        policy_sha256: prov.policy_sha256,
        input_sha256: prov.input_sha256,
        source_file: j.source.map(|s| s.file).unwrap_or_default(),
    })
}

/// One output set found under the directory.
#[derive(Debug)]
pub struct OutputSet {
    /// The JSON's path relative to the directory, `/`-separated (as the manifest lists it).
    pub rel: String,
    pub json: PathBuf,
    /// Existing sibling files.
    pub siblings: Vec<PathBuf>,
    pub info: std::result::Result<SetInfo, String>,
}

impl OutputSet {
    /// Sibling paths relative to the directory, `/`-separated.
    fn rel_of(&self, p: &Path) -> String {
        let parent = self.rel.rsplit_once('/').map_or("", |(d, _)| d);
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if parent.is_empty() {
            name.into_owned()
        } else {
            format!("{parent}/{name}")
        }
    }
}

/// Every set and every anchorless sibling under `dir`, in path order.
pub struct Scan {
    pub sets: Vec<OutputSet>,
    /// Relative paths of set files whose JSON is missing: no known expiry.
    pub orphans: Vec<String>,
}

pub fn scan(dir: &Path) -> Result<Scan> {
    let meta = std::fs::metadata(dir).map_err(|e| Error::input(dir, e.to_string()))?;
    if !meta.is_dir() {
        return Err(Error::input(dir, "is not a directory"));
    }
    let mut scan = Scan {
        sets: Vec::new(),
        orphans: Vec::new(),
    };
    walk(dir, "", &mut scan)?;
    scan.sets.sort_by(|a, b| a.rel.cmp(&b.rel));
    scan.orphans.sort();
    Ok(scan)
}

fn walk(dir: &Path, rel: &str, scan: &mut Scan) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::input(dir, format!("cannot list: {e}")))?;
    let mut files: HashSet<String> = HashSet::new();
    let mut subdirs = Vec::new();
    for e in rd {
        let e = e.map_err(|e| Error::input(dir, format!("cannot list: {e}")))?;
        let Ok(ft) = e.file_type() else { continue };
        let Some(name) = e.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if ft.is_dir() {
            subdirs.push(name);
        } else if ft.is_file() {
            files.insert(name);
        }
    }
    let join = |n: &str| {
        if rel.is_empty() {
            n.to_string()
        } else {
            format!("{rel}/{n}")
        }
    };
    for name in &files {
        let Some((prefix, ext)) = name.rsplit_once('.') else {
            continue;
        };
        // `<name>.redacted`, with a non-empty name.
        let stem = prefix.strip_suffix(SET_INFIX.trim_end_matches('.'));
        if stem.is_none_or(str::is_empty) {
            continue;
        }
        if ext == "json" {
            let siblings = SIBLING_EXTENSIONS
                .iter()
                .map(|x| format!("{prefix}.{x}"))
                .filter(|n| files.contains(n))
                .map(|n| dir.join(n))
                .collect();
            let json = dir.join(name);
            scan.sets.push(OutputSet {
                rel: join(name),
                info: read_info(&json),
                json,
                siblings,
            });
        } else if SIBLING_EXTENSIONS.contains(&ext) && !files.contains(&format!("{prefix}.json")) {
            scan.orphans.push(join(name));
        }
    }
    for d in subdirs {
        walk(&dir.join(&d), &join(&d), scan)?;
    }
    Ok(())
}

/// One line of `DIR/hush-manifest.jsonl` as purge reads it (other fields are kept verbatim).
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestEntry {
    /// The input's path: absolute, or relative to the source root.
    pub input: String,
    #[serde(default)]
    pub input_sha256: String,
    /// Output paths relative to the directory, `/`-separated.
    #[serde(default)]
    pub outputs: Vec<String>,
    #[serde(default)]
    pub delete_after: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

/// The batch manifest, read tolerantly: absent is empty; a last line without its newline that
/// does not parse is a torn append (dropped on rewrite); other lines that do not parse are kept
/// as they are.
pub struct Manifest {
    path: PathBuf,
    lines: Vec<(String, Option<ManifestEntry>)>,
    torn_tail: bool,
    by_output: HashMap<String, usize>,
}

impl Manifest {
    pub fn load(dir: &Path) -> Result<Manifest> {
        let path = dir.join(MANIFEST_FILE);
        let text = match std::fs::read(&path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(Error::input(&path, format!("cannot read: {e}"))),
        };
        let mut m = Manifest {
            path,
            lines: Vec::new(),
            torn_tail: false,
            by_output: HashMap::new(),
        };
        let complete = text.ends_with('\n') || text.is_empty();
        let raw: Vec<&str> = text.lines().collect();
        for (i, line) in raw.iter().enumerate() {
            let entry = serde_json::from_str::<ManifestEntry>(line).ok();
            if entry.is_none() && i + 1 == raw.len() && !complete {
                m.torn_tail = true;
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            if let Some(e) = &entry {
                for o in &e.outputs {
                    m.by_output.insert(o.clone(), m.lines.len());
                }
            }
            m.lines.push((line.to_string(), entry));
        }
        Ok(m)
    }

    /// The entry listing `rel` among its outputs.
    pub fn entry_for_output(&self, rel: &str) -> Option<&ManifestEntry> {
        self.by_output
            .get(rel)
            .and_then(|i| self.lines[*i].1.as_ref())
    }

    pub fn entries(&self) -> impl Iterator<Item = &ManifestEntry> {
        self.lines.iter().filter_map(|(_, e)| e.as_ref())
    }

    /// Whether [`Manifest::rewrite`] with nothing deleted would change the file.
    pub fn needs_rewrite(&self, dir: &Path, now: OffsetDateTime) -> bool {
        let none = HashSet::new();
        self.torn_tail || self.entries().any(|e| stale(e, dir, &none, now))
    }

    /// Rewrites the manifest atomically (temp in the directory, fsync, rename, fsync the
    /// directory) without the lines that list a `deleted` output, nor those whose outputs are
    /// all gone and whose `delete_after` has passed (left by an interrupted purge), nor a torn
    /// last line. Returns how many lines were dropped; writes nothing when none is.
    pub fn rewrite(
        &self,
        dir: &Path,
        deleted: &HashSet<String>,
        now: OffsetDateTime,
    ) -> Result<usize> {
        let mut kept = String::new();
        let mut dropped = 0;
        for (raw, entry) in &self.lines {
            let drop = entry.as_ref().is_some_and(|e| stale(e, dir, deleted, now));
            if drop {
                dropped += 1;
            } else {
                kept.push_str(raw);
                kept.push('\n');
            }
        }
        if dropped == 0 && !self.torn_tail {
            return Ok(0);
        }
        let bad = |e: std::io::Error| Error::output(&self.path, format!("cannot rewrite: {e}"));
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".hush-{}-", std::process::id()))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(bad)?;
        tmp.write_all(kept.as_bytes()).map_err(bad)?;
        tmp.as_file().sync_all().map_err(bad)?;
        tmp.persist(&self.path).map_err(|e| bad(e.error))?;
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(dropped)
    }
}

/// Whether a manifest line goes: it lists a `deleted` output, or all its outputs are gone and
/// its `delete_after` has passed.
fn stale(e: &ManifestEntry, dir: &Path, deleted: &HashSet<String>, now: OffsetDateTime) -> bool {
    e.outputs.iter().any(|o| deleted.contains(o))
        || (!e.outputs.is_empty()
            && e.delete_after
                .as_deref()
                .and_then(|t| OffsetDateTime::parse(t, &Rfc3339).ok())
                .is_some_and(|t| t <= now)
            && e.outputs.iter().all(|o| !dir.join(o).exists()))
}

/// Where a set's source audio is, as far as purge can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The policy keeps the source: nothing to do.
    Kept,
    /// No manifest entry and no source root: not looked for.
    Unknown,
    /// Nothing (or not a regular file) at the expected path.
    Missing(PathBuf),
    /// A file whose sha256 differs from the set's input: never deleted.
    Changed(PathBuf),
    /// The source, unchanged.
    Present(PathBuf),
}

/// What happens (or would happen) to one set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// `delete_after` not reached.
    Live,
    /// The JSON cannot be read: no known expiry, left alone.
    Unreadable(String),
    /// Expired: its files go (and the source when `Source::Present` and allowed).
    Purge,
    /// Expired but left whole, for the reason given.
    Held(String),
}

/// One set with its verdict.
#[derive(Debug)]
pub struct SetPlan {
    pub set: OutputSet,
    pub source: Source,
    pub verdict: Verdict,
}

impl SetPlan {
    /// Files this set's purge deletes, in order: siblings, source (if it goes), JSON last.
    pub fn files(&self, delete_source: bool) -> Vec<PathBuf> {
        let mut v = self.set.siblings.clone();
        if let (true, Source::Present(p)) = (delete_source, &self.source) {
            v.push(p.clone());
        }
        v.push(self.set.json.clone());
        v
    }
}

#[derive(Debug, Clone)]
pub struct PurgeOptions {
    pub now: OffsetDateTime,
    pub delete_source: bool,
    /// Where relative manifest inputs, and the inputs of sets without a manifest entry, are
    /// looked for (mirroring the set's directory under DIR).
    pub source_root: Option<PathBuf>,
}

/// Every set under `dir` with what a purge at `opts.now` would do to it.
pub struct Plan {
    pub sets: Vec<SetPlan>,
    pub orphans: Vec<String>,
    pub manifest: Manifest,
}

fn plain_file_name(s: &str) -> bool {
    !s.is_empty() && Path::new(s).file_name().is_some_and(|n| n == s)
}

fn locate_source(
    set: &OutputSet,
    info: &SetInfo,
    manifest: &Manifest,
    opts: &PurgeOptions,
) -> Source {
    if info.keep_source_audio {
        return Source::Kept;
    }
    let path = if let Some(e) = manifest.entry_for_output(&set.rel) {
        let input = Path::new(&e.input);
        if input.is_absolute() {
            input.to_path_buf()
        } else {
            opts.source_root
                .as_deref()
                .unwrap_or(Path::new("."))
                .join(input)
        }
    } else if let (Some(root), true) = (&opts.source_root, plain_file_name(&info.source_file)) {
        let parent = set.rel.rsplit_once('/').map_or("", |(d, _)| d);
        root.join(parent).join(&info.source_file)
    } else {
        return Source::Unknown;
    };
    source_state(&path, &info.input_sha256)
}

/// `Present` only for a regular file (not a link) with the expected sha256.
fn source_state(path: &Path, sha256: &str) -> Source {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => match crate::files::sha256_file(path) {
            Ok(h) if !sha256.is_empty() && h == sha256 => Source::Present(path.to_path_buf()),
            _ => Source::Changed(path.to_path_buf()),
        },
        Ok(_) => Source::Changed(path.to_path_buf()),
        Err(_) => Source::Missing(path.to_path_buf()),
    }
}

/// Scans `dir` and decides each set's fate (nothing is deleted).
pub fn plan(dir: &Path, opts: &PurgeOptions) -> Result<Plan> {
    let scan = scan(dir)?;
    let manifest = Manifest::load(dir)?;
    let sets = scan
        .sets
        .into_iter()
        .map(|set| {
            let (source, verdict) = match &set.info {
                Err(p) => (Source::Unknown, Verdict::Unreadable(p.clone())),
                Ok(info) if info.delete_after > opts.now => (Source::Unknown, Verdict::Live),
                Ok(info) => {
                    let source = locate_source(&set, info, &manifest, opts);
                    let verdict = match (&source, opts.delete_source) {
                        (Source::Present(_), false) => Verdict::Held(
                            "its source audio must be deleted too (keep_source_audio = false): \
                             rerun with --delete-source"
                                .into(),
                        ),
                        (Source::Unknown, true) => Verdict::Held(
                            "its source audio must be deleted too but its location is unknown: \
                             give --source-root DIR (the directory the inputs were redacted from)"
                                .into(),
                        ),
                        _ => Verdict::Purge,
                    };
                    (source, verdict)
                }
            };
            SetPlan {
                set,
                source,
                verdict,
            }
        })
        .collect();
    Ok(Plan {
        sets,
        orphans: scan.orphans,
        manifest,
    })
}

/// What [`purge`] did.
#[derive(Debug, Default)]
pub struct PurgeReport {
    /// Relative JSON paths of the sets deleted.
    pub purged: Vec<String>,
    /// Sets that failed part-way (anchor kept: a rerun finishes them), with the reason.
    pub failed: Vec<(String, String)>,
    pub files_deleted: usize,
    pub sources_deleted: usize,
    pub manifest_lines_dropped: usize,
    /// Subdirectories of DIR left empty by the purge and removed (their names can be personal
    /// data too).
    pub dirs_removed: usize,
}

/// Deletes the sets `plan` marked [`Verdict::Purge`] (see the module doc for the order),
/// rewrites the manifest, and appends one audit line per purged, held or failed set (in chunks,
/// one fsync each) to `DIR/hush-audit.jsonl`.
pub fn purge(dir: &Path, plan: &Plan, opts: &PurgeOptions) -> Result<PurgeReport> {
    let mut report = PurgeReport::default();
    let mut deleted_rel: HashSet<String> = HashSet::new();
    let mut audit: Option<AuditLog> = None;
    let mut touched: HashSet<PathBuf> = HashSet::new();
    let relevant: Vec<&SetPlan> = plan
        .sets
        .iter()
        .filter(|s| matches!(s.verdict, Verdict::Purge | Verdict::Held(_)))
        .collect();
    for chunk in relevant.chunks(CHUNK) {
        let mut events = Vec::with_capacity(chunk.len());
        let mut dirs: HashSet<PathBuf> = HashSet::new();
        for sp in chunk {
            let Ok(info) = &sp.set.info else { continue };
            let mut ev = AuditEvent::new(Action::Purge, "ok");
            ev.input_sha256 = Some(info.input_sha256.clone()).filter(|s| !s.is_empty());
            ev.policy = Some(PolicyRef {
                name: info.policy.clone(),
                sha256: info.policy_sha256.clone(),
            });
            ev.delete_after = Some(info.delete_after_text.clone());
            if let Verdict::Held(_) = sp.verdict {
                ev.status = "held".into();
                ev.files_deleted = Some(0);
                ev.source_deleted = Some(false);
                events.push(ev);
                continue;
            }
            match delete_set(sp, opts) {
                Ok((n, source_deleted)) => {
                    report.files_deleted += n;
                    report.sources_deleted += usize::from(source_deleted);
                    report.purged.push(sp.set.rel.clone());
                    ev.files_deleted = Some(n);
                    ev.source_deleted = Some(source_deleted);
                    deleted_rel.insert(sp.set.rel.clone());
                    for s in &sp.set.siblings {
                        deleted_rel.insert(sp.set.rel_of(s));
                    }
                }
                Err((n, problem)) => {
                    report.files_deleted += n;
                    report.failed.push((sp.set.rel.clone(), problem));
                    ev.status = "failed".into();
                    ev.files_deleted = Some(n);
                    ev.source_deleted = Some(false);
                }
            }
            if let Some(d) = sp.set.json.parent() {
                dirs.insert(d.to_path_buf());
            }
            events.push(ev);
        }
        for d in dirs {
            if let Ok(f) = File::open(&d) {
                let _ = f.sync_all();
            }
            touched.insert(d);
        }
        if audit.is_none() {
            audit = Some(AuditLog::open(dir)?);
        }
        audit.as_mut().expect("opened above").append_all(&events)?;
    }
    // Read again and rewritten under the directory lock: a batch appending meanwhile (under
    // the same lock) loses no line.
    if audit.is_none() && (!deleted_rel.is_empty() || plan.manifest.needs_rewrite(dir, opts.now)) {
        audit = Some(AuditLog::open(dir)?);
    }
    if let Some(log) = audit.as_mut() {
        report.manifest_lines_dropped = log.locked(|| {
            Manifest::load(dir).and_then(|m| m.rewrite(dir, &deleted_rel, opts.now))
        })??;
    }
    report.dirs_removed = remove_empty_dirs(dir, touched);
    Ok(report)
}

/// Removes the `touched` subdirectories of `dir` that are now empty, and their ancestors below
/// `dir` that become empty; never `dir` itself. `remove_dir` refuses a non-empty directory, so a
/// file written meanwhile keeps its directory.
fn remove_empty_dirs(dir: &Path, touched: HashSet<PathBuf>) -> usize {
    let mut dirs: Vec<PathBuf> = touched.into_iter().collect();
    // Deepest first, so a parent is tried after its children.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    let mut removed = 0;
    let mut tried: HashSet<PathBuf> = HashSet::new();
    for d in dirs {
        let mut cur = d;
        while cur != dir && cur.starts_with(dir) && tried.insert(cur.clone()) {
            if std::fs::remove_dir(&cur).is_err() {
                break;
            }
            removed += 1;
            match cur.parent() {
                Some(p) => cur = p.to_path_buf(),
                None => break,
            }
        }
    }
    removed
}

/// Deletes one set's files in order; `Err((deleted so far, problem))` stops before the JSON.
fn delete_set(
    sp: &SetPlan,
    opts: &PurgeOptions,
) -> std::result::Result<(usize, bool), (usize, String)> {
    let mut n = 0;
    let remove = |p: &Path, n: &mut usize| match std::fs::remove_file(p) {
        Ok(()) => {
            *n += 1;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: cannot delete: {e}", p.display())),
    };
    for s in &sp.set.siblings {
        remove(s, &mut n).map_err(|p| (n, p))?;
    }
    let mut source_deleted = false;
    if let (true, Source::Present(p), Ok(info)) = (opts.delete_source, &sp.source, &sp.set.info) {
        // Checked again just before deleting: never a file that changed since the plan.
        match source_state(p, &info.input_sha256) {
            Source::Present(_) => {
                remove(p, &mut n).map_err(|e| (n, e))?;
                source_deleted = true;
            }
            Source::Missing(_) => {}
            _ => {
                return Err((
                    n,
                    format!(
                        "{}: source changed since the scan; not deleted",
                        p.display()
                    ),
                ))
            }
        }
    }
    remove(&sp.set.json, &mut n).map_err(|p| (n, p))?;
    Ok((n, source_deleted))
}

/// The audit log's path in `dir` (for messages).
pub fn audit_path(dir: &Path) -> PathBuf {
    dir.join(AUDIT_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

    fn opts() -> PurgeOptions {
        PurgeOptions {
            now: NOW,
            delete_source: false,
            source_root: None,
        }
    }

    /// Writes a fake set `rel` (`sub/x` -> `sub/x.redacted.json` + `.txt`, + extra extensions).
    fn fake_set(
        dir: &Path,
        rel: &str,
        delete_after: &str,
        keep_source: bool,
        input_sha: &str,
        exts: &[&str],
    ) {
        let json = dir.join(format!("{rel}.redacted.json"));
        std::fs::create_dir_all(json.parent().unwrap()).unwrap();
        let name = Path::new(rel).file_name().unwrap().to_str().unwrap();
        let doc = serde_json::json!({
            "schema": "hush.transcript", "version": 1,
            "source": {"file": format!("{name}.wav"), "duration_s": 1.0, "sample_rate": 16000, "channels": 1},
            "segments": [],
            "retention": {"policy": "default", "purpose": "", "legal_basis": "",
                          "created_at": "2026-01-01T00:00:00Z", "retention_period": "P30D",
                          "delete_after": delete_after, "keep_source_audio": keep_source},
            "provenance": {"hush_version": "0.1.0", "input_sha256": input_sha, "models": [],
                           "policy_source": "built-in default", "policy_sha256": "ab", "entity_counts": {}}
        });
        std::fs::write(&json, serde_json::to_vec(&doc).unwrap()).unwrap();
        for x in exts {
            std::fs::write(dir.join(format!("{rel}.redacted.{x}")), b"x").unwrap();
        }
    }

    fn sha(b: &[u8]) -> String {
        crate::files::sha256_reader(b).unwrap()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v = Vec::new();
        fn rec(d: &Path, base: &Path, v: &mut Vec<String>) {
            for e in std::fs::read_dir(d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    rec(&p, base, v);
                } else {
                    v.push(p.strip_prefix(base).unwrap().display().to_string());
                }
            }
        }
        rec(dir, dir, &mut v);
        v.sort();
        v
    }

    #[test]
    fn expired_sets_go_live_and_orphans_stay() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fake_set(
            d,
            "old",
            "2026-05-01T00:00:00Z",
            true,
            "",
            &["txt", "srt", "wav"],
        );
        fake_set(
            d,
            "a/b/deep",
            "2026-06-01T12:00:00Z",
            true,
            "",
            &["vtt", "jsonl"],
        );
        fake_set(d, "new", "2026-07-01T00:00:00Z", true, "", &["txt"]);
        std::fs::write(d.join("lost.redacted.txt"), b"x").unwrap();
        std::fs::write(d.join("notes.txt"), b"x").unwrap();
        std::fs::write(d.join("old.redacted.json.bak"), b"x").unwrap();
        let p = plan(d, &opts()).unwrap();
        let verdicts: Vec<(&str, &Verdict)> = p
            .sets
            .iter()
            .map(|s| (s.set.rel.as_str(), &s.verdict))
            .collect();
        assert_eq!(
            verdicts,
            [
                ("a/b/deep.redacted.json", &Verdict::Purge),
                ("new.redacted.json", &Verdict::Live),
                ("old.redacted.json", &Verdict::Purge)
            ]
        );
        assert_eq!(p.orphans, ["lost.redacted.txt"]);
        // The JSON is the last file of a set.
        let files = p.sets[2].files(false);
        assert_eq!(files.last().unwrap(), &d.join("old.redacted.json"));
        assert_eq!(files.len(), 4);

        let r = purge(d, &p, &opts()).unwrap();
        assert_eq!(r.purged.len(), 2);
        assert_eq!(r.files_deleted, 7);
        assert_eq!(r.dirs_removed, 2, "a/b and a, emptied");
        assert!(!d.join("a").exists());
        let mut want = vec![
            "hush-audit.jsonl",
            "lost.redacted.txt",
            "new.redacted.json",
            "new.redacted.txt",
            "notes.txt",
            "old.redacted.json.bak",
        ];
        want.sort();
        assert_eq!(names(d), want);
        let v = super::super::audit::verify(d, None).unwrap();
        assert!(v.ok() && v.lines == 2, "{v:?}");
        // Idempotent: nothing left to do.
        let p = plan(d, &opts()).unwrap();
        assert!(p.sets.iter().all(|s| s.verdict == Verdict::Live));
    }

    #[test]
    fn an_unreadable_json_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.redacted.json"), b"{not json").unwrap();
        std::fs::write(dir.path().join("x.redacted.txt"), b"x").unwrap();
        let p = plan(dir.path(), &opts()).unwrap();
        assert!(matches!(p.sets[0].verdict, Verdict::Unreadable(_)));
        purge(dir.path(), &p, &opts()).unwrap();
        assert!(dir.path().join("x.redacted.txt").exists());
    }

    #[test]
    fn an_interrupted_purge_is_finished_by_a_rerun() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fake_set(d, "x", "2026-05-01T00:00:00Z", true, "", &["txt", "wav"]);
        // Interrupted after one sibling: the anchor is still there, still expired.
        std::fs::remove_file(d.join("x.redacted.txt")).unwrap();
        let p = plan(d, &opts()).unwrap();
        assert_eq!(p.sets[0].verdict, Verdict::Purge);
        purge(d, &p, &opts()).unwrap();
        assert_eq!(names(d), ["hush-audit.jsonl"]);
    }

    #[test]
    fn source_audio_goes_only_with_the_switch_and_only_if_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let src = dir.path().join("in");
        std::fs::create_dir_all(src.join("sub")).unwrap();
        let audio = b"RIFF fake audio";
        std::fs::write(src.join("sub/call.wav"), audio).unwrap();
        std::fs::write(src.join("sub/edited.wav"), b"changed since").unwrap();
        fake_set(
            &out,
            "sub/call",
            "2026-05-01T00:00:00Z",
            false,
            &sha(audio),
            &["txt"],
        );
        fake_set(
            &out,
            "sub/edited",
            "2026-05-01T00:00:00Z",
            false,
            &sha(b"original"),
            &["txt"],
        );
        fake_set(
            &out,
            "sub/nowhere",
            "2026-05-01T00:00:00Z",
            false,
            &sha(b"x"),
            &["txt"],
        );
        let with_root = PurgeOptions {
            source_root: Some(src.clone()),
            ..opts()
        };

        // Without the switch: the set whose source is present is held whole.
        let p = plan(&out, &with_root).unwrap();
        let by: HashMap<&str, &SetPlan> = p.sets.iter().map(|s| (s.set.rel.as_str(), s)).collect();
        assert!(matches!(
            by["sub/call.redacted.json"].verdict,
            Verdict::Held(_)
        ));
        assert_eq!(
            by["sub/edited.redacted.json"].source,
            Source::Changed(src.join("sub/edited.wav"))
        );
        assert_eq!(by["sub/edited.redacted.json"].verdict, Verdict::Purge);
        assert_eq!(
            by["sub/nowhere.redacted.json"].source,
            Source::Missing(src.join("sub/nowhere.wav"))
        );
        purge(&out, &p, &with_root).unwrap();
        assert!(
            out.join("sub/call.redacted.json").exists()
                && out.join("sub/call.redacted.txt").exists()
        );
        assert!(!out.join("sub/edited.redacted.json").exists());
        assert!(src.join("sub/call.wav").exists() && src.join("sub/edited.wav").exists());

        // With it: the unchanged source goes, the JSON last.
        let del = PurgeOptions {
            delete_source: true,
            ..with_root.clone()
        };
        let p = plan(&out, &del).unwrap();
        assert_eq!(p.sets[0].files(true)[1], src.join("sub/call.wav"));
        let r = purge(&out, &p, &del).unwrap();
        assert_eq!((r.purged.len(), r.sources_deleted), (1, 1));
        assert!(!src.join("sub/call.wav").exists());
        assert!(
            src.join("sub/edited.wav").exists(),
            "a changed file is never deleted"
        );
        assert_eq!(names(&out), ["hush-audit.jsonl"]);

        // With the switch but no way to find the source: held.
        fake_set(&out, "lone", "2026-05-01T00:00:00Z", false, &sha(b"y"), &[]);
        let p = plan(
            &out,
            &PurgeOptions {
                delete_source: true,
                ..opts()
            },
        )
        .unwrap();
        assert!(matches!(p.sets[0].verdict, Verdict::Held(_)));
    }

    #[test]
    fn a_source_replaced_after_the_plan_is_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let audio = b"audio";
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(dir.path().join("x.wav"), audio).unwrap();
        fake_set(
            &out,
            "x",
            "2026-05-01T00:00:00Z",
            false,
            &sha(audio),
            &["txt"],
        );
        let o = PurgeOptions {
            delete_source: true,
            source_root: Some(dir.path().to_path_buf()),
            ..opts()
        };
        let p = plan(&out, &o).unwrap();
        assert_eq!(p.sets[0].verdict, Verdict::Purge);
        std::fs::write(dir.path().join("x.wav"), b"new recording").unwrap();
        let r = purge(&out, &p, &o).unwrap();
        assert_eq!(r.failed.len(), 1);
        assert!(dir.path().join("x.wav").exists());
        assert!(
            out.join("x.redacted.json").exists(),
            "the anchor stays for a rerun"
        );
    }

    #[test]
    fn manifest_lines_of_deleted_sets_are_dropped_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let src = dir.path().join("src");
        std::fs::create_dir_all(src.join("a")).unwrap();
        let audio = b"audio a";
        std::fs::write(src.join("a/one.mp3"), audio).unwrap();
        fake_set(
            &out,
            "a/one.mp3",
            "2026-05-01T00:00:00Z",
            false,
            &sha(audio),
            &["txt"],
        );
        fake_set(
            &out,
            "a/two.mp3",
            "2026-07-01T00:00:00Z",
            false,
            &sha(b"b"),
            &["txt"],
        );
        let line = |input: &str, rel: &str, when: &str| {
            serde_json::json!({"input": input, "input_sha256": "x", "status": "ok",
                "outputs": [format!("{rel}.redacted.json"), format!("{rel}.redacted.txt")],
                "delete_after": when, "policy_sha256": "p"})
            .to_string()
        };
        let manifest = [
            line("a/one.mp3", "a/one.mp3", "2026-05-01T00:00:00Z"),
            line("a/two.mp3", "a/two.mp3", "2026-07-01T00:00:00Z"),
            // Left by an interrupted purge: expired, outputs gone.
            line("a/gone.mp3", "a/gone.mp3", "2026-05-01T00:00:00Z"),
            r#"{"input":"bad.wav","status":"failed","outputs":[]}"#.to_string(),
            "not json, kept as is".to_string(),
        ];
        let text = format!("{}\n{{\"input\":\"torn", manifest.join("\n"));
        std::fs::write(out.join(MANIFEST_FILE), text).unwrap();

        let o = PurgeOptions {
            delete_source: true,
            source_root: Some(src.clone()),
            ..opts()
        };
        let p = plan(&out, &o).unwrap();
        assert_eq!(p.manifest.entries().count(), 4);
        let r = purge(&out, &p, &o).unwrap();
        assert_eq!(
            r.sources_deleted, 1,
            "found through the manifest's input path"
        );
        assert_eq!(r.manifest_lines_dropped, 2);
        let after = std::fs::read_to_string(out.join(MANIFEST_FILE)).unwrap();
        let want = format!("{}\n{}\n{}\n", manifest[1], manifest[3], manifest[4]);
        assert_eq!(after, want);
        // No temp file left behind.
        assert!(names(&out).iter().all(|n| !n.ends_with(".tmp")));

        // An absent manifest is fine.
        std::fs::remove_file(out.join(MANIFEST_FILE)).unwrap();
        let p = plan(&out, &o).unwrap();
        assert_eq!(purge(&out, &p, &o).unwrap().manifest_lines_dropped, 0);
        assert!(!out.join(MANIFEST_FILE).exists());
    }

    #[test]
    fn a_missing_dir_is_an_input_error() {
        let e = plan(Path::new("/nonexistent/hush"), &opts()).err().unwrap();
        assert_eq!(e.exit_code(), crate::error::exit::INPUT);
    }
}
