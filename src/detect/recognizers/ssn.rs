//! US Social Security numbers: nine digits (123-45-6789, a run, or spoken) that pass the SSA
//! rules (no area 000, 666 or 900–999, no group 00, no serial 0000). Nine valid digits alone are
//! weak evidence, so the score is low without a cue and high with one.
//!
//! The last four digits alone are what callers are most often asked for ("last four of my social
//! is 6789", "the last four digits of my social security number are six seven eight nine", "my
//! ssn ending in 6789"). Four digits are anything, so they are reported only when both a "last
//! four" / "ending in" phrase and an SSN cue come before them. When the spoken "four" runs into
//! the digits ("last four six seven eight nine" → `46789`), the first digit is left out.
//!
//! After an explicit SSN cue ("social security", "ssn", "my social"), eight to ten digits are an
//! SSN even when they fail the rules or the length: speech recognition drops, adds and mishears
//! digits, and a misheard SSN must not leak. Without that cue the rules stay strict.

use std::sync::LazyLock;

use super::bank::UNIT_WORDS;
use super::context::{after_cue, phrase_at, CueIndex};
use super::{
    digit_runs, entity, near, near_span, score, tokens, Recognizer, Token, CONTEXT_BEFORE,
};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{all_digits, ssn};
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &[
    "social", "security", "ssn", "s.s.n", "ss", "taxpayer", "tin",
];

/// Cues for the four-digit form, which must name the SSN itself ("security" alone could be a
/// security code).
const LAST_FOUR_CUES: &[&str] = &["social", "ssn", "s s n", "s.s.n", "social security"];

/// Phrases that introduce the last four digits (number words are digits in the view).
const LAST_FOUR: &[&str] = &["last 4", "ending in", "ending with", "ends in", "ends with"];

static CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(LAST_FOUR));

/// Non-filler words between "last four" and the digits: "last four **of social** are …".
const MAX_WORDS: usize = 5;

pub struct Ssn;

impl Recognizer for Ssn {
    fn name(&self) -> &'static str {
        "ssn"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for run in digit_runs(text).filter(|r| !r.plus) {
            let s = if ssn(run.digits) {
                score(near(text, &run.bytes, CUES), 0.5, 0.9)
            } else if misheard(text, &run) {
                UNVALIDATED
            } else {
                continue;
            };
            out.push(entity(text, run.bytes, EntityKind::Ssn, self.name(), s));
        }
        last_four(text, out);
    }
}

/// The last four digits of an SSN after "last four … social" (see the module docs).
fn last_four(text: &NormalizedText, out: &mut Vec<Entity>) {
    let toks: Vec<Token> = tokens(text).collect();
    let mut i = 0;
    while i < toks.len() {
        let Some(end) = CUE_INDEX.at(&toks, i) else {
            // "last four six seven eight nine" arrives as `last 46789`.
            if toks[i].text == "last" {
                if let Some(t) = toks
                    .get(i + 1)
                    .filter(|t| t.text.len() == 5 && t.text.starts_with('4') && all_digits(t.text))
                {
                    let bytes = t.bytes.start + 1..t.bytes.end;
                    if near(text, &bytes, LAST_FOUR_CUES) && serial(&t.text[1..]) {
                        out.push(entity(text, bytes, EntityKind::Ssn, "ssn", 0.85));
                    }
                }
            }
            i += 1;
            continue;
        };
        let start = i;
        i = end;
        let Some(k) = after_cue(&toks, end, MAX_WORDS)
            .find(|&k| toks[k].text.bytes().any(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let t = &toks[k];
        // The SSN cue comes before the digits: "my social, the last four are …", "last four of
        // my social are …".
        let cue = (start.saturating_sub(CONTEXT_BEFORE)..k).any(|j| {
            LAST_FOUR_CUES
                .iter()
                .any(|c| phrase_at(&toks, j, c).is_some_and(|e| e <= k))
        });
        if cue && serial(t.text) {
            out.push(entity(text, t.bytes.clone(), EntityKind::Ssn, "ssn", 0.85));
            i = k + 1;
        }
    }
}

/// Score of an SSN-length run that fails the rules after an SSN cue: above an uncued phone
/// number (0.6), below a validated match.
const UNVALIDATED: f32 = 0.65;

/// Eight to ten digits right after an explicit SSN cue ("my social security number is 536 22
/// 852"), not an amount ("… 25000000 dollars") and not next to a phone cue.
fn misheard(text: &NormalizedText, run: &super::DigitRun) -> bool {
    (8..=10).contains(&run.digits.len())
        && !crate::detect::validators::repeated_digit(run.digits)
        && near_span(text, &run.bytes, LAST_FOUR_CUES, CONTEXT_BEFORE, 0)
        && !near_span(text, &run.bytes, UNIT_WORDS, 0, 1)
        && !near(text, &run.bytes, super::phone::CUES)
}

/// An SSN serial (its last four digits): four digits, not 0000.
fn serial(t: &str) -> bool {
    t.len() == 4 && all_digits(t) && t != "0000"
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn written_with_context() {
        let e = one(
            Ssn,
            "my social security number is 536-22-8523.",
            EntityKind::Ssn,
        );
        assert_eq!((e.words, e.score), (5..6, 0.9));
    }

    #[test]
    fn spoken_without_context_is_still_reported() {
        let e = one(
            Ssn,
            "it is five three six two two eight five two three ok",
            EntityKind::Ssn,
        );
        assert_eq!((e.words, e.score), (2..11, 0.5));
    }

    #[test]
    fn invalid_parts() {
        none(Ssn, "number 000-22-8523");
        none(Ssn, "number 666-22-8523");
        none(Ssn, "number 936-22-8523");
        none(Ssn, "number 536-00-8523");
        none(Ssn, "number 536-22-0000");
        none(Ssn, "number 536-22-852");
        none(Ssn, "security 936-22-8523");
    }

    #[test]
    fn misheard_after_an_explicit_cue() {
        // A digit lost, one added, a digit misheard into an invalid area: still the SSN.
        for (words, range) in [
            ("my social security number is 418 07 339", 5..8),
            (
                "ssn four one eight oh seven three three nine two one",
                1..11,
            ),
            ("my social is 936-22-8523", 3..4),
            ("S S N 000-41-7720", 3..4),
        ] {
            let e = one(Ssn, words, EntityKind::Ssn);
            assert_eq!((e.words, e.score), (range, UNVALIDATED), "{words}");
        }
        // Not after the cue, not an amount, not a phone number, not the wrong length.
        none(Ssn, "418 07 339 is my social");
        none(Ssn, "social security paid 25000000 dollars");
        none(Ssn, "my social worker's phone is 418 073 3921");
        none(Ssn, "my social security number is 418 07 33");
        none(Ssn, "my social security number is 418 073 3921 55");
    }

    #[test]
    fn last_four() {
        for (words, range) in [
            ("the last four of my social is 6789", 7..8),
            (
                "last four digits of my social are six seven eight nine",
                7..11,
            ),
            (
                "the last four digits of my social security number are 6 7 8 9",
                10..14,
            ),
            ("my social, the last four are 6789.", 6..7),
            ("last four of my SSN: 6789", 5..6),
            ("my ssn ending in six seven eight nine", 4..8),
            ("last four of the social 6789", 5..6),
            // "four" ran into the digits.
            ("my social last four six seven eight nine", 4..8),
            ("social security last 4 6789", 4..5),
            ("last four of my S.S.N. is 6789", 6..7),
        ] {
            let e = one(Ssn, words, EntityKind::Ssn);
            assert_eq!((e.words, e.score), (range, 0.85), "{words}");
        }
    }

    #[test]
    fn last_four_needs_the_ssn_cue() {
        none(Ssn, "the last four of my card are 6789");
        none(Ssn, "last four digits 6789");
        none(Ssn, "my card ending in 4242");
        none(Ssn, "last four of my social are 0000");
        none(Ssn, "last four of my social are 678");
        none(Ssn, "the last 46789 people");
        none(Ssn, "the security code, last four 6789");
    }
}
