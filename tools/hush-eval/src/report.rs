//! Evaluation reports: the numbers as JSON (for scripts and tests) and as markdown tables.
//!
//! A report holds counts, rates, timings and item ids, nothing else: no text, no transcript, no
//! value. Text reports from different tools over the same dataset can be put side by side
//! ([`compare_tables`]).

use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::families::Scheme;
use super::score::{Counts, Tally};
use hush::error::{Error, Result};

/// One family's counts and rates.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    pub family: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub recall: Option<f64>,
    pub precision: Option<f64>,
    pub f1: Option<f64>,
    pub leak_rate: Option<f64>,
}

impl Row {
    pub fn new(family: &str, counts: Counts) -> Row {
        Row {
            family: family.to_string(),
            counts,
            recall: counts.recall(),
            precision: counts.precision(),
            f1: counts.f1(),
            leak_rate: counts.leak_rate(),
        }
    }

    /// The rows of every family with anything counted, in the scheme's order, and the micro row.
    pub fn from_tally(scheme: &Scheme, tally: &Tally) -> (Vec<Row>, Row) {
        let rows = scheme
            .families
            .iter()
            .zip(&tally.per_family)
            .filter(|(_, c)| !c.is_empty())
            .map(|(f, c)| Row::new(&f.name, *c))
            .collect();
        (rows, Row::new("micro", tally.micro()))
    }
}

/// A leaked gold item: which one and of what kind. Never its value.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LeakRef {
    pub id: String,
    pub kind: String,
}

/// `hush eval text`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TextReport {
    pub schema: String,
    pub version: u32,
    pub tool: String,
    /// Dataset file name.
    pub dataset: String,
    /// `presidio` or `spoken`: which family table scored it.
    pub scheme: String,
    pub texts: usize,
    /// Wall time per text on one thread (`None` when the tool did not say).
    pub ms_per_text: Option<f64>,
    pub families: Vec<Row>,
    pub micro: Row,
    /// Gold items of unscored labels, skipped.
    pub unscored_gold: u64,
    pub leaked: Vec<LeakRef>,
}

pub const TEXT_SCHEMA: &str = "hush.eval.text";
pub const SPEECH_SCHEMA: &str = "hush.eval.speech";

/// `hush eval speech`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpeechReport {
    pub schema: String,
    pub version: u32,
    pub tool: String,
    pub set: String,
    pub model: String,
    pub policy: String,
    pub variants: Vec<VariantReport>,
}

/// One audio variant (wideband, telephone) of the spoken set.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VariantReport {
    pub variant: String,
    pub utterances: usize,
    pub audio_s: f64,
    pub wall_s: f64,
    /// Wall time over audio time.
    pub rtf: f64,
    /// Per kind: leak counts, and recall/precision by time overlap.
    pub families: Vec<Row>,
    pub micro: Row,
    pub survival: Survival,
    /// The reference's other numbers still there (absent from reports written before it).
    #[serde(default)]
    pub numbers: Survival,
    pub leaked: Vec<LeakRef>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct Survival {
    pub kept: usize,
    pub total: usize,
    pub rate: Option<f64>,
}

impl Survival {
    pub fn new(kept: usize, total: usize) -> Survival {
        Survival {
            kept,
            total,
            rate: (total > 0).then(|| kept as f64 / total as f64),
        }
    }
}

/// Writes `value` as pretty JSON, atomically (temp file, fsync, rename).
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<()> {
    let mut bytes = serde_json::to_vec_pretty(value)
        .map_err(|e| Error::output(path, format!("cannot serialize the report: {e}")))?;
    bytes.push(b'\n');
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    hush::output::write_all_atomic(&dir, &[(path.to_path_buf(), bytes)]).map(|_| ())
}

pub fn read_text_report(path: &Path) -> Result<TextReport> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, e.to_string()))?;
    let r: TextReport = serde_json::from_slice(&bytes)
        .map_err(|e| Error::input(path, format!("not a hush eval text report: {e}")))?;
    if r.schema != TEXT_SCHEMA {
        return Err(Error::input(path, format!("schema {:?}", r.schema)));
    }
    Ok(r)
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// The markdown table of one text report.
pub fn text_table(r: &TextReport) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "### {} on {} ({} texts, {} families)\n",
        r.tool, r.dataset, r.texts, r.scheme
    );
    let _ = writeln!(s, "| family | gold | recall | precision | F1 | leak rate |");
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|");
    for row in r.families.iter().chain(std::iter::once(&r.micro)) {
        let name = if row.family == "micro" {
            "**micro**".to_string()
        } else {
            row.family.clone()
        };
        let _ = writeln!(
            s,
            "| {name} | {} | {} | {} | {} | {} |",
            row.counts.gold,
            pct(row.recall),
            pct(row.precision),
            pct(row.f1),
            pct(row.leak_rate)
        );
    }
    let _ = writeln!(s);
    match r.ms_per_text {
        Some(ms) => {
            let _ = writeln!(s, "{ms:.2} ms/text (wall, one thread)");
        }
        None => {
            let _ = writeln!(s, "ms/text not reported");
        }
    }
    let _ = writeln!(
        s,
        "{} leaked of {} gold items; {} gold items of unscored labels skipped",
        r.micro.counts.leaked, r.micro.counts.gold, r.unscored_gold
    );
    s
}

/// Two text reports over the same dataset, side by side.
pub fn compare_tables(a: &TextReport, b: &TextReport) -> String {
    let mut s = String::new();
    let (na, nb) = (short_name(&a.tool), short_name(&b.tool));
    let _ = writeln!(
        s,
        "### {} vs {} on {} ({} texts)\n",
        a.tool, b.tool, a.dataset, a.texts
    );
    if a.texts != b.texts || a.dataset != b.dataset {
        let _ = writeln!(
            s,
            "**warning:** the reports cover different texts ({} {} vs {} {})\n",
            a.dataset, a.texts, b.dataset, b.texts
        );
    }
    let _ = writeln!(
        s,
        "| family | gold | recall {na} | recall {nb} | precision {na} | precision {nb} | F1 {na} | F1 {nb} | leak {na} | leak {nb} |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut names: Vec<&str> = a.families.iter().map(|r| r.family.as_str()).collect();
    for r in &b.families {
        if !names.contains(&r.family.as_str()) {
            names.push(&r.family);
        }
    }
    names.push("micro");
    let find = |r: &'_ TextReport, n: &str| -> Option<Row> {
        if n == "micro" {
            Some(r.micro.clone())
        } else {
            r.families.iter().find(|x| x.family == n).cloned()
        }
    };
    for n in names {
        let (ra, rb) = (find(a, n), find(b, n));
        let get = |r: &Option<Row>, f: fn(&Row) -> Option<f64>| pct(r.as_ref().and_then(f));
        let gold = ra.as_ref().or(rb.as_ref()).map_or(0, |r| r.counts.gold);
        let label = if n == "micro" { "**micro**" } else { n };
        let _ = writeln!(
            s,
            "| {label} | {gold} | {} | {} | {} | {} | {} | {} | {} | {} |",
            get(&ra, |r| r.recall),
            get(&rb, |r| r.recall),
            get(&ra, |r| r.precision),
            get(&rb, |r| r.precision),
            get(&ra, |r| r.f1),
            get(&rb, |r| r.f1),
            get(&ra, |r| r.leak_rate),
            get(&rb, |r| r.leak_rate),
        );
    }
    let _ = writeln!(s);
    let ms = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| format!("{v:.2}"));
    let _ = writeln!(
        s,
        "ms/text (wall, one thread): {na} {}, {nb} {}",
        ms(a.ms_per_text),
        ms(b.ms_per_text)
    );
    if let (Some(x), Some(y)) = (a.ms_per_text, b.ms_per_text) {
        if x > 0.0 {
            let _ = writeln!(s, "throughput {na}/{nb}: {:.2}x", y / x);
        }
    }
    s
}

/// "presidio 2.2.366 (spaCy ...)" → "presidio".
fn short_name(tool: &str) -> &str {
    tool.split_whitespace().next().unwrap_or(tool)
}

/// The markdown tables of a speech report.
pub fn speech_tables(r: &SpeechReport) -> String {
    let mut s = String::new();
    for v in &r.variants {
        let _ = writeln!(
            s,
            "### {} on {} / {} ({} utterances, {:.1} s audio, model {}, policy {})\n",
            r.tool, r.set, v.variant, v.utterances, v.audio_s, r.model, r.policy
        );
        let _ = writeln!(
            s,
            "| kind | items | leaked | leak rate | recall (time) | precision (time) |"
        );
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|");
        for row in v.families.iter().chain(std::iter::once(&v.micro)) {
            let name = if row.family == "micro" {
                "**all**".to_string()
            } else {
                row.family.clone()
            };
            let _ = writeln!(
                s,
                "| {name} | {} | {} | {} | {} | {} |",
                row.counts.gold,
                row.counts.leaked,
                pct(row.leak_rate),
                pct(row.recall),
                pct(row.precision)
            );
        }
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "ordinary-word survival {} ({} of {}); wall {:.1} s, RTF {:.3}",
            pct(v.survival.rate),
            v.survival.kept,
            v.survival.total,
            v.wall_s,
            v.rtf
        );
        let _ = writeln!(
            s,
            "ordinary numbers kept {} ({} of {})",
            pct(v.numbers.rate),
            v.numbers.kept,
            v.numbers.total
        );
        if v.leaked.is_empty() {
            let _ = writeln!(s, "no item leaked");
        } else {
            let _ = writeln!(s, "leaked items ({}):", v.leaked.len());
            for l in &v.leaked {
                let _ = writeln!(s, "- {} {} {}", v.variant, l.id, l.kind);
            }
        }
        let _ = writeln!(s);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(tool: &str, recalled: u64, ms: f64) -> TextReport {
        let c = Counts {
            gold: 10,
            recalled,
            tp: recalled,
            fp: 1,
            leaked: 10 - recalled,
            unchecked: 0,
        };
        TextReport {
            schema: TEXT_SCHEMA.into(),
            version: 1,
            tool: tool.into(),
            dataset: "d.json".into(),
            scheme: "presidio".into(),
            texts: 5,
            ms_per_text: Some(ms),
            families: vec![Row::new("PERSON", c)],
            micro: Row::new("micro", c),
            unscored_gold: 0,
            leaked: vec![],
        }
    }

    #[test]
    fn tables_render_rates_and_ratio() {
        let a = report("hush 0.1.0", 9, 2.0);
        let b = report("presidio 2.2", 5, 8.0);
        let t = text_table(&a);
        assert!(t.contains("| PERSON | 10 | 90.0% | 90.0% |"), "{t}");
        let c = compare_tables(&a, &b);
        assert!(c.contains("| PERSON | 10 | 90.0% | 50.0% |"), "{c}");
        assert!(c.contains("throughput hush/presidio: 4.00x"), "{c}");
    }

    #[test]
    fn json_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        write_json(&p, &report("hush", 9, 1.0)).unwrap();
        let r = read_text_report(&p).unwrap();
        assert_eq!(r.micro.counts.recalled, 9);
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
        assert_eq!(v["micro"]["gold"], 10, "counts are flattened into the row");
    }
}
