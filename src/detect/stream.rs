//! Streaming detection with a bounded hold-back tail.
//!
//! Segments arrive one at a time, and an entity can straddle two of them ("my card is 4539
//! 1488" | "0343 6467"). The detector keeps a window of recent words: already released words
//! as left context (so "security code is" | "seven three seven" is still read with its cue),
//! then words not yet released. After each segment it detects over the whole window and
//! releases every word except a tail that could still be part of an entity (see
//! `open_words`):
//!
//! - the earliest *open* word among the last [`LOOKBACK_WORDS`] words, and the open words right
//!   before it: digits and number words, ordinals and month names ("march" | "fourteenth"),
//!   spelled letters in context ("s m i" | "t h", "k as" | "in kilo", "c as in charlie" | "zero
//!   three"), e-mail connectors with the word before them ("sarah dot" | "johnson at …"), unit
//!   words ("apartment" | "4b"), all-capital codes ("XJH"), and a capitalized last word (a name
//!   in Whisper's casing: "David" | "Miller"); the look-back covers the words of an entity
//!   between its last open word and the seam ("221 Baker Street" | "apartment 4b", "GB82 WEST" |
//!   "1234 …");
//! - any detected entity touching the end, from its first word.
//!
//! Latency is bounded: the tail never holds more than [`MAX_HOLD_WORDS`] words nor more than
//! [`MAX_HOLD_MS`] of audio (enough for the longest IBAN spelled a character a word), so a word
//! is released at the latest once that much speech follows it, and a segment is emitted as soon
//! as all its words are released (at the latest by [`StreamDetector::finish`]). An entity is
//! never split at the release boundary: it is held or released whole (redacted). Released
//! words are final: nothing is un-redacted later.

use std::collections::VecDeque;

use super::normalize::{is_number_word, is_ordinal_word, month_number, spelling, Spelling};
use super::{Detector, Entity, EntityKind};
use crate::error::Result;
use crate::redact::{RedactedEntity, RedactedSegment, Redactor, SegmentBuilder};
use crate::transcribe::{Segment, Word};

/// Released words kept as left context for the model and the rules.
const CONTEXT_WORDS: usize = 32;
/// The hold-back tail never exceeds this many words (an IBAN is at most 34 characters)...
pub const MAX_HOLD_WORDS: usize = 40;
/// ...nor this much audio.
pub const MAX_HOLD_MS: u64 = 20_000;
/// An open word this close to the end holds the words after it: the words of an entity that can
/// stand between its last open word and a seam ("221 Baker Street" | "apartment 4b").
pub const LOOKBACK_WORDS: usize = 3;

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
        let open = open_words(&self.window);
        // The earliest open word near the end...
        let mut hold = (len.saturating_sub(LOOKBACK_WORDS).max(self.released)..len)
            .find(|&i| open[i])
            .unwrap_or(len);
        // ...and the open words before it.
        while hold > self.released && open[hold - 1] {
            hold -= 1;
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

/// Words that name the unit of an address, said before its number ("apartment" | "4b").
const UNIT_WORDS: &[&str] = &[
    "apartment",
    "apt",
    "suite",
    "unit",
    "flat",
    "floor",
    "building",
    "box",
];

/// For every word of `window`, whether it could be part of an entity still being spoken (see
/// the module docs). Spelling words count in context: a letter name or "a"/"i" only after a
/// letter, "as" after a letter, "in" after "<letter> as", the example word after "<letter> as
/// in"; a word next to an e-mail connector counts as a label of the address.
fn open_words(window: &[WinWord]) -> Vec<bool> {
    let bares: Vec<String> = window.iter().map(|w| bare(&w.word.text)).collect();
    let b = |i: usize| bares[i].as_str();
    let letter = |i: usize| matches!(spelling(b(i)), Some(Spelling::Letter | Spelling::Name));
    let mut open = vec![false; window.len()];
    for i in 0..window.len() {
        let raw = window[i].word.text.as_str();
        let w = b(i);
        let spelled = match spelling(w) {
            Some(Spelling::Letter) => true,
            Some(Spelling::Weak | Spelling::Name) => i > 0 && letter(i - 1) && open[i - 1],
            None => match w {
                "as" => i > 0 && letter(i - 1),
                "in" => i > 1 && b(i - 1) == "as" && letter(i - 2),
                _ => i > 2 && b(i - 1) == "in" && b(i - 2) == "as" && letter(i - 3),
            },
        };
        open[i] = spelled
            || w.bytes().any(|c| c.is_ascii_digit())
            || is_number_word(w)
            || is_connector(w)
            || raw.contains('@')
            || is_ordinal_word(w)
            || month_number(w).is_some()
            || UNIT_WORDS.contains(&w)
            || is_code(raw)
            || is_address_label(raw)
            || (i + 1 == window.len() && is_name_like(window, i));
    }
    // The labels either side of a connector belong to the address ("johnson" in "sarah dot
    // johnson at", "nguyen" in "j underscore nguyen eighty two").
    for i in 0..window.len() {
        let next_to_connector =
            (i > 0 && is_connector(b(i - 1))) || (i + 1 < window.len() && is_connector(b(i + 1)));
        if next_to_connector && !bares[i].is_empty() {
            open[i] = true;
        }
    }
    open
}

/// A spoken e-mail connector: "at", "dot", "underscore", "dash", "hyphen", "plus".
fn is_connector(w: &str) -> bool {
    matches!(w, "at" | "dot" | "underscore" | "dash" | "hyphen" | "plus")
}

/// An all-capital code as Whisper writes IDs: "XJH", "WEST", "AB12" (two to six characters).
fn is_code(raw: &str) -> bool {
    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
    (2..=6).contains(&w.len())
        && w.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.bytes().any(|c| c.is_ascii_uppercase())
}

/// A written local part: "sarah.johnson", "j_nguyen".
fn is_address_label(raw: &str) -> bool {
    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
    w.contains(['.', '_']) && w.bytes().any(|c| c.is_ascii_alphabetic())
}

/// A capitalized word that does not start a sentence: in Whisper's casing, likely a name.
fn is_name_like(window: &[WinWord], i: usize) -> bool {
    let raw = window[i]
        .word
        .text
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = raw.chars();
    let capital = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    let sentence_start = i == 0
        || window[i - 1].segment != window[i].segment
        || window[i - 1]
            .word
            .text
            .trim_end()
            .ends_with(['.', '?', '!']);
    capital && !sentence_start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(text: &str) -> Vec<WinWord> {
        text.split_whitespace()
            .map(|t| WinWord {
                word: Word::at(t, 0, 0),
                segment: 0,
                decision: None,
            })
            .collect()
    }

    /// The words of `text` that are open, as a string of `1`s and `0`s.
    fn open_of(text: &str) -> String {
        open_words(&window(text))
            .iter()
            .map(|&o| if o { '1' } else { '0' })
            .collect()
    }

    #[test]
    fn open_words_in_isolation() {
        for w in [
            "4539",
            "four",
            "Oh,",
            "twenty-one",
            "dot",
            "j@x.com",
            "555-1234.",
            "fourteenth",
            "March",
            "apartment",
            "XJH",
            "sarah.johnson",
            "s",
            "S-M-I-T-H",
            "slash",
        ] {
            assert_eq!(open_of(w), "1", "{w}");
        }
        for w in [
            "card", "Sarah", "calling", "the", "a", "I", "you", "see", "as", "in",
        ] {
            assert_eq!(open_of(w), "0", "{w}");
        }
    }

    #[test]
    fn open_words_in_context() {
        // Letter names and "a"/"i" only after a letter.
        assert_eq!(open_of("s see o t t"), "11111");
        assert_eq!(open_of("i see you"), "000");
        assert_eq!(open_of("k a y"), "111");
        // "as in" spelling, up to the example word.
        assert_eq!(open_of("c as in charlie zero"), "11111");
        assert_eq!(open_of("such as in the"), "0000");
        // The words next to an e-mail connector.
        assert_eq!(open_of("sarah dot johnson at gmail thanks"), "111110");
        assert_eq!(open_of("j underscore nguyen eighty"), "1111");
        // A capitalized last word after the sentence has started.
        assert_eq!(open_of("this is David"), "001");
        assert_eq!(open_of("Thanks"), "0");
        assert_eq!(open_of("okay. Thanks"), "00");
    }
}
