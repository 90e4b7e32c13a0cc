//! The ONNX token-classification model (Rampart, a 6-layer uncased BERT) through ONNX Runtime.
//!
//! ONNX Runtime is loaded dynamically from the pinned library that setup installs (never
//! downloaded at run time). The model is uncased, which suits ASR text: Whisper's casing and
//! punctuation are unreliable, so we feed the words exactly as transcribed and let the
//! tokenizer lower-case them. Labels are decoded per word (the most confident non-`O` sub-token
//! wins, so a name split into word pieces is still caught) and mapped onto [`EntityKind`].

use std::ops::Range;
use std::path::Path;
use std::sync::Mutex;

use ort::session::Session;
use ort::value::Tensor;
use tokenizers::Tokenizer;

use super::{DetectorKind, Entity, EntityKind};
use crate::error::{Error, Result};

/// Tokens per model call, leaving room for `[CLS]` and `[SEP]` in the 512-token window.
const MAX_TOKENS: usize = 510;
/// Tokens shared by consecutive windows so an entity on a window edge keeps its context.
const OVERLAP: usize = 64;

/// Maps the model's label (without its B-/I- prefix) to the public taxonomy.
pub fn map_label(label: &str) -> Option<EntityKind> {
    Some(match label {
        "GIVEN_NAME" | "SURNAME" => EntityKind::Person,
        "EMAIL" => EntityKind::Email,
        "PHONE" => EntityKind::Phone,
        "URL" => EntityKind::Url,
        "TAX_ID" | "GOVERNMENT_ID" => EntityKind::IdNumber,
        "PASSPORT" => EntityKind::Passport,
        "DRIVERS_LICENSE" => EntityKind::DriverLicense,
        "BANK_ACCOUNT" => EntityKind::BankAccount,
        "ROUTING_NUMBER" => EntityKind::RoutingNumber,
        "BUILDING_NUMBER" | "STREET_NAME" | "SECONDARY_ADDRESS" => EntityKind::Address,
        "CITY" | "STATE" => EntityKind::Location,
        "ZIP_CODE" => EntityKind::Zip,
        _ => return None,
    })
}

/// The loaded model. Shared by every session of a [`crate::detect::Detector`]: ONNX Runtime
/// needs `&mut` to run a session, so runs take turns on a lock.
pub struct NerModel {
    session: Mutex<Session>,
    tokenizer: Tokenizer,
    /// Per label id: the public kind (None for `O`) and whether it is a `B-` label.
    labels: Vec<(Option<EntityKind>, bool)>,
    input_names: Vec<String>,
    cls: u32,
    sep: u32,
    pub threshold: f32,
}

/// One word's model verdict.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordLabel {
    pub kind: Option<EntityKind>,
    pub begin: bool,
    pub score: f32,
}

impl NerModel {
    pub fn load(
        onnxruntime: &Path,
        model: &Path,
        tokenizer: &Path,
        config: &Path,
    ) -> Result<NerModel> {
        // Loads ONNX Runtime first: a missing library is reported before the model files.
        crate::onnx::environment(onnxruntime)?;
        let cfg: serde_json::Value = std::fs::read(config)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
            .map_err(|e| Error::model("rampart-config", format!("{}: {e}", config.display())))?;
        let id2label = cfg["id2label"]
            .as_object()
            .ok_or_else(|| Error::model("rampart-config", "no id2label map"))?;
        let mut labels = vec![(None, false); id2label.len()];
        for (id, label) in id2label {
            let id: usize = id
                .parse()
                .map_err(|_| Error::model("rampart-config", "bad label id"))?;
            let label = label.as_str().unwrap_or("O");
            let (begin, name) = match label.split_once('-') {
                Some(("B", n)) => (true, n),
                Some((_, n)) => (false, n),
                None => (false, label),
            };
            if id < labels.len() {
                labels[id] = (map_label(name), begin);
            }
        }
        let tokenizer = Tokenizer::from_file(tokenizer).map_err(|e| {
            Error::model("rampart-tokenizer", format!("{}: {e}", tokenizer.display()))
        })?;
        let cls = tokenizer
            .token_to_id("[CLS]")
            .ok_or_else(|| Error::model("rampart-tokenizer", "no [CLS]"))?;
        let sep = tokenizer
            .token_to_id("[SEP]")
            .ok_or_else(|| Error::model("rampart-tokenizer", "no [SEP]"))?;
        let session = crate::onnx::single_thread_session(
            onnxruntime,
            "rampart-ner",
            crate::onnx::ModelBytes::File(model),
        )?;
        let input_names = session
            .inputs()
            .iter()
            .map(|i| i.name().to_string())
            .collect();
        Ok(NerModel {
            session: Mutex::new(session),
            tokenizer,
            labels,
            input_names,
            cls,
            sep,
            threshold: 0.5,
        })
    }

    /// Labels each word. `words` are joined with single spaces, exactly as transcribed.
    pub fn label_words<S: AsRef<str>>(&self, words: &[S]) -> Result<Vec<WordLabel>> {
        let mut text = String::new();
        let mut spans: Vec<Range<usize>> = Vec::with_capacity(words.len());
        for w in words {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(w.as_ref());
            spans.push(start..text.len());
        }
        let none = WordLabel {
            kind: None,
            begin: false,
            score: 0.0,
        };
        let mut out = vec![none; words.len()];
        if text.trim().is_empty() {
            return Ok(out);
        }
        let enc = self
            .tokenizer
            .encode(text.as_str(), false)
            .map_err(|e| Error::Detect(format!("tokenizer failed: {e}")))?;
        let ids = enc.get_ids();
        // Token -> word, from byte offsets.
        let mut tok_word = Vec::with_capacity(ids.len());
        let mut w = 0usize;
        for &(start, _) in enc.get_offsets() {
            while w + 1 < spans.len() && start > spans[w].end {
                w += 1;
            }
            tok_word.push(w);
        }
        let mut start = 0usize;
        loop {
            let end = (start + MAX_TOKENS).min(ids.len());
            let probs = self.run_window(&ids[start..end])?;
            // In the overlap, the later window (more left context) takes over from its middle on.
            let keep_from = if start == 0 { 0 } else { start + OVERLAP / 2 };
            for (i, p) in probs.iter().enumerate() {
                let t = start + i;
                if t < keep_from {
                    continue;
                }
                let (label, score) = p;
                let (kind, begin) = self.labels.get(*label).copied().unwrap_or((None, false));
                let slot = &mut out[tok_word[t]];
                // Most confident non-O piece of the word decides; a word once claimed by an
                // earlier window edge is re-decided by the later window.
                if kind.is_some()
                    && *score >= self.threshold
                    && (slot.kind.is_none() || *score > slot.score)
                {
                    *slot = WordLabel {
                        kind,
                        begin,
                        score: *score,
                    };
                }
            }
            if end == ids.len() {
                break;
            }
            start = end - OVERLAP;
        }
        Ok(out)
    }

    /// Runs one window; returns (argmax label, its probability) per token.
    fn run_window(&self, ids: &[u32]) -> Result<Vec<(usize, f32)>> {
        let n = ids.len() + 2;
        let mut input_ids = Vec::with_capacity(n);
        input_ids.push(self.cls as i64);
        input_ids.extend(ids.iter().map(|&i| i as i64));
        input_ids.push(self.sep as i64);
        let err = |e: ort::Error| Error::Detect(format!("NER model failed: {e}"));
        let mut inputs: Vec<(String, ort::value::DynValue)> = Vec::new();
        for name in &self.input_names {
            let data = match name.as_str() {
                "input_ids" => input_ids.clone(),
                "attention_mask" => vec![1i64; n],
                "token_type_ids" => vec![0i64; n],
                other => {
                    return Err(Error::Detect(format!(
                        "NER model wants unknown input {other}"
                    )))
                }
            };
            let t = Tensor::from_array(([1usize, n], data)).map_err(err)?;
            inputs.push((name.clone(), t.into_dyn()));
        }
        // A run that panicked leaves nothing half-written in the session: keep using it.
        let mut session = self.session.lock().unwrap_or_else(|e| e.into_inner());
        let outputs = session.run(inputs).map_err(err)?;
        let (shape, logits) = outputs[0].try_extract_tensor::<f32>().map_err(err)?;
        let n_labels = *shape.last().unwrap_or(&0) as usize;
        if n_labels == 0 || logits.len() != n * n_labels {
            return Err(Error::Detect(
                "NER model returned an unexpected shape".into(),
            ));
        }
        let mut out = Vec::with_capacity(ids.len());
        for row in logits.chunks(n_labels).skip(1).take(ids.len()) {
            let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let sum: f32 = row.iter().map(|x| (x - max).exp()).sum();
            let (best, val) = row
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(i, v)| (i, *v))
                .unwrap_or((0, 0.0));
            out.push((best, (val - max).exp() / sum));
        }
        Ok(out)
    }

    /// Runs the model over `words` and groups labelled words into entities.
    pub fn find<S: AsRef<str>>(&self, words: &[S]) -> Result<Vec<Entity>> {
        Ok(group(&self.label_words(words)?))
    }
}

/// Groups consecutive words of the same kind into one entity. Given and family names are both
/// `PERSON`, so "sarah johnson" becomes one entity even though the model says B-GIVEN_NAME,
/// B-SURNAME.
pub fn group(labels: &[WordLabel]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut scores: Vec<f32> = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let Some(kind) = l.kind else { continue };
        match out.last_mut() {
            Some(e) if e.kind == kind && e.words.end == i => {
                e.words.end = i + 1;
                scores.push(l.score);
                e.score = scores.iter().sum::<f32>() / scores.len() as f32;
            }
            _ => {
                scores = vec![l.score];
                out.push(Entity {
                    kind,
                    words: i..i + 1,
                    score: l.score,
                    detector: DetectorKind::Ner,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_map_to_public_kinds() {
        assert_eq!(map_label("GIVEN_NAME"), Some(EntityKind::Person));
        assert_eq!(map_label("SURNAME"), Some(EntityKind::Person));
        assert_eq!(map_label("STREET_NAME"), Some(EntityKind::Address));
        assert_eq!(map_label("ZIP_CODE"), Some(EntityKind::Zip));
        assert_eq!(map_label("O"), None);
    }

    #[test]
    fn grouping_joins_adjacent_same_kind() {
        let p = |k: Option<EntityKind>| WordLabel {
            kind: k,
            begin: true,
            score: 0.9,
        };
        let labels = [
            p(None),
            p(Some(EntityKind::Person)),
            p(Some(EntityKind::Person)),
            p(None),
            p(Some(EntityKind::Location)),
        ];
        let g = group(&labels);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].words, 1..3);
        assert_eq!(g[1].kind, EntityKind::Location);
    }
}
