//! Dates: month names, and a day said right after a month kept apart from the year after it
//! ("March 14, 1982" → `march 14 1982`). Part of the normalized view; reports no entities (the
//! `date` and `card_expiry` recognizers do).

use super::*;

/// The month (1–12) a word names: full names and the usual abbreviations.
pub fn month_number(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(m) = MONTHS.iter().position(|&m| m == w) {
        return u32::try_from(m + 1).ok();
    }
    let m = match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// A day number right after a month name and before a year ("March 14, 1982", "march fourteen
/// nineteen eighty two", "march fourteen oh five"): just the day, so the run joiner does not glue
/// it to the year. A spoken two-digit year counts only when it starts with "oh": "march twenty
/// twenty one" is March 2021. Written, day and year both in digits, it counts: Whisper writes
/// "July 4, 96" for "july fourth ninety six", never a year that way.
pub(super) fn day_before_year(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    if i == 0 || month_number(&w[i - 1]).is_none() {
        return None;
    }
    let (next, day) = number_item(w, i, true)?;
    let day_digits: String = day.iter().map(|(s, _)| s.as_ref()).collect();
    if day_digits.len() > 2 || !(1..=31).contains(&day_digits.parse::<u32>().ok()?) {
        return None;
    }
    // Punctuation-only words ("," on its own) may stand between day and year.
    let j = (next..w.len()).find(|&j| !w[j].is_empty())?;
    let (_, year) = digit_run(w, j)?;
    let year: String = year.iter().map(|(s, _)| s.as_ref()).collect();
    let full = year.len() == 4 && (1000..=2999).contains(&year.parse::<u32>().ok()?);
    let oh = year.len() == 2 && class_at(w, j) == Num::Oh;
    let written =
        year.len() == 2 && class_at(w, i) == Num::Written && class_at(w, j) == Num::Written;
    (full || oh || written).then_some((next, day))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{norm, words_of};

    #[test]
    fn month_day_year_keep_their_parts() {
        let n = norm("My date of birth is March 14, 1982.");
        assert_eq!(n.text(), "my date of birth is march 14 1982");
        assert_eq!(words_of(&n, "14"), 6..7);
        assert_eq!(words_of(&n, "1982"), 7..8);
        assert_eq!(
            norm("march fourteen nineteen eighty two").text(),
            "march 14 1982"
        );
        assert_eq!(
            norm("march twenty one , two thousand and five").text(),
            "march 21 2005"
        );
        assert_eq!(
            norm("march fourteenth nineteen eighty two").text(),
            "march 14th 1982"
        );
        // A year alone after a month is still one number.
        assert_eq!(norm("march nineteen eighty two").text(), "march 1982");
        assert_eq!(norm("march twenty twenty one").text(), "march 2021");
        // Written day and two-digit year, as Whisper writes "july fourth ninety six".
        assert_eq!(
            norm("Birth date is July 4, 96.").text(),
            "birth date is july 4 96"
        );
        assert_eq!(norm("born on nov 30 02").text(), "born on nov 30 02");
        // A spoken "twenty twenty one" after a month stays a year; written, a card's digits
        // after "may" are no day.
        assert_eq!(norm("march twenty twenty one").text(), "march 2021");
        assert_eq!(norm("may 5551234").text(), "may 5551234");
        // No year after it: the run is left as it was.
        assert_eq!(norm("may 5551234").text(), "may 5551234");
        assert_eq!(norm("on 14 1982").text(), "on 141982");
    }

    #[test]
    fn dates_with_spoken_years_and_ordinals() {
        let n = norm("born March fourteenth nineteen eighty two");
        assert_eq!(n.text(), "born march 14th 1982");
        assert_eq!(words_of(&n, "14th"), 2..3);
        assert_eq!(words_of(&n, "1982"), 3..6);
        assert_eq!(
            norm("june the twenty first twenty twenty seven").text(),
            "june the 21st 2027"
        );
        // "oh five" after a month or a day is a two-digit year.
        assert_eq!(norm("april oh five").text(), "april 05");
        assert_eq!(norm("march fourteenth oh five").text(), "march 14th 05");
        assert_eq!(norm("march fourteen oh five").text(), "march 14 05");
        assert_eq!(norm("march twenty twenty one").text(), "march 2021");
        // Spoken expiry with "slash".
        assert_eq!(
            norm("expires oh four slash twenty seven").text(),
            "expires 04/27"
        );
        assert_eq!(norm("slash five").text(), "slash 5");
        assert_eq!(norm("five slash").text(), "5 slash");
    }
}
