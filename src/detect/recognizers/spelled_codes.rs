//! Codes read out character by character that Whisper wrote as one hyphenated word:
//! "M-E-B-417-O-O-2-9", "555-A-1-8-9", "2-1-W-8", "D-D-O-B-O-6-O-1-2003". Whisper writes speech
//! said one character at a time this way; ordinary words almost never have four hyphenated parts
//! with digits in them ("COVID-19", "9-1-1" and "2024-03-14" have fewer), so such a word is an
//! identifier of some kind even when its cue was lost or garbled, as in the last example (a date
//! of birth). Reported as [`EntityKind::IdNumber`] at a low score, so any recognizer that knows
//! the kind wins over the same words.
//!
//! Letters-only spellings ("S-M-I-T-H") are names, the name rules' business.

use super::{entity, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::{Entity, EntityKind};

/// Hyphenated parts a code needs.
const MIN_PARTS: usize = 4;
/// Digits a code needs.
const MIN_DIGITS: usize = 3;
/// Longest part: a spelled code's parts are single characters or short digit groups.
const MAX_PART: usize = 4;

pub struct SpelledCodes;

impl Recognizer for SpelledCodes {
    fn name(&self) -> &'static str {
        "spelled_code"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for t in tokens(text) {
            if spelled_code(t.text) {
                out.push(entity(
                    text,
                    t.bytes.clone(),
                    EntityKind::IdNumber,
                    self.name(),
                    0.55,
                ));
            }
        }
    }
}

/// Whether `word` (the normalized view's token) is a hyphenated spelled code.
fn spelled_code(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    parts.len() >= MIN_PARTS
        && digits >= MIN_DIGITS
        && parts.iter().all(|p| {
            let b = p.as_bytes();
            let letters = b.iter().all(u8::is_ascii_alphabetic);
            // Letters are spelled one at a time: "by" in "2-by-4-by-8" is a word.
            (1..=MAX_PART).contains(&b.len())
                && b.iter().all(u8::is_ascii_alphanumeric)
                && !(letters && b.len() > 1)
        })
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn hyphenated_characters_with_digits() {
        for (words, range) in [
            ("D-D-O-B-O-6-O-1-2003.", 0..1),
            ("Here you go, 5-4-68, 2-1-W-8, 2-2-1-5-7-0-9.", 4..5),
            ("Best callback is 3-4-7, 555-A-1-8-9.", 4..5),
            ("Reference number is R-774-2-W-O", 3..4),
        ] {
            let e = one(SpelledCodes, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.55), "{words}");
        }
    }

    #[test]
    fn ordinary_hyphenated_words() {
        none(SpelledCodes, "COVID-19 cases rose");
        none(SpelledCodes, "call 9-1-1 now");
        none(SpelledCodes, "on 2024-03-14 we met");
        none(SpelledCodes, "that's P-R-Z-Y-B-Y-L-S-K-I");
        none(SpelledCodes, "a state-of-the-art 4-wheel drive");
        none(SpelledCodes, "they played a 4-3-3 formation");
        none(SpelledCodes, "It's a 2-by-4-by-8 board");
    }
}
