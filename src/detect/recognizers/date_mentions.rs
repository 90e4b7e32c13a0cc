//! Every other mention of a date or time, for policies with `dates = "all"` (the `strict`
//! preset): a year in a date context ("founded in 1990", "during 1972", "a 1979 film"), a month
//! and year ("March 1982"), a weekday ("on Saturday morning") and a clock time ("07:00:28",
//! "7:30 pm").
//!
//! [`super::Date`] already reports full calendar dates and dates of birth everywhere: those are
//! personal data on their own. The mentions here are not, alone — HIPAA's Safe Harbor keeps the
//! year, and "we'll meet Monday" identifies nobody — so redacting them everywhere would cost a
//! transcript much of its meaning for little privacy. They are still quasi-identifiers, and
//! Presidio's DATE_TIME counts them all, so a policy can opt in.

use super::{entity, tokens, Recognizer, Token};
use crate::detect::normalize::{month_number, NormalizedText};
use crate::detect::validators::all_digits;
use crate::detect::{Entity, EntityKind};

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words right before a number that make it a year: "in 1990", "since 2004", "a 1979 film",
/// "the class of 2012". Without one, a four-digit number is a count or an amount ("2000 calls").
const YEAR_LEAD: &[&str] = &[
    "in",
    "of",
    "during",
    "since",
    "until",
    "till",
    "by",
    "from",
    "before",
    "after",
    "around",
    "circa",
    "a",
    "an",
    "the",
    "year",
    "early",
    "late",
    "mid",
    "between",
    "and",
    "to",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
];

/// More words that make "may" / "march" before a year a month ("it was March 1982").
const MONTH_LEAD: &[&str] = &["is", "was", "on", "this", "next", "last"];

pub struct DateMentions;

impl Recognizer for DateMentions {
    fn name(&self) -> &'static str {
        "date_mentions"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let word = |k: usize| toks.get(k).map_or("", |t| t.text);
        let mut i = 0;
        while i < toks.len() {
            let t = word(i);
            let last = if WEEKDAYS.contains(&t) {
                Some(i)
            } else if month_number(t).is_some() && year_at(&toks, i + 1).is_some() {
                // "March 1982"; not "may 2000 people" — a verb month needs a lead word.
                let verb = matches!(t, "may" | "march");
                let before = word(i.wrapping_sub(1));
                let lead = YEAR_LEAD.contains(&before) || MONTH_LEAD.contains(&before);
                (!verb || lead).then(|| year_at(&toks, i + 1).expect("checked"))
            } else if let Some(end) = year_at(&toks, i) {
                (i > 0 && YEAR_LEAD.contains(&word(i - 1))).then_some(end)
            } else if clock_time(t) {
                let ampm = matches!(word(i + 1), "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m.");
                Some(i + usize::from(ampm))
            } else {
                None
            };
            match last {
                Some(last) => {
                    let bytes = toks[i].bytes.start..toks[last].bytes.end;
                    out.push(entity(text, bytes, EntityKind::Date, self.name(), 0.6));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
}

/// A year 1900–2099 at token `k` ("1982", or said as two numbers "19 82"): its last token.
fn year_at(toks: &[Token], k: usize) -> Option<usize> {
    let t = toks.get(k)?.text;
    let two = |t: &str| t.len() == 2 && all_digits(t);
    if matches!(t, "19" | "20") && toks.get(k + 1).is_some_and(|n| two(n.text)) {
        return Some(k + 1);
    }
    let year = t.len() == 4 && all_digits(t) && (t.starts_with("19") || t.starts_with("20"));
    year.then_some(k)
}

/// `7:30`, `07:00:28`: hours 0–23, minutes and seconds 0–59.
fn clock_time(t: &str) -> bool {
    let parts: Vec<&str> = t.split(':').collect();
    if !(2..=3).contains(&parts.len()) || !(1..=2).contains(&parts[0].len()) {
        return false;
    }
    let num = |p: &str, max: u32| {
        p.len() == 2 && all_digits(p) && p.parse::<u32>().is_ok_and(|n| n <= max)
    };
    all_digits(parts[0])
        && parts[0].parse::<u32>().is_ok_and(|h| h <= 23)
        && parts[1..].iter().all(|p| num(p, 59))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    fn said(words: &str) -> String {
        let e = one(DateMentions, words, EntityKind::Date);
        let w: Vec<&str> = words.split(' ').collect();
        w[e.words.clone()].join(" ")
    }

    #[test]
    fn years_in_a_date_context() {
        assert_eq!(said("The orchestra was founded in 1990."), "1990.");
        assert_eq!(said("During 1972, they moved."), "1972,");
        assert_eq!(said("Zoolander is a 1979 Polish film"), "1979");
        assert_eq!(
            said("it happened in nineteen eighty two"),
            "nineteen eighty two"
        );
    }

    #[test]
    fn numbers_that_are_not_years() {
        none(DateMentions, "we took 2000 calls today");
        none(DateMentions, "it costs 1990 dollars");
        none(DateMentions, "in 3000 years");
        none(DateMentions, "order 19 items");
    }

    #[test]
    fn weekdays_months_and_times() {
        assert_eq!(said("flew to Coles on Sunday morning."), "Sunday");
        assert_eq!(said("it was March 1982 I think"), "March 1982");
        assert_eq!(said("since May 2004"), "May 2004");
        assert_eq!(said("at 07:00:28 sharp"), "07:00:28");
        assert_eq!(said("call at 7:30 pm please"), "7:30 pm");
        none(DateMentions, "you may 2000 times");
        none(DateMentions, "the score was 31:12");
    }

    #[test]
    fn full_dates_are_left_to_the_date_recognizer() {
        // A year after a day is part of a full date, which `Date` reports.
        none(DateMentions, "born on March 14, 1982");
        none(DateMentions, "it expires 14 1982");
    }
}
