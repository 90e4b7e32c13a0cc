//! Calls mode: run the whole pipeline over two-party call recordings (stereo: agent and caller
//! on their own channels; mono: both voices on one) and score what it wrote.
//!
//! The calls manifest is the one `scripts/make_call_samples.py` and `scripts/make_heldout.py`
//! write (`samples/calls/manifest.json`, `target/heldout2/calls/manifest.json`): per file its
//! channel count, turns (channel, reference text, time span) and PII items (kind, digits, words,
//! channel, turn, gold time span). Each file runs through [`Pipeline::run_file_with_stats`]
//! exactly as `hush redact --speakers agent,caller` runs it, and only the redacted transcript is
//! judged, with the rules of speech mode ([`super::speech`]):
//!
//! - **leak**: whether an item's digits or words can still be read in the redacted transcript
//!   ([`LeakText`]); each channel's words form their own runs ([`channel_runs`]), so nothing is
//!   read across the two parties, and a value said in pieces over several turns is one item per
//!   piece, each of which must not be readable;
//! - **recall / precision by time**: entities against gold items by millisecond overlap, on the
//!   item's own channel for stereo files;
//! - **ordinary-word survival** over every turn's reference text.
//!
//! Files are grouped by layout (`stereo`, `mono`), each reported like a speech-mode variant.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use super::families::Scheme;
use super::leak::{number_survival, survival};
use super::report::{LeakRef, Survival, VariantReport};
use super::score::{score_doc, GoldItem, Pred, Tally};
use super::speech;
use hush::error::{Error, Result};
use hush::redact::leak::LeakText;
use hush::redact::RedactedSegment;
use hush::runtime::Pipeline;

/// A calls manifest (schema 1).
#[derive(Debug, Clone, Deserialize)]
pub struct CallsManifest {
    pub schema: u32,
    pub files: Vec<CallFile>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CallFile {
    pub file: String,
    pub channels: u16,
    #[serde(default)]
    pub duration_ms: u64,
    pub turns: Vec<Turn>,
    #[serde(default)]
    pub items: Vec<CallItem>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Turn {
    pub channel: u16,
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CallItem {
    pub kind: String,
    #[serde(default)]
    pub digits: String,
    #[serde(default)]
    pub words: Vec<String>,
    pub channel: u16,
    pub turn: usize,
    /// Byte offsets into the turn's text (ASCII), when the manifest gives them.
    #[serde(default)]
    pub char_start: Option<usize>,
    #[serde(default)]
    pub char_end: Option<usize>,
    pub start_ms: u64,
    pub end_ms: u64,
}

impl CallFile {
    /// `stereo` for two or more channels, `mono` otherwise.
    pub fn layout(&self) -> &'static str {
        if self.channels >= 2 {
            "stereo"
        } else {
            "mono"
        }
    }

    /// `<file>#<n>`: how reports name an item.
    pub fn ref_id(&self, n: usize) -> String {
        format!("{}#{n}", self.file)
    }

    /// The turns' reference texts joined by spaces, and each item's char range in it (items
    /// without offsets get none: their words then count as ordinary words).
    pub fn reference(&self) -> (String, Vec<Range<usize>>) {
        let mut text = String::new();
        let mut starts = Vec::new();
        for t in &self.turns {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.chars().count());
            text.push_str(&t.text);
        }
        let spans = self
            .items
            .iter()
            .filter_map(|it| {
                let turn = self.turns.get(it.turn)?;
                let (s, e) = (it.char_start?, it.char_end?);
                let to_char =
                    |b: usize| turn.text.char_indices().take_while(|(i, _)| *i < b).count();
                Some(starts[it.turn] + to_char(s)..starts[it.turn] + to_char(e))
            })
            .collect();
        (text, spans)
    }
}

/// A calls set on disk: its directory and manifest.
pub struct CallSet {
    pub dir: PathBuf,
    pub manifest: CallsManifest,
}

impl CallSet {
    /// `path` is the set's directory or its `manifest.json`.
    pub fn load(path: &Path) -> Result<CallSet> {
        let (dir, file) = if path.is_dir() {
            (path.to_path_buf(), path.join("manifest.json"))
        } else {
            (
                path.parent().unwrap_or(Path::new(".")).to_path_buf(),
                path.to_path_buf(),
            )
        };
        let bytes = std::fs::read(&file).map_err(|e| Error::input(&file, e.to_string()))?;
        let manifest: CallsManifest = serde_json::from_slice(&bytes)
            .map_err(|e| Error::input(&file, format!("not a calls manifest: {e}")))?;
        if manifest.schema != 1 {
            return Err(Error::input(
                &file,
                format!("manifest schema {} (expected 1)", manifest.schema),
            ));
        }
        for f in &manifest.files {
            if let Some(it) = f.items.iter().find(|it| it.turn >= f.turns.len()) {
                return Err(Error::input(
                    &file,
                    format!(
                        "{}: an item names turn {} of {}",
                        f.file,
                        it.turn,
                        f.turns.len()
                    ),
                ));
            }
        }
        Ok(CallSet { dir, manifest })
    }

    /// The files of each layout, layouts in name order (mono, stereo).
    pub fn by_layout(&self) -> BTreeMap<&'static str, Vec<&CallFile>> {
        let mut out: BTreeMap<&'static str, Vec<&CallFile>> = BTreeMap::new();
        for f in &self.manifest.files {
            out.entry(f.layout()).or_default().push(f);
        }
        out
    }
}

/// The plain (unredacted) words of a transcript per channel, in time order within a channel,
/// split wherever a replacement stood and wherever the channel changes.
pub fn channel_runs(segments: &[RedactedSegment]) -> Vec<Vec<&str>> {
    let mut order: Vec<&RedactedSegment> = segments.iter().collect();
    order.sort_by_key(|s| (s.channel, s.start_ms)); // stable: ties keep the pipeline's order
    speech::runs_of(order, true)
}

/// What one call's transcript gave: per item whether it leaked, and the survival counts.
pub struct CallScore {
    pub leaked: Vec<bool>,
    pub kept: usize,
    pub total: usize,
    /// The reference's other numbers: kept, and said.
    pub numbers: (usize, usize),
}

/// Scores one call's redacted transcript against its gold (leaks, time recall into `tally`).
pub fn score_call(
    scheme: &Scheme,
    file: &CallFile,
    segments: &[RedactedSegment],
    tally: &mut Tally,
) -> CallScore {
    let stereo = file.channels >= 2;
    let channels: Vec<u16> = if stereo {
        let mut c: Vec<u16> = file.turns.iter().map(|t| t.channel).collect();
        c.sort_unstable();
        c.dedup();
        c
    } else {
        vec![0]
    };
    for ch in channels {
        let gold: Vec<GoldItem> = file
            .items
            .iter()
            .filter(|it| !stereo || it.channel == ch)
            .map(|it| GoldItem {
                span: it.start_ms..it.end_ms,
                family: scheme.family_of_label(&it.kind),
            })
            .collect();
        let preds: Vec<Pred> = segments
            .iter()
            .filter(|s| !stereo || s.channel == ch)
            .flat_map(|s| &s.entities)
            .map(|e| Pred {
                span: e.start_ms..e.end_ms,
                kind: Some(e.kind),
            })
            .collect();
        score_doc(scheme, &gold, &preds, tally);
    }
    let runs = channel_runs(segments);
    let spoken = LeakText::from_runs(&runs);
    let mut leaked = Vec::with_capacity(file.items.len());
    for it in &file.items {
        let family = scheme.family_of_label(&it.kind);
        let checkable = it.digits.bytes().any(|b| b.is_ascii_digit())
            || it.words.iter().any(|w| !w.trim().is_empty());
        let leaks = checkable && spoken.leaks_item(&it.digits, &it.words);
        if let Some(f) = family {
            if !checkable {
                tally.per_family[f].unchecked += 1;
            } else if leaks {
                tally.per_family[f].leaked += 1;
            }
        }
        leaked.push(leaks && family.is_some());
    }
    let (text, spans) = file.reference();
    let words: Vec<&str> = runs.iter().flatten().copied().collect();
    let (kept, total) = survival(&text, &spans, &words);
    CallScore {
        leaked,
        kept,
        total,
        numbers: number_survival(&text, &spans, &runs),
    }
}

/// Runs and scores the calls of one layout. `progress` gets each file's name, audio and wall
/// seconds, and its leaked item count.
pub fn evaluate_layout(
    pipeline: &Pipeline,
    set: &CallSet,
    layout: &str,
    files: &[&CallFile],
    mut progress: impl FnMut(&str, f64, Duration, usize, usize),
) -> Result<VariantReport> {
    let scheme = Scheme::spoken();
    let mut tally = Tally::new(&scheme);
    let mut leaked = Vec::new();
    let (mut kept, mut total) = (0usize, 0usize);
    let (mut nums_kept, mut nums) = (0usize, 0usize);
    let mut audio_s = 0.0;
    let mut wall = Duration::ZERO;
    for f in files {
        let (t, stats) = pipeline.run_file_with_stats(&set.dir.join(&f.file))?;
        audio_s += t.source.duration_s;
        wall += stats.wall;
        let s = score_call(&scheme, f, &t.segments, &mut tally);
        for (n, _) in s.leaked.iter().enumerate().filter(|(_, l)| **l) {
            let family = scheme.family_of_label(&f.items[n].kind).map_or_else(
                || f.items[n].kind.clone(),
                |i| scheme.families[i].name.clone(),
            );
            leaked.push(LeakRef {
                id: f.ref_id(n),
                kind: family,
            });
        }
        kept += s.kept;
        total += s.total;
        nums_kept += s.numbers.0;
        nums += s.numbers.1;
        let n_leaked = s.leaked.iter().filter(|l| **l).count();
        progress(
            &f.file,
            t.source.duration_s,
            stats.wall,
            f.items.len(),
            n_leaked,
        );
    }
    Ok(speech::variant_report(
        layout,
        files.len(),
        (audio_s, wall),
        (&scheme, &tally),
        (Survival::new(kept, total), Survival::new(nums_kept, nums)),
        leaked,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hush::detect::{DetectorKind, EntityKind};
    use hush::redact::{RedactedEntity, RedactedWord};

    const MANIFEST: &str = r#"{"schema":1,"files":[
      {"file":"c.wav","channels":2,"duration_ms":5000,
       "turns":[{"channel":0,"text":"And the code on the back?","start_ms":0,"end_ms":1500},
                {"channel":1,"text":"It's four two six.","start_ms":2000,"end_ms":3000}],
       "items":[{"kind":"CVV","value":"426","digits":"426","words":[],"channel":1,"turn":1,
                 "char_start":5,"char_end":17,"start_ms":2300,"end_ms":3000}]},
      {"file":"c_mono.wav","channels":1,
       "turns":[{"channel":0,"text":"And the code on the back?","start_ms":0,"end_ms":1500},
                {"channel":0,"text":"It's four two six.","start_ms":2000,"end_ms":3000}],
       "items":[{"kind":"CVV","digits":"426","channel":0,"turn":1,"start_ms":2300,"end_ms":3000}]}
    ]}"#;

    fn set() -> (tempfile::TempDir, CallSet) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("manifest.json"), MANIFEST).unwrap();
        let set = CallSet::load(dir.path()).unwrap();
        (dir, set)
    }

    fn word(text: &str, ms: u64, entity: Option<usize>) -> RedactedWord {
        RedactedWord {
            text: text.into(),
            start_ms: ms,
            end_ms: ms + 200,
            entity,
        }
    }

    fn seg(channel: u16, start_ms: u64, words: Vec<RedactedWord>) -> RedactedSegment {
        let entities = words
            .iter()
            .filter(|w| w.entity.is_some())
            .map(|w| RedactedEntity {
                kind: EntityKind::Cvv,
                detector: DetectorKind::Rule("test"),
                score: 1.0,
                start_ms: w.start_ms,
                end_ms: w.end_ms,
                audio_start_ms: w.start_ms,
                audio_end_ms: w.end_ms,
                char_start: 0,
                char_end: 0,
                operator: "tag".into(),
                placed: true,
            })
            .collect();
        RedactedSegment {
            id: 0,
            channel,
            speaker: None,
            start_ms,
            end_ms: start_ms + 1000,
            text: String::new(),
            words,
            entities,
            confidence: None,
        }
    }

    #[test]
    fn loads_layouts_and_reference_spans() {
        let (_d, set) = set();
        let by = set.by_layout();
        assert_eq!(by["stereo"].len(), 1);
        assert_eq!(by["mono"].len(), 1);
        let (text, spans) = by["stereo"][0].reference();
        assert_eq!(text, "And the code on the back? It's four two six.");
        assert_eq!(&text[spans[0].clone()], "four two six");
        // Without offsets, no item span.
        assert!(by["mono"][0].reference().1.is_empty());
    }

    #[test]
    fn an_item_naming_a_missing_turn_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let bad = MANIFEST.replace("\"turn\":1,\"start_ms\"", "\"turn\":7,\"start_ms\"");
        std::fs::write(dir.path().join("manifest.json"), bad).unwrap();
        assert!(CallSet::load(dir.path()).is_err());
    }

    #[test]
    fn runs_never_join_the_two_channels() {
        // Agent "four" at the end of its turn, caller "two six" next: no "426" across channels.
        let segs = [
            seg(
                1,
                2000,
                vec![word("two", 2000, None), word("six", 2200, None)],
            ),
            seg(0, 0, vec![word("back", 0, None), word("four", 1300, None)]),
        ];
        assert_eq!(
            channel_runs(&segs),
            vec![vec!["back", "four"], vec!["two", "six"]]
        );
    }

    #[test]
    fn a_redacted_answer_is_found_and_does_not_leak() {
        let (_d, set) = set();
        let f = set.by_layout()["stereo"][0].clone();
        let scheme = Scheme::spoken();
        let agent = seg(
            0,
            0,
            "and the code on the back"
                .split(' ')
                .map(|w| word(w, 0, None))
                .collect(),
        );
        let redacted = [
            agent.clone(),
            seg(
                1,
                2000,
                vec![word("It's", 2000, None), word("[CVV]", 2400, Some(0))],
            ),
        ];
        let mut tally = Tally::new(&scheme);
        let s = score_call(&scheme, &f, &redacted, &mut tally);
        assert_eq!(s.leaked, vec![false]);
        assert_eq!((s.kept, s.total), (7, 7), "and the code on the back it's");
        assert_eq!(tally.micro().recalled, 1);

        let plain = [
            agent,
            seg(
                1,
                2000,
                vec![word("It's", 2000, None), word("426.", 2400, None)],
            ),
        ];
        let mut tally = Tally::new(&scheme);
        let s = score_call(&scheme, &f, &plain, &mut tally);
        assert_eq!(s.leaked, vec![true]);
        assert_eq!((tally.micro().leaked, tally.micro().recalled), (1, 0));
    }

    #[test]
    fn stereo_recall_needs_the_item_channel() {
        let (_d, set) = set();
        let f = set.by_layout()["stereo"][0].clone();
        let scheme = Scheme::spoken();
        // An entity at the right time but on the agent's channel does not recall the item.
        let wrong = [seg(0, 2000, vec![word("[CVV]", 2400, Some(0))])];
        let mut tally = Tally::new(&scheme);
        score_call(&scheme, &f, &wrong, &mut tally);
        assert_eq!(tally.micro().recalled, 0);
    }
}
