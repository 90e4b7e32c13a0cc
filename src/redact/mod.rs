//! Redaction: replace the words of each detected entity with what the policy's operator says.
//!
//! Detection (the analyzer) reports entities on segments; the [`Anonymizer`] applies the
//! policy's operators to them and builds the [`RedactedSegment`]s that outputs write (Presidio's
//! split of analyzer and anonymizer). This is the only place original words and their
//! replacements meet. What leaves this module ([`RedactedSegment`]) holds replacement text and
//! entity metadata, never an original value. It may use `detect`'s types, never outputs or
//! audio decoding.

pub mod anonymize;
pub mod audio;
pub mod leak;
pub mod operators;
pub mod policy;
pub mod remention;

use serde::Serialize;

use crate::detect::{DetectorKind, EntityKind};
use crate::transcribe::Confidence;
pub use anonymize::Anonymizer;
pub use operators::{Operator, Operators};
pub use policy::Policy;

/// A word as written to outputs: either the transcribed word or one entity's replacement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RedactedWord {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Index into the segment's `entities` when this word replaces an entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
}

/// An entity as reported in outputs: where it was, never what it said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RedactedEntity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    #[serde(serialize_with = "ser_detector")]
    pub detector: DetectorKind,
    pub score: f32,
    pub start_ms: u64,
    pub end_ms: u64,
    /// The span redacted audio mutes (before padding): the widest of the word-time estimates.
    pub audio_start_ms: u64,
    pub audio_end_ms: u64,
    /// Byte range of the replacement in the segment's redacted `text`.
    pub char_start: usize,
    pub char_end: usize,
    /// `tag`, `pseudonym`, ...
    pub operator: String,
    /// False when a word of the entity had no reliable time: redacted audio then mutes the
    /// entity's whole segment instead.
    pub placed: bool,
}

fn ser_detector<S: serde::Serializer>(
    d: &DetectorKind,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// One transcript segment after redaction: the message from the detector to the writers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RedactedSegment {
    pub id: u64,
    /// The channel the segment was transcribed from (0 for mono). Not written: outputs label
    /// speakers with `speaker`.
    #[serde(skip)]
    pub channel: u16,
    /// `channel_0`, `channel_1` when the channels of a stereo call were transcribed apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
    pub words: Vec<RedactedWord>,
    pub entities: Vec<RedactedEntity>,
    /// Whisper's confidence in the words (written flat: `avg_logprob`, `no_speech_prob`,
    /// `compression_ratio`, `low_confidence`); absent for words not from Whisper.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

/// Builder for a [`RedactedSegment`]: words are added in order, entity replacements as one word.
#[derive(Default)]
pub struct SegmentBuilder {
    text: String,
    words: Vec<RedactedWord>,
    entities: Vec<RedactedEntity>,
}

impl SegmentBuilder {
    fn sep(&mut self) -> usize {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.len()
    }

    pub fn word(&mut self, text: &str, start_ms: u64, end_ms: u64) {
        self.sep();
        self.text.push_str(text);
        self.words.push(RedactedWord {
            text: text.to_string(),
            start_ms,
            end_ms,
            entity: None,
        });
    }

    pub fn entity(&mut self, replacement: &str, mut meta: RedactedEntity) {
        let start = self.sep();
        self.text.push_str(replacement);
        meta.char_start = start;
        meta.char_end = self.text.len();
        self.words.push(RedactedWord {
            text: replacement.to_string(),
            start_ms: meta.start_ms,
            end_ms: meta.end_ms,
            entity: Some(self.entities.len()),
        });
        self.entities.push(meta);
    }

    pub fn finish(self, id: u64, start_ms: u64, end_ms: u64) -> RedactedSegment {
        RedactedSegment {
            id,
            channel: 0,
            speaker: None,
            start_ms,
            end_ms,
            text: self.text,
            words: self.words,
            entities: self.entities,
            confidence: None,
        }
    }
}
