//! A value said again: the agent reading back the code the caller just gave ("It's 2-1-6." |
//! "So that's 2-1-6?"), or the caller repeating a number. The repeat often has no cue of its
//! own, and on a call it may be on the other channel, but it is the same value.
//!
//! One recording's [`ValueMemory`] keeps the digits of every number-like entity (cards, codes,
//! phones, accounts, IDs; not dates or addresses) found on the speaker's own words (three digits
//! or more) with the entity's kind. A later digit group (a token of the
//! normalized view) that no entity covers is reported as that kind when its digits are a
//! remembered value, or the last four or more digits of a remembered value of eight or more
//! ("the card ending 7412"). Memory only, never logged.

use std::collections::BTreeMap;

use super::{tokens, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::{DetectorKind, Entity, EntityKind};

/// The reported detector name.
const NAME: &str = "readback";

/// Below every other detector's score: a read-back only fills words nothing else claims. A
/// streaming pass may remember a value under a kind a later pass revises (a card's first piece
/// first read as a house number), and a read-back of it must not outrank the later finding
/// where the two meet in the hold-back merge.
const SCORE: f32 = 0.3;

/// Fewest digits a value must have to be remembered (a CVV has three).
const MIN_DIGITS: usize = 3;

/// A trailing part of a value counts from this many digits, of a value at least
/// [`MIN_WHOLE_FOR_TAIL`] long: a card's or account's "last four", or a code of three that
/// Whisper wrote onto the end of the number before it ("…, 4-1-3-6, 10-40, 7-7-9." read back as
/// "7, 7, 9, got it" on round eleven's stereo calls, a tuning set since).
const MIN_TAIL: usize = 3;
const MIN_WHOLE_FOR_TAIL: usize = 8;

/// What one recording has said: digits → the kind of entity they were. No `Debug` that could
/// print a value.
#[derive(Default)]
pub struct ValueMemory {
    known: BTreeMap<String, EntityKind>,
}

impl std::fmt::Debug for ValueMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValueMemory")
            .field("known", &self.known.len())
            .finish()
    }
}

impl ValueMemory {
    fn kind_of(&self, digits: &str) -> Option<EntityKind> {
        if let Some(&k) = self.known.get(digits) {
            return Some(k);
        }
        if digits.len() < MIN_TAIL {
            return None;
        }
        self.known
            .iter()
            .find(|(v, _)| v.len() >= MIN_WHOLE_FOR_TAIL && v.ends_with(digits))
            .map(|(_, &k)| k)
    }
}

/// Kinds whose value is a number read out and read back. Not a date (a year said again is no
/// date of birth, and the default policy leaves bare years alone), nor an address (its house
/// number and postcode joined are no number anyone repeats), nor names, places, e-mails or
/// URLs.
fn read_back(kind: EntityKind) -> bool {
    use EntityKind::*;
    !matches!(
        kind,
        Person | Location | Address | Date | Email | Url | IpAddress
    )
}

fn digits_of(t: &str) -> String {
    t.chars().filter(char::is_ascii_digit).collect()
}

/// Remembers the digits of the entities in `found` whose words are all `own`, then adds to it
/// the digit groups no entity covers that repeat a remembered value (see the module docs).
/// `found` must not overlap (merged); it stays in word order.
pub fn read_backs(
    memory: &mut ValueMemory,
    text: &NormalizedText,
    own: &[bool],
    found: &mut Vec<Entity>,
) {
    let toks: Vec<Token> = tokens(text).collect();
    let words: Vec<std::ops::Range<usize>> = toks
        .iter()
        .map(|t| text.word_range(t.bytes.clone()))
        .collect();
    let overlaps =
        |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| a.start < b.end && b.start < a.end;
    for e in found.iter() {
        if !read_back(e.kind)
            || !e
                .words
                .clone()
                .all(|i| own.get(i).copied().unwrap_or(false))
        {
            continue;
        }
        let digits: String = toks
            .iter()
            .zip(&words)
            .filter(|(_, w)| overlaps(w, &e.words))
            .map(|(t, _)| digits_of(t.text))
            .collect();
        if digits.len() >= MIN_DIGITS {
            memory.known.insert(digits, e.kind);
        }
    }
    if memory.known.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (t, w) in toks.iter().zip(&words) {
        let digits = digits_of(t.text);
        // A group of digits only ("2-1-6", "0122"), not a word with a number in it.
        let group = t
            .text
            .bytes()
            .all(|b| b.is_ascii_digit() || b"-./".contains(&b));
        if !group || digits.len() < MIN_DIGITS || found.iter().any(|e| overlaps(&e.words, w)) {
            continue;
        }
        if let Some(kind) = memory.kind_of(&digits) {
            added.push(Entity {
                kind,
                words: w.clone(),
                score: SCORE,
                detector: DetectorKind::Rule(NAME),
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|e| e.words.start);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::ent;
    use super::*;

    /// `read_backs` over `text` with `found`, every word the speaker's own; the entities added.
    fn added(
        memory: &mut ValueMemory,
        text: &str,
        found: Vec<Entity>,
    ) -> Vec<(EntityKind, std::ops::Range<usize>)> {
        let words: Vec<&str> = text.split(' ').collect();
        let n = NormalizedText::new(&words);
        let mut all = found;
        read_backs(memory, &n, &vec![true; words.len()], &mut all);
        all.into_iter()
            .filter(|e| e.detector == DetectorKind::Rule(NAME))
            .map(|e| (e.kind, e.words))
            .collect()
    }

    #[test]
    fn a_code_read_back_is_the_code() {
        let mut m = ValueMemory::default();
        // Words 3..4 are the code found; the agent's read-back at 7 has no cue of its own.
        assert_eq!(
            added(
                &mut m,
                "the code is 4-0-9. so that's 4-0-9? yes.",
                vec![ent(EntityKind::Cvv, 3..4)]
            ),
            vec![(EntityKind::Cvv, 6..7)]
        );
        // Remembered for the rest of the recording, spoken as words this time.
        assert_eq!(
            added(&mut m, "sorry, was that four oh nine?", vec![]),
            vec![(EntityKind::Cvv, 3..6)]
        );
    }

    #[test]
    fn the_last_four_of_a_long_value_are_that_value() {
        let mut m = ValueMemory::default();
        added(
            &mut m,
            "it's 5412 7534 1298 6601",
            vec![ent(EntityKind::CreditCard, 1..5)],
        );
        assert_eq!(
            added(&mut m, "the card ending 6601 is on file", vec![]),
            vec![(EntityKind::CreditCard, 3..4)]
        );
        // Its last three too: a code read on after it.
        assert_eq!(
            added(&mut m, "7, 7, 9? no, 6, 0, 1, got it", vec![]),
            vec![(EntityKind::CreditCard, 4..7)]
        );
        // Other numbers, a short value's tail, and a number inside a word are not.
        assert!(added(&mut m, "we have 412 rooms and 1298 beds", vec![]).is_empty());
        let mut m = ValueMemory::default();
        added(&mut m, "code 4096", vec![ent(EntityKind::Cvv, 1..2)]);
        assert!(added(&mut m, "about 096 of them, 4096abc", vec![]).is_empty());
    }

    #[test]
    fn names_other_speakers_and_short_values_teach_nothing() {
        let mut m = ValueMemory::default();
        let words: Vec<&str> = "it's 216 and 4099".split(' ').collect();
        let n = NormalizedText::new(&words);
        // 216 was the other speaker's (context only); 4099 is a name's (never a value).
        let mut found = vec![ent(EntityKind::Cvv, 1..2), ent(EntityKind::Person, 3..4)];
        read_backs(&mut m, &n, &[true, false, true, true], &mut found);
        assert!(m.known.is_empty());
        added(&mut m, "it's 21", vec![ent(EntityKind::Cvv, 1..2)]);
        assert!(m.known.is_empty());
        // A date's year and an address's numbers are said again for other reasons.
        added(
            &mut m,
            "born 12/03/2019 at 4821 oak street 62704",
            vec![ent(EntityKind::Date, 1..2), ent(EntityKind::Address, 3..7)],
        );
        assert!(m.known.is_empty());
        assert!(added(&mut m, "in 2019 we paid 2704", vec![]).is_empty());
    }
}
