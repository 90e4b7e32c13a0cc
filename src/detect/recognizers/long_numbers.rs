//! Long numbers read out with no cue left: "Here you go, 5-4-68, 2-1-W-8, 2-2-1-5-7-0-9." is a
//! card number whose cue was in an earlier sentence and whose "double eight" Whisper wrote as a
//! letter, so no shape rule (length, Luhn) and no cue rule takes it. Speech has few reasons to
//! say twelve or more digits in a row other than an account, card or ID, so adjacent number
//! groups with that many digits together are reported as an identifier ([`EntityKind::IdNumber`])
//! at a low score: any recognizer that knows what the digits are wins over the same words. A
//! list of years ("2019, 2020, 2021") is not one, nor are prices or measures ("19.99 24.99").
//! Known over-reach: dashed pairs such as a list of scores ("21-14 28-7 35-10") reach the rule
//! already joined by the normalizer, as a spoken number said in pairs would.

use super::{entity, tokens, Recognizer, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::{Entity, EntityKind};

/// Digits adjacent groups need together.
const MIN_DIGITS: usize = 12;

pub struct LongNumbers;

impl Recognizer for LongNumbers {
    fn name(&self) -> &'static str {
        "long_number"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let mut i = 0;
        while i < toks.len() {
            let run = toks[i..].iter().take_while(|t| digits(t.text) > 0).count();
            if run == 0 {
                i += 1;
                continue;
            }
            let group = &toks[i..i + run];
            let n: usize = group.iter().map(|t| digits(t.text)).sum();
            let years = group.iter().all(|t| year(t.text));
            if n >= MIN_DIGITS && !years {
                let bytes = group[0].bytes.start..group[run - 1].bytes.end;
                out.push(entity(text, bytes, EntityKind::IdNumber, self.name(), 0.5));
            }
            i += run;
        }
    }
}

/// The digits of a number group: a digit run, with at most one letter in it (Whisper's "W" for
/// "double", "A" for "eight"), a group Whisper wrote with a point in it ("1.0482", three digits
/// or more after the point), or a spelled code of three or more dashed parts ("2-1-w-8"); 0
/// for any other token, so prices and measures ("19.99", "1.25") and a pair like "21-14" are
/// not groups.
fn digits(t: &str) -> usize {
    let b = t.as_bytes();
    let d = b.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let dashes = b.iter().filter(|&&c| c == b'-').count();
    let ok = b
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || b"-.".contains(c));
    // A point then one or two digits ends a price or a measure.
    let decimal = t
        .rsplit_once('.')
        .is_some_and(|(_, f)| (1..=2).contains(&f.len()) && f.bytes().all(|c| c.is_ascii_digit()));
    if d == 0 || !ok || letters > 1 || decimal || (dashes > 0 && dashes < 2) {
        return 0;
    }
    d
}

/// Years, one or several joined by the normalizer ("2019 2020 2021" → `201920202021`).
fn year(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len().is_multiple_of(4)
        && b.iter().all(u8::is_ascii_digit)
        && b.chunks(4)
            .all(|y| y.starts_with(b"19") || y.starts_with(b"20"))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn twelve_digits_or_more_in_adjacent_groups() {
        for (words, range) in [
            ("Here you go, 5-4-68, 2-1-W-8, 2-2-1-5-7-0-9.", 3..6),
            ("it's 4417 1234 5678 thanks", 1..4),
            // A group with a point in it, as Whisper writes some ("537-1.0482").
            ("it is 4417 1234 1.0482 5678 thanks", 2..6),
        ] {
            let e = one(LongNumbers, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.5), "{words}");
        }
    }

    #[test]
    fn shorter_numbers_and_years() {
        none(LongNumbers, "we sold 1200 units in 2019 and 3400 in 2020");
        none(LongNumbers, "in 2019, 2020, 2021 and 2022");
        none(LongNumbers, "call 555 0123 today");
        none(LongNumbers, "it costs 12.50 or 13.75 now");
        none(LongNumbers, "the prices were 19.99 24.99 29.99 now");
        none(LongNumbers, "prices 19.99 24.99 29.99 39.99 now");
    }
}
