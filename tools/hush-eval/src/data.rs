//! The labelled sets and prediction files the evaluation reads.
//!
//! - the Presidio synthetic dataset: a JSON list of `{full_text, spans: [{entity_type,
//!   entity_value, start_position, end_position}]}`, offsets in characters (Python string
//!   indices);
//! - the spoken set's `manifest.json` (schema 1): utterances with their reference text, audio
//!   under `<set>/<variant dir>/<id>.flac`, and items with character offsets into the text, time
//!   offsets into the audio, and the digits and words that identify them;
//! - a predictions file another tool wrote over the same texts (`{tool, texts: [{index, ms,
//!   spans: [{start, end, type, score}]}]}`), so one scorer judges every tool.
//!
//! All offsets are characters, not bytes.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use hush::error::{Error, Result};

/// One labelled text, for text-mode scoring.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Stable name for reports: the dataset index, or the utterance id.
    pub id: String,
    pub text: String,
    pub gold: Vec<DocItem>,
}

/// A gold item of a [`Doc`].
#[derive(Debug, Clone, PartialEq)]
pub struct DocItem {
    /// Char range in the text.
    pub span: Range<usize>,
    pub label: String,
    /// For spoken-set texts, the digits and words that must not be readable (the text says them
    /// as words, "four one five", so the characters alone cannot tell).
    pub content: Option<(String, Vec<String>)>,
}

impl DocItem {
    pub fn new(span: Range<usize>, label: &str) -> DocItem {
        DocItem {
            span,
            label: label.to_string(),
            content: None,
        }
    }
}

#[derive(Deserialize)]
struct PresidioRecord {
    full_text: String,
    #[serde(default)]
    spans: Vec<PresidioSpan>,
}

#[derive(Deserialize)]
struct PresidioSpan {
    entity_type: String,
    start_position: usize,
    end_position: usize,
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::input(path, e.to_string()))
}

/// Loads the Presidio synthetic dataset.
pub fn load_presidio(path: &Path) -> Result<Vec<Doc>> {
    let records: Vec<PresidioRecord> = serde_json::from_slice(&read(path)?)
        .map_err(|e| Error::input(path, format!("not a Presidio dataset: {e}")))?;
    Ok(records
        .into_iter()
        .enumerate()
        .map(|(i, r)| Doc {
            id: i.to_string(),
            gold: r
                .spans
                .into_iter()
                .map(|s| DocItem::new(s.start_position..s.end_position, &s.entity_type))
                .collect(),
            text: r.full_text,
        })
        .collect())
}

/// `samples/spoken/manifest.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Manifest {
    pub schema: u32,
    pub variants: BTreeMap<String, Variant>,
    pub utterances: Vec<Utterance>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Variant {
    pub dir: String,
    #[serde(default)]
    pub sample_rate: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Utterance {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub duration_ms: u64,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub kind: String,
    #[serde(default)]
    pub value: String,
    #[serde(default)]
    pub digits: String,
    #[serde(default)]
    pub words: Vec<String>,
    pub char_start: usize,
    pub char_end: usize,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Per-variant gold spans `[start_ms, end_ms]`, for sets whose variants differ in timing
    /// (other voices, faster speech: target/heldout2). A variant not listed uses
    /// `start_ms..end_ms`.
    #[serde(default)]
    pub spans: BTreeMap<String, [u64; 2]>,
}

impl Item {
    /// The item's gold time span in `variant`.
    pub fn span_ms(&self, variant: &str) -> Range<u64> {
        match self.spans.get(variant) {
            Some([s, e]) => *s..*e,
            None => self.start_ms..self.end_ms,
        }
    }

    /// The item's range in `text` in characters. The manifest gives byte offsets (the same for
    /// its ASCII texts); an offset inside a character counts that character.
    pub fn chars(&self, text: &str) -> Range<usize> {
        let to_char = |b: usize| {
            let b = b.min(text.len());
            text.char_indices().take_while(|(i, _)| *i < b).count()
        };
        to_char(self.char_start)..to_char(self.char_end)
    }

    /// `<utterance id>#<n>`: how reports name an item.
    pub fn ref_id(utt: &Utterance, n: usize) -> String {
        format!("{}#{n}", utt.id)
    }
}

/// A spoken set on disk: its directory and manifest.
pub struct SpokenSet {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

impl SpokenSet {
    /// `path` is the set's directory or its `manifest.json`.
    pub fn load(path: &Path) -> Result<SpokenSet> {
        let (dir, file) = if path.is_dir() {
            (path.to_path_buf(), path.join("manifest.json"))
        } else {
            (
                path.parent().unwrap_or(Path::new(".")).to_path_buf(),
                path.to_path_buf(),
            )
        };
        let manifest: Manifest = serde_json::from_slice(&read(&file)?)
            .map_err(|e| Error::input(&file, format!("not a spoken-set manifest: {e}")))?;
        if manifest.schema != 1 {
            return Err(Error::input(
                &file,
                format!("manifest schema {} (expected 1)", manifest.schema),
            ));
        }
        Ok(SpokenSet { dir, manifest })
    }

    /// The reference texts as labelled docs.
    pub fn docs(&self) -> Vec<Doc> {
        self.manifest
            .utterances
            .iter()
            .map(|u| Doc {
                id: u.id.clone(),
                text: u.text.clone(),
                gold: u
                    .items
                    .iter()
                    .map(|it| DocItem {
                        span: it.chars(&u.text),
                        label: it.kind.clone(),
                        content: Some((it.digits.clone(), it.words.clone())),
                    })
                    .collect(),
            })
            .collect()
    }

    /// The audio file of `utt` in `variant`.
    pub fn audio(&self, variant: &str, utt: &Utterance) -> Result<PathBuf> {
        let v = self.manifest.variants.get(variant).ok_or_else(|| {
            Error::usage(
                "--variant",
                format!(
                    "the set has no variant {variant:?} (it has {})",
                    self.manifest
                        .variants
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?;
        Ok(self.dir.join(&v.dir).join(format!("{}.flac", utt.id)))
    }
}

/// Predictions another tool wrote over a list of texts (same order as the dataset).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PredictionsFile {
    pub tool: String,
    pub texts: Vec<TextPredictions>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TextPredictions {
    pub index: usize,
    #[serde(default)]
    pub ms: f64,
    #[serde(default)]
    pub spans: Vec<PredictedSpan>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PredictedSpan {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub score: f64,
}

pub fn load_predictions(path: &Path) -> Result<PredictionsFile> {
    serde_json::from_slice(&read(path)?)
        .map_err(|e| Error::input(path, format!("not a predictions file: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_spoken_schema() {
        let dir = tempfile::tempdir().unwrap();
        let m = r#"{"schema":1,
          "variants":{"wb":{"dir":"wb","sample_rate":16000},"tel":{"dir":"tel","sample_rate":8000}},
          "utterances":[{"id":"card_words_01","text":"My card number is four five","duration_ms":9000,
            "tags":["card"],"items":[{"kind":"CREDIT_CARD","value":"45","digits":"45","words":[],
            "char_start":18,"char_end":27,"start_ms":1465,"end_ms":6609}]}]}"#;
        std::fs::write(dir.path().join("manifest.json"), m).unwrap();
        let set = SpokenSet::load(dir.path()).unwrap();
        let u = &set.manifest.utterances[0];
        assert_eq!(u.items[0].digits, "45");
        assert_eq!(
            set.audio("tel", u).unwrap(),
            dir.path().join("tel/card_words_01.flac")
        );
        assert!(set.audio("hifi", u).is_err());
        let g = &set.docs()[0].gold[0];
        assert_eq!((g.span.clone(), g.label.as_str()), (18..27, "CREDIT_CARD"));
        assert_eq!(g.content, Some(("45".to_string(), vec![])));
    }

    #[test]
    fn byte_offsets_become_char_offsets() {
        let it: Item = serde_json::from_str(
            r#"{"kind":"PERSON","char_start":5,"char_end":11,"start_ms":0,"end_ms":1}"#,
        )
        .unwrap();
        assert_eq!(it.chars("I am Zoë X"), 5..10, "ë is two bytes");
        assert_eq!(it.chars("I am Anna"), 5..9, "clamped to the text");
    }

    #[test]
    fn variants_with_their_own_timing_have_their_own_spans() {
        let it: Item = serde_json::from_str(
            r#"{"kind":"CVV","char_start":0,"char_end":3,"start_ms":100,"end_ms":900,
                "spans":{"joe_fast":[80,720],"esp_us":[120,1010]}}"#,
        )
        .unwrap();
        assert_eq!(it.span_ms("joe_fast"), 80..720);
        assert_eq!(it.span_ms("esp_us"), 120..1010);
        assert_eq!(it.span_ms("joe"), 100..900, "unlisted: the item's own span");
    }

    #[test]
    fn parses_presidio_records() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.json");
        std::fs::write(
            &p,
            r#"[{"full_text":"I am Ana","spans":[{"entity_type":"PERSON","entity_value":"Ana","start_position":5,"end_position":8}],"template_id":1}]"#,
        )
        .unwrap();
        let d = load_presidio(&p).unwrap();
        assert_eq!(d[0].gold, vec![DocItem::new(5..8, "PERSON")]);
    }
}
