//! Codes read out character by character that Whisper wrote as one hyphenated word:
//! "M-E-B-417-O-O-2-9", "555-A-1-8-9", "2-1-W-8", "D-D-O-B-O-6-O-1-2003". Whisper writes speech
//! said one character at a time this way; ordinary words almost never have four hyphenated parts
//! with digits in them ("COVID-19", "9-1-1" and "2024-03-14" have fewer), so such a word is an
//! identifier of some kind even when its cue was lost or garbled, as in the last example (a date
//! of birth). Reported as [`EntityKind::IdNumber`] at a low score, so any recognizer that knows
//! the kind wins over the same words.
//!
//! Letters-only spellings ("S-M-I-T-H") are names, the name rules' business.
//!
//! The same holds, at a lower score, for two shapes of a code whose cue was lost or misheard
//! (round eleven's `joe`, a tuning set since: "Remember, WHP 291480." for "member W H P …",
//! "booking references, MT9-X22-5", "the LAP Obsess RP 31.0570"):
//! - one word that mixes letters and digits, two letters and three digits at least, six
//!   characters or more ("MT9-X22-5", "AB12CD34"); not a number with a unit after it ("2500mg",
//!   "1000km"), nor a product's short name ("PS5", "MP3", "COVID-19", "4K");
//! - a capitalized abbreviation of two to four letters that is no word ("WHP", "RP"), then
//!   five digits or more ("291480", "31.0570" as Whisper wrote "thirty one, oh five seventy").

use super::{entity, tokens, Recognizer, Token};
use crate::detect::names::in_dictionary;
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

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            let (bytes, score) = if spelled_code(t.text) {
                (t.bytes.clone(), 0.55)
            } else if mixed_code(t.text) {
                (t.bytes.clone(), MIXED_SCORE)
            } else if abbreviation(words, text, t)
                && toks.get(k + 1).is_some_and(|n| code_digits(n.text))
            {
                k += 1;
                (t.bytes.start..toks[k].bytes.end, MIXED_SCORE)
            } else {
                k += 1;
                continue;
            };
            out.push(entity(
                text,
                bytes,
                EntityKind::IdNumber,
                self.name(),
                score,
            ));
            k += 1;
        }
    }
}

/// Below a spelled code's score: a mixed word or an abbreviation before digits is a guess.
const MIXED_SCORE: f32 = 0.5;

/// Whether `word` (a token of the view) mixes letters and digits as a code does.
fn mixed_code(word: &str) -> bool {
    if !word.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-') {
        return false;
    }
    let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    // "2500mg", "1000km", "1990s": a number and its unit.
    let unit = word
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .bytes()
        .all(|c| c.is_ascii_alphabetic());
    // "2-by-4-by-8": words between numbers.
    let worded = word
        .split('-')
        .any(|p| p.len() >= 2 && p.bytes().all(|c| c.is_ascii_alphabetic()) && in_dictionary(p));
    letters >= 2 && digits >= 3 && letters + digits >= 6 && !unit && !worded
}

/// Whether token `t` is one word Whisper wrote as a capitalized abbreviation ("WHP", "RP") that
/// is no dictionary word.
fn abbreviation(words: &[&str], text: &NormalizedText, t: &Token) -> bool {
    let r = text.word_range(t.bytes.clone());
    if r.len() != 1 || !(2..=4).contains(&t.text.len()) || in_dictionary(t.text) {
        return false;
    }
    let w = words[r.start].trim_matches(|c: char| !c.is_alphanumeric());
    w.len() == t.text.len() && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// Five digits or more, alone or with Whisper's decimal point inside ("31.0570").
fn code_digits(word: &str) -> bool {
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    digits >= 5
        && word.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && word.bytes().filter(|&c| c == b'.').count() <= 1
        && !word.starts_with('.')
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
    fn mixed_codes_and_abbreviations_before_digits() {
        for (words, range) in [
            // Round eleven's joe (a tuning set since), as Whisper wrote it.
            ("The MOT booking references, MT9-X22-5.", 4..5),
            ("insurance. Remember, WHP 291480.", 2..4),
            ("The Repair Ticket for the LAP Obsess RP 31.0570", 7..9),
            // Other wordings.
            ("my code is AB12CD34 thanks", 3..4),
            ("the reference KQ 77120 is on the letter", 2..4),
            ("it was JX4-771 I think", 2..3),
        ] {
            let e = one(SpelledCodes, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, MIXED_SCORE), "{words}");
        }
    }

    #[test]
    fn not_mixed_codes() {
        none(SpelledCodes, "I bought a 4K TV and a PS5 for 499 dollars");
        none(SpelledCodes, "take 2500mg a day for 1000km");
        none(SpelledCodes, "Flight BA 2490 leaves at 7");
        none(SpelledCodes, "the COVID-19 rules from the 1990s");
        none(SpelledCodes, "We paid 120000 dollars");
        none(SpelledCodes, "The CAT 12000 digger");
        none(SpelledCodes, "an MP3 and a 10am meeting");
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
