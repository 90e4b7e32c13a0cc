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

/// Digits read out one at a time that make an identifier on their own: "1, 1, 3, 9, 5, 4, 4"
/// is a number being read from something (a routing number whose cue Whisper garbled); nobody
/// says a count, a price or a year digit by digit.
const MIN_SINGLE_DIGITS: usize = 7;

pub struct LongNumbers;

impl Recognizer for LongNumbers {
    fn name(&self) -> &'static str {
        "long_number"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        // Two shapes of a number read out whose cue was lost or misheard, identifiers on their
        // own at a low score: a word Whisper wrote in three dashed groups or more, nine digits
        // or more ("1-346-55-0157", a phone one digit short), and seven digits said one at a
        // time ([`MIN_SINGLE_DIGITS`]), unless they count up or down.
        for t in &toks {
            let range = text.word_range(t.bytes.clone());
            let one_by_one = range.len() >= MIN_SINGLE_DIGITS
                && words[range.clone()]
                    .iter()
                    .all(|w| single_digit(w).is_some())
                && !counting(&words[range.clone()]);
            if (range.len() == 1 && dashed_id(words[range.start])) || one_by_one {
                out.push(entity(
                    text,
                    t.bytes.clone(),
                    EntityKind::IdNumber,
                    self.name(),
                    0.45,
                ));
            }
        }
        let mut i = 0;
        while i < toks.len() {
            // "5.5.02. 864.8. 786.4. 5.44.": a group with two points in it is no price, and
            // the points beside it are Whisper's between groups read out.
            let dotted = toks[i..]
                .iter()
                .take_while(|t| dotted_group(t.text))
                .count();
            let strict = toks[i..].iter().take_while(|t| digits(t.text) > 0).count();
            let multi = toks[i..i + dotted]
                .iter()
                .any(|t| t.text.bytes().filter(|&c| c == b'.').count() >= 2);
            // A group without a point among them says the same ("15502 864.8 786.4 5.44"),
            // four digits or more and no year: "102 98.6 100.4 99.1" are readings.
            let whole = toks[i..i + dotted].iter().any(|t| {
                t.text.len() >= 4 && t.text.bytes().all(|c| c.is_ascii_digit()) && !year(t.text)
            });
            let run = if multi || (whole && dotted >= 4) {
                dotted.max(strict)
            } else {
                strict
            };
            if run == 0 {
                i += 1;
                continue;
            }
            let group = &toks[i..i + run];
            let n: usize = group
                .iter()
                .map(|t| t.text.bytes().filter(u8::is_ascii_digit).count())
                .sum();
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

/// A word of three or more dash- or slash-separated digit groups, nine digits or more
/// ("1-346-55-0157"), or eight after a "+"; a date ("2024-01-15") has eight, and years
/// ("2020-2021-2022", "1990/1995/2000") are none.
fn dashed_id(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',', '?', '!']);
    // A leading "+" says phone: "+4/4/20/7946" (+44 20 7946 …) is one with eight digits.
    let (plus, w) = w.strip_prefix('+').map_or((false, w), |w| (true, w));
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        && parts.iter().map(|p| p.len()).sum::<usize>() >= if plus { 8 } else { 9 }
        && !parts.iter().all(|p| year(p))
}

/// One digit, as written ("4,") or said ("four", "oh"): its value.
fn single_digit(w: &str) -> Option<u8> {
    const WORDS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let w = w
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_ascii_lowercase();
    match w.as_bytes() {
        [d] if d.is_ascii_digit() => Some(d - b'0'),
        b"oh" | b"o" => Some(0),
        _ => WORDS.iter().position(|&x| x == w).map(|d| d as u8),
    }
}

/// Digits that count up or down by one ("1, 2, 3, 4, 5, 6, 7", "nine eight seven …"): someone
/// counting aloud, not reading a number.
fn counting(words: &[&str]) -> bool {
    let d: Vec<i16> = words
        .iter()
        .filter_map(|w| single_digit(w))
        .map(i16::from)
        .collect();
    let step = |s: i16| d.windows(2).all(|p| p[1] - p[0] == s);
    d.len() == words.len() && (step(1) || step(-1))
}

/// Digits with points between them only ("5.5.02", "864.8").
fn dotted_group(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.bytes().all(|c| c.is_ascii_digit() || c == b'.')
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
            // Round four's `esp_us_m7` (a tuning set since): points between the groups.
            ("use the other one. 5.5.02. 864.8. 786.4. 5.44.", 3..8),
            ("it's 5.5.02 864.8 786.4 5.44", 1..5),
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
        none(LongNumbers, "readings 102.5 98.6 100.4 99.1 today");
        // Readings with a whole one among them.
        none(
            LongNumbers,
            "Her temperature went 102, 98.6, 100.4, 99.1 over the week.",
        );
        none(LongNumbers, "Grades 100 98.5 97.25 96.75 this term.");
    }

    #[test]
    fn seven_digits_read_out_one_at_a_time() {
        // Round four's espeak voices (a tuning set since): the cue garbled or in a sentence
        // before.
        for (words, range) in [
            ("1, 1, 3, 9, 5, 4, 4", 0..7),
            // The normalizer reads "one" before the digits as one more.
            ("We are coming to you for a good one. 5 5 5 4 1 9 2.", 8..16),
            ("it's four six three four six four five", 1..8),
        ] {
            let e = one(LongNumbers, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.45), "{words}");
        }
        none(LongNumbers, "count with me 1 2 3 4 5 6");
        // Counting aloud, up or down.
        none(LongNumbers, "I counted 1, 2, 3, 4, 5, 6, 7 sheep.");
        none(
            LongNumbers,
            "nine eight seven six five four three two one liftoff",
        );
        none(LongNumbers, "we sold 1200 units, 3 4 5 6 7 8 and 9");
    }

    #[test]
    fn dashed_groups_of_nine_digits_or_more() {
        for (words, range) in [
            ("with the country code 1-346-55-0157", 4..5),
            ("the flat is +4/4/20/7946 0532", 3..4),
            ("ref 12-345-6789.", 1..2),
        ] {
            let e = one(LongNumbers, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.45), "{words}");
        }
        none(LongNumbers, "the match on 2024-01-15 ended 21-14");
        none(LongNumbers, "call 555-0123 or 1-800-55");
        none(LongNumbers, "on 12/25/2024 or 1/2/2025");
        none(LongNumbers, "use the 2020-2021-2022 data");
        none(LongNumbers, "the years 1990/1995/2000 were big");
    }
}
