//! Dates: a day and a month, with or without a year. A date of birth is personal data on its own
//! and a strong quasi-identifier with a name or ZIP code, so a full date is reported wherever it
//! appears, and "born" / "date of birth" / "birthday" / "d o b" nearby raises the score.
//!
//! Shapes, over the normalized view (spoken ordinals and years are already written out, and a
//! day after a month is kept apart from the year):
//! - month first: "March 14, 1982", "march fourteenth nineteen eighty two", "March the 14th";
//! - day first: "14 March 1982", "the 14th of March";
//! - numeric: "12/25/1982", "25.12.1982", "1982-03-14" (see [`numeric_date`]).
//!
//! A year alone ("born in 1982") or a month and year ("March 1982") is not a date entity, nor is a
//! month name alone. "May" and "March" are also verbs, so "may 5" after them needs a year, an
//! ordinal day or a leading "on" / "in" / "the" … ("you may 5 …", "we march 20 miles" are not
//! dates).

use super::{entity, near, tokens, Recognizer, Token};
use crate::detect::normalize::{month_number, NormalizedText};
use crate::detect::validators::{all_digits, numeric_date, valid_day};
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &["born", "birth", "birthday", "birthdate", "dob", "d o b"];

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

    fn find(&self, text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let mut i = 0;
        while i < toks.len() {
            let Some((last, with_year)) = date_at(&toks, i) else {
                i += 1;
                continue;
            };
            let bytes = toks[i].bytes.start..toks[last].bytes.end;
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

/// The date starting at token `i`: the index of its last token and whether it has a year.
fn date_at(toks: &[Token], i: usize) -> Option<(usize, bool)> {
    let text = |k: usize| toks.get(k).map_or("", |t| t.text);
    if numeric_date(text(i)) {
        return Some((i, true));
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
    let (day, _) = day(text(i))?;
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

/// The token index of a four-digit year right after token `k` ("14 1982"), or after "of" ("14th
/// of 1982").
fn year_after(toks: &[Token], k: usize) -> Option<usize> {
    let y = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.text == "of"));
    let t = toks.get(y)?.text;
    let year = t.len() == 4 && all_digits(t) && (1000..=2999).contains(&t.parse::<u32>().ok()?);
    year.then_some(y)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

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
