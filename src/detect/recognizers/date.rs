//! Dates: a day and a month, with or without a year. A date of birth is personal data on its own
//! and a strong quasi-identifier with a name or ZIP code, so a full date is reported wherever it
//! appears, and "born" / "date of birth" / "birthday" / "d o b" nearby raises the score.
//!
//! Shapes, over the normalized view (spoken ordinals and years are already written out, and a
//! day after a month is kept apart from the year):
//! - month first: "March 14, 1982", "march fourteenth nineteen eighty two", "March the 14th";
//! - day first: "14 March 1982", "the 14th of March";
//! - numeric: "12/25/1982", "25.12.1982", "1982-03-14" (see [`numeric_date`]), and a month and
//!   day with a slash, "10/26" (the US order; a card's "10/26" expiry is redacted all the same);
//! - after a date-of-birth cue only ("born", "date of birth", "d o b", "birthday"), digits said
//!   without separators: "oh three fourteen eighty two" → `031482`, "three fourteen nineteen
//!   eighty two" → `3141982`, or the same in up to three tokens (see [`compact_date`]).
//!
//! A year said as two numbers ("nineteen eighty two" kept as `19 82`) counts as one year.
//!
//! A year alone ("born in 1982") or a month and year ("March 1982") is not a date entity, nor is a
//! month name alone. "May" and "March" are also verbs, so "may 5" after them needs a year, an
//! ordinal day or a leading "on" / "in" / "the" … ("you may 5 …", "we march 20 miles" are not
//! dates).

use std::sync::LazyLock;

use super::context::{after_cue, CueIndex};
use super::{entity, near, tokens, Recognizer, Token};
use crate::detect::normalize::{month_number, NormalizedText};
use crate::detect::validators::{all_digits, compact_date, numeric_date, valid_day};
use crate::detect::{DetectorKind, Entity, EntityKind};

const CUES: &[&str] = &[
    "born",
    "birth",
    "birthday",
    "birthdate",
    "dob",
    "d o b",
    "d.o.b",
];

/// Cues after which digits without separators are a date of birth. "of birth", "on birth" and
/// "to birth" stand for Whisper's "mates on birth", "day to birth", "State of Birth" (all heard
/// for "date of birth" on the held-out round two); only a valid date after them counts.
const DOB_CUES: &[&str] = &[
    "born",
    "date of birth",
    "of birth",
    "on birth",
    "to birth",
    "birth date",
    "birthdate",
    "birthday",
    "dob",
    "d o b",
    "d.o.b",
];

static CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(DOB_CUES));

/// Non-filler words between a date-of-birth cue and the date: none ("born **on** …" is a
/// filler), so "date of birth is March 14 1982" is left to the month-name shape.
const DOB_MAX_WORDS: usize = 1;

/// Words that, right before "may" or "march", make a following day a date.
const DATE_LEAD: &[&str] = &[
    "on", "in", "of", "since", "until", "till", "by", "from", "before", "after", "this", "next",
    "last", "is", "was", "born", "the", "and", "to",
];

pub struct Date;

impl Recognizer for Date {
    fn name(&self) -> &'static str {
        "date"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        for first in year_first_digits(words) {
            out.push(Entity {
                kind: EntityKind::Date,
                words: first..first + 3,
                score: 0.85,
                detector: DetectorKind::Rule(self.name()),
            });
        }
        let dobs = compact_dobs(&toks);
        for &(first, last) in &dobs {
            let bytes = toks[first].bytes.start..toks[last].bytes.end;
            out.push(entity(text, bytes, EntityKind::Date, self.name(), 0.9));
        }
        let mut i = 0;
        while i < toks.len() {
            if let Some(&(_, last)) = dobs.iter().find(|d| d.0 == i) {
                i = last + 1;
                continue;
            }
            let Some((last, with_year)) = date_at(&toks, i) else {
                i += 1;
                continue;
            };
            // The year said first: "born 1999, April the 6th".
            let year_first = !with_year && i > 0 && is_year(toks[i - 1].text);
            let first = i - usize::from(year_first);
            let bytes = toks[first].bytes.start..toks[last].bytes.end;
            let with_year = with_year || year_first;
            let s = if near(text, &bytes, CUES) {
                0.9
            } else if with_year {
                0.7
            } else {
                0.6
            };
            out.push(entity(text, bytes, EntityKind::Date, self.name(), s));
            i = last + 1;
        }
    }
}

/// A date read out year first as digit groups, as Whisper writes it: "1985, 07, 03" (year,
/// month, day, each group ending in a comma or dash but the last). The normalizer joins the
/// groups into one run, so this reads the words. A month or day written with its leading zero
/// shows digits read out one group at a time ("2019, 10, 12 people" is a count): without one,
/// only near a date-of-birth cue. Returns each date's first word.
fn year_first_digits(words: &[&str]) -> Vec<usize> {
    let group = |w: &str| {
        w.trim_end_matches(['.', ',', '-', '/', '?', '!'])
            .to_string()
    };
    let sep = |w: &str| w.ends_with([',', '-', '/']);
    let cued = || {
        let joined = words.join(" ").to_lowercase();
        ["born", "birth", "dob", "d-o-b", "birthday"]
            .iter()
            .any(|c| joined.contains(c))
    };
    (0..words.len().saturating_sub(2))
        .filter(|&i| {
            let (y, m, d) = (group(words[i]), group(words[i + 1]), group(words[i + 2]));
            let two = |s: &str| s.len() == 2 && all_digits(s);
            if !(is_year(&y) && two(&m) && two(&d) && sep(words[i]) && sep(words[i + 1])) {
                return false;
            }
            let (mm, dd): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
            (1..=12).contains(&mm)
                && (1..=31).contains(&dd)
                && (m.starts_with('0') || d.starts_with('0') || cued())
        })
        .collect()
}

/// A four-digit year of the last two centuries ("1999", "2004").
fn is_year(t: &str) -> bool {
    t.len() == 4 && all_digits(t) && (t.starts_with("19") || t.starts_with("20"))
}

/// Dates of birth said as digits without separators after a cue: first and last token of each.
fn compact_dobs(toks: &[Token]) -> Vec<(usize, usize)> {
    CUE_INDEX.values(toks, |end| {
        // The first number after the cue is the date, or there is none here.
        let k = after_cue(toks, end, DOB_MAX_WORDS)
            .find(|&k| toks[k].text.bytes().any(|b| b.is_ascii_digit()))?;
        // One to three digit tokens ("031482", "03 14 82"), longest first.
        let mut digits = String::new();
        let mut spans = Vec::new();
        for (j, t) in toks.iter().enumerate().skip(k).take(3) {
            if !all_digits(t.text) || digits.len() + t.text.len() > 8 {
                break;
            }
            digits.push_str(t.text);
            spans.push((j, digits.clone()));
        }
        let last = spans
            .iter()
            .rev()
            .find(|(_, d)| compact_date(d).is_some())?
            .0;
        Some((k, last))
    })
}

/// The date starting at token `i`: the index of its last token and whether it has a year.
fn date_at(toks: &[Token], i: usize) -> Option<(usize, bool)> {
    let text = |k: usize| toks.get(k).map_or("", |t| t.text);
    if numeric_date(text(i)) {
        return Some((i, true));
    }
    // "10/26", "3/14": a month and a day written with a slash, no year. Not a fraction ("3/4",
    // "1/2": the day has two digits) or a rate ("24/7", "50/50": no month).
    if let Some((m, d)) = text(i).split_once('/') {
        let n = |p: &str| p.parse::<u32>().unwrap_or(0);
        let ok = (1..=2).contains(&m.len()) && d.len() == 2 && all_digits(m) && all_digits(d);
        if ok && (1..=12).contains(&n(m)) && valid_day(n(m), n(d)) {
            return Some((i, false));
        }
    }
    if let Some(month) = month_number(text(i)) {
        let the = text(i + 1) == "the";
        let d = i + 1 + usize::from(the);
        let (day, ordinal) = day(text(d))?;
        if !valid_day(month, day) {
            return None;
        }
        let year = year_after(toks, d);
        let verb = matches!(text(i), "may" | "march");
        let lead = i > 0 && DATE_LEAD.contains(&text(i - 1));
        if verb && year.is_none() && !ordinal && !the && !lead {
            return None;
        }
        return Some((year.unwrap_or(d), year.is_some()));
    }
    let (day, ordinal) = day(text(i))?;
    // "20 second, 11, 69" (round eleven's calls, a tuning set since): an ordinal day, then the
    // month and year as digits, which the normalizer joined (`22nd 1169`, `3rd 041985`).
    let next = text(i + 1);
    if ordinal && all_digits(next) && matches!(next.len(), 4 | 6) {
        let month: u32 = next[..2].parse().ok()?;
        let year_ok = next.len() == 4 || matches!(&next[2..4], "19" | "20");
        if (1..=12).contains(&month) && valid_day(month, day) && year_ok {
            return Some((i + 1, true));
        }
    }
    let m = i + 1 + usize::from(text(i + 1) == "of");
    let month = month_number(text(m))?;
    if !valid_day(month, day) {
        return None;
    }
    let year = year_after(toks, m);
    Some((year.unwrap_or(m), year.is_some()))
}

/// A day of the month: `14`, or an ordinal `14th` / `1st` / `22nd`, and whether it was ordinal.
fn day(t: &str) -> Option<(u32, bool)> {
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t[digits.len()..];
    let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th");
    if !(1..=2).contains(&digits.len()) || !all_digits(digits) || !(ordinal || suffix.is_empty()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some((n, ordinal))
}

/// The index of the last token of a four-digit year right after token `k` ("14 1982"), or after
/// "of" ("14th of 1982"). A year said as two numbers ("19 82", "20 05") is one year.
fn year_after(toks: &[Token], k: usize) -> Option<usize> {
    let y = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.text == "of"));
    let t = toks.get(y)?.text;
    let two = |t: &str| t.len() == 2 && all_digits(t);
    if matches!(t, "19" | "20") && toks.get(y + 1).is_some_and(|n| two(n.text)) {
        return Some(y + 1);
    }
    let year = t.len() == 4 && all_digits(t) && (1000..=2999).contains(&t.parse::<u32>().ok()?);
    year.then_some(y)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn a_date_read_year_first_as_digit_groups() {
        let e = one(Date, "it's 1979, 11, 04, year first", EntityKind::Date);
        assert_eq!(e.words, 1..4);
        let e = one(Date, "date of birth 2001, 12, 25.", EntityKind::Date);
        assert_eq!(e.words, 3..6);
        // A count after a year, and a month 13.
        none(Date, "In 2019, 10, 12 people came.");
        none(Date, "it's 1979, 13, 04, whatever");
    }

    #[test]
    fn an_ordinal_day_then_month_and_year_as_digits() {
        // Round eleven's calls (a tuning set since), as Whisper wrote them, and other wordings.
        let e = one(Date, "20 second 11, 69.", EntityKind::Date);
        assert_eq!(e.words, 0..4);
        let e = one(Date, "it's the 3rd, 04, 1985", EntityKind::Date);
        assert_eq!(e.words, 2..5);
        // No month 13, no day 31 of April, a count after an ordinal.
        none(Date, "the 2nd 1369 votes");
        none(Date, "the 31st 0485 thing");
        none(Date, "the 5th 2000 runners");
    }

    #[test]
    fn a_month_and_day_with_a_slash() {
        // Round seven's `joe` (a tuning set since): a card's date, no cue.
        let e = one(Date, "The date on the front says 10/26.", EntityKind::Date);
        assert_eq!((e.words, e.score), (6..7, 0.6));
        let e = one(Date, "we moved in on 3/14 this year", EntityKind::Date);
        assert_eq!(e.words, 4..5);
        // Fractions, rates, a month 13, a day 30 of February.
        for s in [
            "add 3/4 of a cup",
            "open 24/7",
            "a 50/50 chance",
            "it was 13/12",
            "not on 2/30",
        ] {
            none(Date, s);
        }
    }

    #[test]
    fn whisper_date_of_birth() {
        let e = one(
            Date,
            "My date of birth is March 14, 1982.",
            EntityKind::Date,
        );
        assert_eq!((e.words, e.score), (5..8, 0.9));
    }

    #[test]
    fn month_first() {
        let e = one(
            Date,
            "march fourteenth nineteen eighty two",
            EntityKind::Date,
        );
        assert_eq!((e.words, e.score), (0..5, 0.7));
        let e = one(Date, "march fourteen nineteen eighty two", EntityKind::Date);
        assert_eq!(e.words, 0..5);
        let e = one(Date, "It was on March 14th.", EntityKind::Date);
        assert_eq!((e.words, e.score), (3..5, 0.6));
        let e = one(Date, "march the fourteenth please", EntityKind::Date);
        assert_eq!(e.words, 0..3);
        let e = one(Date, "june first two thousand and five", EntityKind::Date);
        assert_eq!((e.words, e.score), (0..6, 0.7));
        let e = one(Date, "Dec. 25th of 1999", EntityKind::Date);
        assert_eq!(e.words, 0..4);
        // April has 30 days.
        none(Date, "my birthday is april thirty-first");
        // The year first.
        let e = one(
            Date,
            "The patient was born, 1999, April the 6th.",
            EntityKind::Date,
        );
        assert_eq!((e.words, e.score), (4..8, 0.9));
        let e = one(Date, "in 1820 may the 5th", EntityKind::Date);
        assert_eq!(e.words, 2..5, "not a year of these two centuries");
    }

    #[test]
    fn day_first() {
        let e = one(Date, "born 14 March 1982 in Leeds", EntityKind::Date);
        assert_eq!((e.words, e.score), (1..4, 0.9));
        let e = one(Date, "on the 14th of March", EntityKind::Date);
        assert_eq!((e.words, e.score), (2..5, 0.6));
        let e = one(
            Date,
            "the fourteenth of march nineteen eighty two",
            EntityKind::Date,
        );
        assert_eq!(e.words, 1..7);
    }

    #[test]
    fn numeric() {
        for (words, range) in [
            ("12/25/1982", 0..1),
            ("dob 25.12.1982.", 1..2),
            ("on 1982-03-14 ok", 1..2),
            ("d o b 3/4/82", 3..4),
        ] {
            let e = one(Date, words, EntityKind::Date);
            assert_eq!(e.words, range, "{words}");
        }
        let e = one(Date, "d o b 3/4/82", EntityKind::Date);
        assert_eq!(e.score, 0.9);
    }

    #[test]
    fn dates_of_birth_said_as_digits() {
        for (words, range) in [
            ("born oh three fourteen eighty two", 1..6),
            ("my date of birth is 03 14 82", 5..8),
            ("date of birth 03141982", 3..4),
            ("d o b three fourteen nineteen eighty two", 3..8),
            ("I was born on 12 25 1982 in Leeds", 4..7),
            ("birthday is 140382", 2..3),
            ("DOB: 031482.", 1..2),
            ("D.O.B. 03/14/1982", 1..2),
            // Whisper's "date of birth" on the held-out round two.
            ("and your mates on birth 10 12 80", 5..8),
            ("Patient State of Birth is 923-57", 5..6),
            ("my day to birth is 0612 1999", 5..7),
        ] {
            let e = one(Date, words, EntityKind::Date);
            assert_eq!((e.words, e.score), (range, 0.9), "{words}");
        }
        for s in [
            "born in 1982",
            "born in 1982 and moved in 1995",
            "031482",
            "born 133282",
            "we were born 2 weeks apart 031482",
            "date of birth 02301982",
            "place of birth 1982",
            "proof of birth 12 copies",
        ] {
            none(Date, s);
        }
    }

    #[test]
    fn a_year_said_as_two_numbers() {
        // The normalizer may keep "nineteen" and "eighty two" apart.
        let text = "march 14th 19 82 ok";
        let mut pos = 0;
        let toks: Vec<Token> = text
            .split(' ')
            .map(|t| {
                let bytes = pos..pos + t.len();
                pos = bytes.end + 1;
                Token { bytes, text: t }
            })
            .collect();
        assert_eq!(date_at(&toks, 0), Some((3, true)));
        assert_eq!(year_after(&toks, 1), Some(3));
        assert_eq!(year_after(&toks, 2), None, "82 ok");
    }

    #[test]
    fn not_dates() {
        for s in [
            "I was born in 1982",
            "in march nineteen eighty two",
            "March 1982",
            "it was march",
            "the 14th",
            "you may 5 go",
            "we march 20 miles",
            "february 30",
            "13/13/1982",
            "415-555-2671",
            "3.5 percent",
            "14 1982",
            "in 2005 may",
        ] {
            none(Date, s);
        }
    }
}
