//! Every number of three digits or more, whatever it is, for policies with `numbers = "all"`
//! (the `pci` and `strict` presets): recordings where no number may survive, as a call centre
//! that must never store a card number, or a transcript shared beyond its purpose.
//!
//! The other rules redact a number when its shape, its checksum or a cue says what it is. That
//! leaves the numbers nothing says anything about: a card whose cue Whisper misheard and whose
//! digits it dropped, a CVV given as a bare answer three turns after the question, a licence
//! number read in a call that never names it. Each held-out round measured a few such leaks that
//! no rule written for the round before caught (see the README's held-out rounds). This rule
//! does not guess: every token of the normalized view with three or more digits ("4539",
//! "04/27", "us440291367", "1:30") is a `NUMBER`. The normalizer has already joined the pieces
//! of a number said or written in groups ("four two six", "4539 1488", "47 million 102,938")
//! into one token; what it keeps apart on purpose (a date's day and year, ordinals) is judged
//! piece by piece. Amounts, years, times and room numbers go too; that is the price, and why it
//! is not in [`default_recognizers`](super::default_recognizers). Two-digit numbers ("45
//! minutes", "2 kids") stay.
//!
//! Reported at [`SCORE`], below every other rule, so a validated kind over the same words wins
//! the merge, and as a kind-less rule ([`crate::detect::merge`]): an NER entity inside it keeps
//! its own kind.

use super::{entity, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::{Entity, EntityKind};

/// The reported detector name.
pub const ANY_NUMBER: &str = "any_number";

/// The fewest digits a number needs to be reported: a CVV has three.
pub const MIN_DIGITS: usize = 3;

/// Below every other rule and the NER threshold's usual scores.
const SCORE: f32 = 0.4;

/// Every number of [`MIN_DIGITS`] or more, as `NUMBER` (see the module docs). Not in
/// [`default_recognizers`](super::default_recognizers): a policy with `numbers = "all"` adds it.
#[derive(Debug, Default, Clone, Copy)]
pub struct AnyNumber;

impl Recognizer for AnyNumber {
    fn name(&self) -> &'static str {
        ANY_NUMBER
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for t in tokens(text) {
            if t.text.bytes().filter(u8::is_ascii_digit).count() >= MIN_DIGITS {
                out.push(entity(text, t.bytes, EntityKind::Number, ANY_NUMBER, SCORE));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, run};
    use super::*;

    /// The (start, end) word ranges found, each checked to be a `NUMBER` of this rule.
    fn found(words: &str) -> Vec<(usize, usize)> {
        run(AnyNumber, words)
            .into_iter()
            .map(|e| {
                assert_eq!(e.kind, EntityKind::Number);
                assert_eq!(e.detector, crate::detect::DetectorKind::Rule(ANY_NUMBER));
                (e.words.start, e.words.end)
            })
            .collect()
    }

    #[test]
    fn any_number_of_three_digits_or_more() {
        // Written, spoken, grouped: whatever Whisper wrote, with no cue.
        assert_eq!(found("it's 426."), [(1, 2)]);
        assert_eq!(found("okay four two six"), [(1, 4)]);
        assert_eq!(found("I paid $1,500 for it in 2019"), [(2, 3), (6, 7)]);
        assert_eq!(found("47 million 102,938"), [(0, 3)]);
        assert_eq!(found("room 101 at 7:30"), [(1, 2), (3, 4)]);
        assert_eq!(found("yes, 283, and 74, and 6119"), [(1, 2), (5, 6)]);
        assert_eq!(found("oh four slash twenty seven"), [(0, 5)]);
        // Letters and digits in one token: an ID; digits beside spelled letters: the digits.
        assert_eq!(found("it's AB 1234 C"), [(2, 3)]);
        assert_eq!(found("D12345678"), [(0, 1)]);
    }

    #[test]
    fn pieces_kept_apart_are_judged_alone() {
        // A date's day and year, two digits each: the date rule's business, not this one's.
        none(AnyNumber, "on March 14 05");
        assert_eq!(found("on March 14 2005"), [(3, 4)]);
    }

    #[test]
    fn short_numbers_and_plain_words_stay() {
        none(AnyNumber, "I have 2 kids and 45 minutes");
        none(AnyNumber, "the second of them, 12 in all");
        none(AnyNumber, "no numbers here at all");
        none(AnyNumber, "");
        // Two-digit numbers with words between are separate numbers; said in a row they are one
        // ("one, 12" is read as 112, as a number read out would be).
        assert_eq!(found("one, 12 of them"), [(0, 2)]);
        none(AnyNumber, "we met at 47 main and 12 others");
    }
}
