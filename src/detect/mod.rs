//! Detection: find personal data in transcript words. Owns the entity taxonomy, the rules, the
//! NER model and the per-recording detection state; knows nothing of policies' operators,
//! replacements or outputs (it must not import `redact`).
//!
//! Two families of detectors run over the same words: rule [`recognizers`] (regexes over a
//! [`normalize`]d view, each with a validator such as Luhn or mod-97, and the name cue phrases)
//! and the ONNX NER model ([`ner`]). Person names get a further pass ([`names`]: spelled names,
//! re-mentions, allow/deny lists) that needs one recording's memory. Their findings are merged
//! ([`merge`]) so that overlapping entities resolve to the most confident one.
//!
//! A [`Detector`] is shared and immutable (the recognizer registry a policy asks for, the NER
//! model); a [`DetectSession`] is one recording's state (learned names, and the streaming
//! hold-back per channel: see [`session`]), created by [`Detector::session`].

pub mod entity;
pub mod merge;
pub mod names;
pub mod ner;
pub mod normalize;
pub mod recognizers;
pub mod session;
pub mod validators;

pub use entity::{DetectorKind, Entity, EntityKind};
pub use normalize::bare;
pub use session::{DetectSession, DetectedSegment, SegmentEntity};

use crate::error::Result;
use names::{NameLists, NameMemory, Names};
use ner::NerModel;
use recognizers::Recognizer;
use recognizers::ValueMemory;

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
    /// Also report every other number of three digits or more as `NUMBER` (policy
    /// `numbers = "all"`).
    pub all_numbers: bool,
    /// Names never / always treated as personal data.
    pub names: NameLists,
}

impl Default for DetectOptions {
    fn default() -> DetectOptions {
        DetectOptions {
            ner_threshold: 0.5,
            payment_digits: false,
            all_dates: false,
            all_numbers: false,
            names: NameLists::default(),
        }
    }
}

/// Rules plus the NER model plus the name pass, over a list of words. Immutable and shared:
/// per-recording state lives in a [`DetectSession`].
pub struct Detector {
    rules: Vec<Box<dyn Recognizer>>,
    /// `None` only for [`Detector::rules_only`].
    ner: Option<NerModel>,
    names: Names,
}

// Parallel workers share one detector.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Detector>();
};

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
        let mut d = Detector::rules_only(opts);
        d.ner = Some(ner);
        d
    }

    /// The rules and the name pass without the NER model: for tests and for measuring the
    /// rules alone. Not what `hush redact` runs.
    pub fn rules_only(opts: &DetectOptions) -> Detector {
        let mut rules = recognizers::default_recognizers();
        if opts.payment_digits {
            rules.push(Box::new(recognizers::PaymentDigits::new()));
        }
        if opts.all_dates {
            rules.push(Box::new(recognizers::DateMentions));
        }
        if opts.all_numbers {
            rules.push(Box::new(recognizers::AnyNumber));
        }
        Detector {
            rules,
            ner: None,
            names: Names::new(&opts.names),
        }
    }

    /// A new recording: its own name memory and hold-back.
    pub fn session(&self) -> DetectSession<'_> {
        DetectSession::new(self)
    }

    /// Entities over `words`, merged so they do not overlap, with nothing learned before or
    /// kept after (no re-mentions): for one-off texts. A recording uses a [`DetectSession`].
    pub fn detect<S: AsRef<str>>(&self, words: &[S]) -> Result<Vec<Entity>> {
        let own = vec![true; words.len()];
        self.detect_with(
            &mut NameMemory::default(),
            &mut ValueMemory::default(),
            words,
            &own,
        )
    }

    /// Entities over `words` with the recording's `memory` of names and `values` said so far
    /// (see [`names::Names::apply`] for `own`).
    fn detect_with<S: AsRef<str>>(
        &self,
        memory: &mut NameMemory,
        values: &mut ValueMemory,
        words: &[S],
        own: &[bool],
    ) -> Result<Vec<Entity>> {
        let view = normalize::NormalizedText::new(words);
        let mut found = recognizers::recognize_in(&self.rules, words, &view);
        if let Some(ner) = &self.ner {
            found.extend(ner.find(words)?);
        }
        self.names.apply(memory, words, own, &mut found);
        // After every detector: the first piece of a number read out in pieces may be any one's.
        recognizers::continue_numbers(&view, &mut found);
        let mut merged = merge::merge(found);
        merge::attach_house_numbers(words, &mut merged);
        // Last: a value said again is what won the merge the first time.
        recognizers::read_backs(values, &view, own, &mut merged);
        Ok(merged)
    }
}
