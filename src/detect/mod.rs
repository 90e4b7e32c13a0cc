//! Detection: find personal data in transcript words.
//!
//! Two families of detectors run over the same words: rule [`recognizers`] (regexes over a
//! [`normalize`]d view, each with a validator such as Luhn or mod-97) and the ONNX NER model
//! ([`ner`]). Their findings are merged ([`merge`]) so that overlapping entities resolve to the most
//! confident one. [`stream`] runs this incrementally over segments as they arrive, holding back
//! words that could still turn out to be part of an entity.

pub mod entity;
pub mod merge;
pub mod ner;
pub mod normalize;
pub mod recognizers;
pub mod stream;
pub mod validators;

pub use entity::{DetectorKind, Entity, EntityKind};
pub use stream::StreamDetector;

use crate::error::Result;
use ner::NerModel;
use recognizers::Recognizer;

/// Rules plus the NER model, over a list of words.
pub struct Detector {
    rules: Vec<Box<dyn Recognizer>>,
    ner: NerModel,
}

impl Detector {
    pub fn new(ner: NerModel) -> Detector {
        Detector {
            rules: recognizers::default_recognizers(),
            ner,
        }
    }

    /// Entities over `words`, merged so they do not overlap.
    pub fn detect<S: AsRef<str>>(&mut self, words: &[S]) -> Result<Vec<Entity>> {
        let mut found = recognizers::recognize(&self.rules, words);
        found.extend(self.ner.find(words)?);
        Ok(merge::merge(found))
    }
}
