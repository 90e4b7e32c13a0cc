//! Streaming detection with a bounded hold-back tail.
//!
//! Segments arrive one at a time, and an entity can straddle two of them ("my card is 4539
//! 1488" | "0343 6467"). The detector keeps a window of recent words: already released words
//! as left context, then words not yet released. After each segment it detects over the whole
//! window and releases every word except a tail that could still be the start of an entity:
//! trailing digits and number words, spoken-email connectors, and any entity touching the end.
//! The tail is bounded in words and seconds so live latency stays bounded. Released words are
//! final: nothing is un-redacted later.

use std::collections::VecDeque;

use super::normalize::is_number_word;
use super::{Detector, Entity, EntityKind};
use crate::error::Result;
use crate::redact::{RedactedEntity, RedactedSegment, Redactor, SegmentBuilder};
use crate::transcribe::{Segment, Word};

/// Released words kept as left context for the model and the rules.
const CONTEXT_WORDS: usize = 32;
/// The hold-back tail never exceeds this many words...
const MAX_HOLD_WORDS: usize = 24;
/// ...nor this much audio.
const MAX_HOLD_MS: u64 = 12_000;

/// What was decided for a released word.
#[derive(Debug, Clone)]
enum Decision {
    Plain,
    /// First word of a redacted entity (its replacement and metadata).
    Start(String, RedactedEntity),
    /// A later word of the entity above (absorbed into its replacement).
    Inside(String, RedactedEntity),
}

struct WinWord {
    word: Word,
    segment: u64,
    decision: Option<Decision>,
}

struct PendingSeg {
    id: u64,
    start_ms: u64,
    end_ms: u64,
}

pub struct StreamDetector<'d> {
    detector: &'d mut Detector,
    redactor: &'d mut Redactor,
    /// Original values of redacted entities, kept in memory only when the caller will verify
    /// the redacted audio against them.
    originals: Option<Vec<(EntityKind, String)>>,
    window: Vec<WinWord>,
    /// `window[..released]` are decided.
    released: usize,
    segments: VecDeque<PendingSeg>,
}

impl<'d> StreamDetector<'d> {
    pub fn new(detector: &'d mut Detector, redactor: &'d mut Redactor) -> StreamDetector<'d> {
        StreamDetector {
            detector,
            redactor,
            originals: None,
            window: Vec::new(),
            released: 0,
            segments: VecDeque::new(),
        }
    }

    /// Keep redacted values in memory for [`StreamDetector::take_originals`].
    pub fn keep_originals(mut self) -> Self {
        self.originals = Some(Vec::new());
        self
    }

    /// The original values redacted so far (empty unless [`StreamDetector::keep_originals`]).
    pub fn take_originals(&mut self) -> Vec<(EntityKind, String)> {
        self.originals
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Adds a segment; returns the segments that are now complete.
    pub fn push(&mut self, seg: Segment) -> Result<Vec<RedactedSegment>> {
        self.segments.push_back(PendingSeg {
            id: seg.id,
            start_ms: seg.start_ms,
            end_ms: seg.end_ms,
        });
        for w in seg.words {
            self.window.push(WinWord {
                word: w,
                segment: seg.id,
                decision: None,
            });
        }
        self.step(false)
    }

    /// End of input: releases everything.
    pub fn finish(&mut self) -> Result<Vec<RedactedSegment>> {
        self.step(true)
    }

    fn step(&mut self, end: bool) -> Result<Vec<RedactedSegment>> {
        let texts: Vec<&str> = self.window.iter().map(|w| w.word.text.as_str()).collect();
        let entities = self.detector.detect(&texts)?;
        let hold = if end {
            self.window.len()
        } else {
            self.hold_from(&entities)
        };
        self.release(hold, &entities)?;
        let out = self.emit_complete();
        self.trim_context();
        Ok(out)
    }

    /// Index of the first word to hold back.
    fn hold_from(&self, entities: &[Entity]) -> usize {
        let len = self.window.len();
        let mut hold = len;
        while hold > self.released && is_open(&self.window[hold - 1].word.text) {
            hold -= 1;
        }
        // A spoken email ("sarah dot johnson | at gmail dot com") may continue after a connector.
        let tail_start = len.saturating_sub(4).max(self.released);
        if self.window[tail_start..len]
            .iter()
            .any(|w| is_connector(&w.word.text))
        {
            hold = hold.min(tail_start);
        }
        // An entity touching the end may continue in the next segment.
        for e in entities {
            if e.words.end == len && e.words.start >= self.released {
                hold = hold.min(e.words.start);
            }
        }
        // Bound the tail.
        let min_hold = len.saturating_sub(MAX_HOLD_WORDS).max(self.released);
        hold = hold.max(min_hold);
        if let Some(last) = self.window.last() {
            while hold < len
                && last
                    .word
                    .end_ms
                    .saturating_sub(self.window[hold].word.start_ms)
                    > MAX_HOLD_MS
            {
                hold += 1;
            }
        }
        // Never split an entity at the release boundary: release it whole or hold it whole.
        for e in entities {
            if e.words.start < hold && hold < e.words.end {
                hold = if e.words.start >= self.released && len - e.words.start <= MAX_HOLD_WORDS {
                    e.words.start
                } else {
                    e.words.end
                };
            }
        }
        hold.max(self.released)
    }

    /// Decides words `released..upto`.
    fn release(&mut self, upto: usize, entities: &[Entity]) -> Result<()> {
        for e in entities {
            let from = e.words.start.max(self.released);
            let to = e.words.end.min(upto);
            if from >= to {
                continue;
            }
            let original: Vec<&str> = self.window[e.words.clone()]
                .iter()
                .map(|w| w.word.text.as_str())
                .collect();
            let original = original.join(" ");
            let Some((op, replacement)) = self.redactor.replacement(e.kind, &original)? else {
                continue;
            };
            if let Some(o) = self.originals.as_mut() {
                o.push((e.kind, original.clone()));
            }
            let meta = RedactedEntity {
                kind: e.kind,
                detector: e.detector,
                score: e.score,
                start_ms: self.window[e.words.start].word.start_ms,
                end_ms: self.window[e.words.end - 1].word.end_ms,
                audio_start_ms: self.window[e.words.clone()]
                    .iter()
                    .map(|w| w.word.span_start_ms)
                    .min()
                    .unwrap_or(0),
                audio_end_ms: self.window[e.words.clone()]
                    .iter()
                    .map(|w| w.word.span_end_ms)
                    .max()
                    .unwrap_or(0),
                char_start: 0,
                char_end: 0,
                operator: format!("{op:?}").to_lowercase(),
                placed: self.window[e.words.clone()].iter().all(|w| w.word.reliable),
            };
            for i in from..to {
                self.window[i].decision = Some(if i == from {
                    Decision::Start(replacement.clone(), meta.clone())
                } else {
                    Decision::Inside(replacement.clone(), meta.clone())
                });
            }
        }
        for w in &mut self.window[self.released..upto] {
            w.decision.get_or_insert(Decision::Plain);
        }
        self.released = self.released.max(upto);
        Ok(())
    }

    /// Builds every pending segment whose words are all released.
    fn emit_complete(&mut self) -> Vec<RedactedSegment> {
        let mut out = Vec::new();
        while let Some(seg) = self.segments.front() {
            let unreleased = self.window[self.released..]
                .iter()
                .any(|w| w.segment == seg.id);
            if unreleased {
                break;
            }
            let mut b = SegmentBuilder::default();
            let mut prev_inside_same: Option<(u64, u64)> = None;
            for w in self.window[..self.released]
                .iter()
                .filter(|w| w.segment == seg.id)
            {
                match w.decision.as_ref().expect("released words are decided") {
                    Decision::Plain => {
                        prev_inside_same = None;
                        b.word(&w.word.text, w.word.start_ms, w.word.end_ms);
                    }
                    Decision::Start(rep, meta) | Decision::Inside(rep, meta) => {
                        // One replacement per entity per segment; an entity that continues
                        // into this segment from the previous one gets its replacement again.
                        let key = (meta.start_ms, meta.end_ms);
                        if prev_inside_same != Some(key) {
                            let mut m = meta.clone();
                            m.start_ms = m.start_ms.max(seg.start_ms.min(w.word.start_ms));
                            m.end_ms = m.end_ms.min(seg.end_ms.max(w.word.end_ms));
                            b.entity(rep, m);
                        }
                        prev_inside_same = Some(key);
                    }
                }
            }
            out.push(b.finish(seg.id, seg.start_ms, seg.end_ms));
            self.segments.pop_front();
        }
        out
    }

    /// Drops released words beyond the left-context size once their segments are emitted.
    fn trim_context(&mut self) {
        let first_pending = self.segments.front().map(|s| s.id);
        let mut drop = self.released.saturating_sub(CONTEXT_WORDS);
        if let Some(id) = first_pending {
            if let Some(p) = self.window.iter().position(|w| w.segment == id) {
                drop = drop.min(p);
            }
        }
        if drop > 0 {
            self.window.drain(..drop);
            self.released -= drop;
        }
    }
}

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// A word that could be part of a number, an email or an ID still being spoken.
fn is_open(word: &str) -> bool {
    let b = bare(word);
    b.chars().any(|c| c.is_ascii_digit())
        || is_number_word(&b)
        || is_connector(word)
        || word.contains('@')
}

fn is_connector(word: &str) -> bool {
    matches!(
        bare(word).as_str(),
        "at" | "dot" | "underscore" | "dash" | "hyphen"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_words() {
        for w in [
            "4539",
            "four",
            "Oh,",
            "twenty-one",
            "dot",
            "j@x.com",
            "555-1234.",
        ] {
            assert!(is_open(w), "{w}");
        }
        for w in ["card", "Sarah", "calling", "the"] {
            assert!(!is_open(w), "{w}");
        }
    }
}
