//! `hush list DIR`, `hush purge DIR` and `hush audit verify DIR`: retention enforcement and the
//! audit log (the rules live in [`hush::retention::purge`] and [`hush::retention::audit`]).
//!
//! Output lines name set files (relative to DIR) and source paths, as `hush redact` names its
//! inputs; never anything from inside a transcript.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use hush::error::exit;
use hush::retention::audit;
use hush::retention::purge::{self, Plan, PurgeOptions, SetPlan, Source, Verdict};
use hush::Error;

#[derive(Args)]
pub struct ListArgs {
    /// Output directory (searched recursively).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// Only the sets whose delete_after has passed (what `hush purge` would act on).
    #[arg(long)]
    pub expired: bool,

    /// Where source audio is looked for (see `hush purge --source-root`).
    #[arg(long, value_name = "DIR")]
    pub source_root: Option<PathBuf>,
}

#[derive(Args)]
pub struct PurgeArgs {
    /// Output directory (searched recursively).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// Say what would be deleted; delete nothing, write nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Also delete the source audio of expired sets whose policy has keep_source_audio = false
    /// (only a regular file whose sha256 is the set's input_sha256).
    #[arg(long)]
    pub delete_source: bool,

    /// Where source audio is looked for: relative manifest inputs are relative to it, and a set
    /// without a manifest entry is looked for at ROOT/<its directory under DIR>/<source.file>
    /// (default: relative manifest inputs from the current directory; others not looked for).
    #[arg(long, value_name = "DIR")]
    pub source_root: Option<PathBuf>,
}

#[derive(Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check DIR/hush-audit.jsonl: every line's hash, sequence and link to the line before.
    Verify {
        /// Output directory holding hush-audit.jsonl (or the log file itself).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// A head hash printed by an earlier verify: fails if that line is no longer in the log
        /// (detects a removed or rewritten tail).
        #[arg(long, value_name = "SHA256")]
        head: Option<String>,
    },
}

fn out(line: std::fmt::Arguments) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

fn source_note(s: &Source, deleting: bool) -> String {
    match s {
        Source::Kept => "source kept (keep_source_audio = true)".into(),
        Source::Unknown => {
            "source audio not located (no manifest entry; give --source-root)".into()
        }
        Source::Missing(p) => format!("source {} not found (already gone)", p.display()),
        Source::Changed(p) => {
            format!(
                "source {} differs from the redacted input: never deleted",
                p.display()
            )
        }
        Source::Present(p) if deleting => format!("source {} (unchanged) deleted too", p.display()),
        Source::Present(p) => format!("source {} must be deleted too", p.display()),
    }
}

fn describe(sp: &SetPlan, opts: &PurgeOptions) -> String {
    let files = sp.set.siblings.len() + 1;
    match (&sp.verdict, &sp.set.info) {
        (Verdict::Unreadable(p), _) => format!("unreadable: {p}; no known expiry, left alone"),
        (_, Err(p)) => p.clone(),
        (Verdict::Live, Ok(i)) => format!("delete_after {}, {files} files", i.delete_after_text),
        (Verdict::Purge, Ok(i)) => format!(
            "EXPIRED {}, {files} files; {}",
            i.delete_after_text,
            source_note(&sp.source, opts.delete_source)
        ),
        (Verdict::Held(why), Ok(i)) => format!(
            "EXPIRED {}, {files} files; HELD: {why}; {}",
            i.delete_after_text,
            source_note(&sp.source, false)
        ),
    }
}

fn options(dir_now: OffsetDateTime, delete_source: bool, root: Option<PathBuf>) -> PurgeOptions {
    PurgeOptions {
        now: dir_now,
        delete_source,
        source_root: root,
    }
}

fn print_orphans(plan: &Plan) {
    for o in &plan.orphans {
        out(format_args!(
            "{o}: no .redacted.json beside it: no known expiry, left alone"
        ));
    }
}

/// `hush list DIR [--expired]`: one line per set.
pub fn list(args: ListArgs) -> Result<i32, Error> {
    let opts = options(OffsetDateTime::now_utc(), false, args.source_root);
    let plan = purge::plan(&args.dir, &opts)?;
    let mut expired = 0;
    for sp in &plan.sets {
        let is_expired = matches!(sp.verdict, Verdict::Purge | Verdict::Held(_));
        expired += usize::from(is_expired);
        if args.expired && !is_expired {
            continue;
        }
        out(format_args!("{}: {}", sp.set.rel, describe(sp, &opts)));
    }
    if !args.expired {
        print_orphans(&plan);
    }
    let _ = writeln!(
        std::io::stderr(),
        "{} sets, {expired} expired, {} files without a set",
        plan.sets.len(),
        plan.orphans.len()
    );
    Ok(exit::OK)
}

/// `hush purge DIR`: exit 0 when every expired set was purged, 1 when some were held back or
/// failed part-way (each named).
pub fn purge(args: PurgeArgs) -> Result<i32, Error> {
    let now = OffsetDateTime::now_utc();
    let opts = options(now, args.delete_source, args.source_root);
    let plan = purge::plan(&args.dir, &opts)?;
    let mut held = 0;
    for sp in &plan.sets {
        match &sp.verdict {
            Verdict::Purge if args.dry_run => {
                let files: Vec<String> = sp
                    .files(opts.delete_source)
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect();
                out(format_args!("would delete {}", files.join(", ")));
                if !matches!(sp.source, Source::Present(_)) {
                    out(format_args!(
                        "  {}: {}",
                        sp.set.rel,
                        source_note(&sp.source, false)
                    ));
                }
            }
            Verdict::Held(why) => {
                held += 1;
                out(format_args!("{}: expired but held: {why}", sp.set.rel));
            }
            _ => {}
        }
    }
    if args.dry_run {
        let n = plan
            .sets
            .iter()
            .filter(|s| s.verdict == Verdict::Purge)
            .count();
        let _ = writeln!(
            std::io::stderr(),
            "dry run at {}: {n} expired sets would be deleted, {held} held; nothing deleted",
            now.format(&Rfc3339).unwrap_or_default()
        );
        return Ok(if held > 0 {
            exit::SOME_FAILED
        } else {
            exit::OK
        });
    }
    let report = purge::purge(&args.dir, &plan, &opts)?;
    for sp in plan.sets.iter().filter(|s| s.verdict == Verdict::Purge) {
        if report.purged.contains(&sp.set.rel) {
            out(format_args!(
                "deleted {}: {}",
                sp.set.rel,
                source_note(&sp.source, opts.delete_source)
            ));
        }
    }
    for (rel, why) in &report.failed {
        let _ = writeln!(std::io::stderr(), "hush: {rel}: not fully purged: {why}");
    }
    let _ = writeln!(
        std::io::stderr(),
        "purged {} sets ({} files, {} source files), {held} held, {} failed, {} manifest lines \
         dropped, {} emptied directories removed; logged to {}",
        report.purged.len(),
        report.files_deleted,
        report.sources_deleted,
        report.failed.len(),
        report.manifest_lines_dropped,
        report.dirs_removed,
        purge::audit_path(&args.dir).display()
    );
    Ok(if held > 0 || !report.failed.is_empty() {
        exit::SOME_FAILED
    } else {
        exit::OK
    })
}

/// `hush audit verify DIR`: exit 0 when the chain holds, 7 ([`exit::AUDIT`]) otherwise.
pub fn audit(args: AuditArgs) -> Result<i32, Error> {
    let AuditCommand::Verify { dir, head } = args.command;
    let r = audit::verify(&dir, head.as_deref())?;
    let log = if dir.is_dir() {
        dir.join(audit::AUDIT_FILE)
    } else {
        dir.clone()
    };
    if let Some((n, why)) = &r.first_bad {
        let _ = writeln!(
            std::io::stderr(),
            "hush: {}: line {n}: {why} ({} lines before it verified)",
            log.display(),
            r.lines
        );
        return Ok(exit::AUDIT);
    }
    if r.torn_tail {
        let _ = writeln!(
            std::io::stderr(),
            "{}: line {} is incomplete: an append interrupted by a crash (not tampering; the \
             next append removes it)",
            log.display(),
            r.lines + 1
        );
    }
    if r.head_found == Some(false) {
        let _ = writeln!(
            std::io::stderr(),
            "hush: {}: head {} is not in the log: lines were removed or rewritten after it",
            log.display(),
            head.unwrap_or_default()
        );
        return Ok(exit::AUDIT);
    }
    out(format_args!(
        "{}: {} lines verified, head {}",
        log.display(),
        r.lines,
        r.head
    ));
    Ok(exit::OK)
}
