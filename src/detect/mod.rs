//! Detection: find personal data in transcript words.
//!
//! Two families of detectors run over the same words: rule [`recognizers`] (regexes over a
//! [`normalize`]d view, each with a validator such as Luhn or mod-97) and the ONNX NER model
//! ([`ner`]). Person names get a third pass ([`names`]: cue phrases, spelled names, re-mentions,
//! allow/deny lists) because the model misses many names in lower-case, unpunctuated ASR text.
//! Their findings are merged ([`merge`]) so that overlapping entities resolve to the most
//! confident one. [`stream`] runs this incrementally over segments as they arrive, holding back
//! words that could still turn out to be part of an entity.

pub mod entity;
pub mod merge;
pub mod names;
pub mod ner;
pub mod normalize;
pub mod recognizers;
pub mod stream;
pub mod validators;

pub use entity::{DetectorKind, Entity, EntityKind};
pub use stream::StreamDetector;

use crate::error::Result;
use names::{NameLists, Names};
use ner::NerModel;
use recognizers::Recognizer;

/// What a policy can change about detection.
#[derive(Debug, Clone)]
pub struct DetectOptions {
    /// Minimum NER confidence for a word to count as personal data.
    pub ner_threshold: f32,
    /// Also report every digit run of 3 or more inside a payment context (the `pci` preset).
    pub payment_digits: bool,
    /// Also report years, weekdays, months with a year and clock times (policy `dates = "all"`),
    /// not only full dates.
    pub all_dates: bool,
    /// Names never / always treated as personal data.
    pub names: NameLists,
}

impl Default for DetectOptions {
    fn default() -> DetectOptions {
        DetectOptions {
            ner_threshold: 0.5,
            payment_digits: false,
            all_dates: false,
            names: NameLists::default(),
        }
    }
}

/// Rules plus the NER model plus the name pass, over a list of words. Holds per-recording state
/// (learned names): call [`Detector::start_recording`] between recordings.
pub struct Detector {
    rules: Vec<Box<dyn Recognizer>>,
    ner: NerModel,
    names: Names,
}

impl Detector {
    pub fn new(ner: NerModel) -> Detector {
        Detector::with_options(ner, &DetectOptions::default())
    }

    /// Loads the NER model of an installed model set and sets the detector up as `opts` ask:
    /// the one place the pipeline and `hush eval` build a detector.
    pub fn load(models: &crate::models::ModelSet, opts: &DetectOptions) -> Result<Detector> {
        let ner = NerModel::load(
            &models.onnxruntime.path,
            &models.ner_onnx.path,
            &models.ner_tokenizer.path,
            &models.ner_config.path,
        )?;
        Ok(Detector::with_options(ner, opts))
    }

    pub fn with_options(mut ner: NerModel, opts: &DetectOptions) -> Detector {
        ner.threshold = opts.ner_threshold;
        let mut rules = recognizers::default_recognizers();
        if opts.payment_digits {
            rules.push(Box::new(recognizers::PaymentDigits::new()));
        }
        if opts.all_dates {
            rules.push(Box::new(recognizers::DateMentions));
        }
        Detector {
            rules,
            ner,
            names: Names::new(&opts.names),
        }
    }

    /// Forgets what was learned from the previous recording (names for re-mention).
    pub fn start_recording(&mut self) {
        self.names.reset();
    }

    /// Name pieces learned in this recording, each with the full name it came from. In memory
    /// only: the pipeline uses them to redact mentions made before the name was recognized.
    pub fn known_names(&self) -> &std::collections::BTreeMap<String, String> {
        self.names.known()
    }

    /// Entities over `words`, merged so they do not overlap.
    pub fn detect<S: AsRef<str>>(&mut self, words: &[S]) -> Result<Vec<Entity>> {
        let mut found = recognizers::recognize(&self.rules, words);
        found.extend(self.ner.find(words)?);
        self.names.apply(words, &mut found);
        let mut merged = merge::merge(found);
        merge::attach_house_numbers(words, &mut merged);
        Ok(merged)
    }
}
