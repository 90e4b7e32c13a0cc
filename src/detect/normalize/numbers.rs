//! Numbers: number words and written digit groups joined into one digit run ("forty five thirty
//! nine" → `4539`, "415-555-2671" → `4155552671`), hundreds and thousands, "double"/"oh", and
//! spoken ordinals ("fourteenth" → `14th`). Part of the normalized view; reports no entities.
//!
//! Whisper formats a string of digits read one by one as a number, and the digit string that
//! was spoken has to be recovered from that formatting:
//! - thousands separators and groups of three ("281,604" → `281604`, "662, 718, 309" →
//!   `662718309`), also across sentence dots ("662. 718.");
//! - "million"/"thousand" between written groups ("83 million 604,217" → `83604217`, "19
//!   thousand 45" → `19045`): the part after the scale word is zero-padded to 6 or 3 digits, as
//!   the formatted number reads; a scale word with no number after it ("5 million dollars",
//!   "20 thousand people") is left as it is;
//! - a repeated digit written as a digit ("double 7" → `77`, "triple 0" → `000`);
//! - a dash and a decimal point inside one group ("614-2.9037" → `61429037`): a decimal never
//!   has a dash in it, so the dot is a misplaced group separator;
//! - a leading "four"/"two"/"one"/"eight" written as "for"/"to"/"won"/"ate" right after a card
//!   network or "card (number)" and before a card-length run ("visa for 916, 203, …" → `4916203…`),
//!   see [`glued_digit`]; anywhere else "for" stays a word ("I waited for 20 minutes").

use super::*;

pub(super) const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
pub(super) const TEENS: [&str; 10] = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"];
pub(super) const TENS: [&str; 10] = ["", "", "20", "30", "40", "50", "60", "70", "80", "90"];

pub(super) const UNITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
pub(super) const TEEN_WORDS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(super) const TENS_WORDS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// What a cleaned word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Num {
    /// zero … nine.
    Digit(usize),
    /// "oh" or "o": a zero only beside other digits ("four oh five"), otherwise an interjection
    /// (or, in a spelled run, a letter).
    Oh,
    /// "free": Whisper's "three" in a number read out ("free 405", "the back says free 9 4"); a
    /// digit only beside other digits (see [`free_leads_digits`]), otherwise the word.
    Free,
    /// ten … nineteen (index into `TEENS`).
    Teen(usize),
    /// twenty … ninety (index into `TENS`).
    Tens(usize),
    /// A hyphenated "twenty-six": tens index and unit digit.
    Compound(usize, usize),
    Hundred,
    Thousand,
    /// "million": joins written or spoken groups only when a number follows it.
    Million,
    /// "double" / "triple" before a digit.
    Repeat(usize),
    /// Written digits with a repeat word hyphened on, as Whisper writes "eight oh four, triple
    /// one" ("804-triple"): the digits, then [`Num::Repeat`] of the next word.
    WrittenRepeat(usize),
    /// Digits as written, possibly grouped: "4111", "415-555", "(415)", "80,304", "+44".
    Written,
    /// Spoken "plus" before a number.
    Plus,
    /// Dropped between two numbers: "dash", "hyphen" or a punctuation-only word ("-", "—").
    Joiner,
    /// Spoken "dot"/"point" between two numbers: kept as ".".
    Point,
    /// Spoken "slash" between two numbers: kept as "/" ("oh four slash twenty seven").
    Slash,
    Other,
}

/// Whether a lower-case, punctuation-stripped word can be part of a spoken number ("four",
/// "oh", "twenty-one", "double", "hundred", "dash", "point"): the streaming detector holds such
/// words back in case the number continues in the next segment.
pub fn is_number_word(w: &str) -> bool {
    !matches!(classify(w), Num::Other | Num::Written) && !w.is_empty()
}

pub(super) fn classify(w: &str) -> Num {
    if let Some(d) = UNITS.iter().position(|&u| u == w) {
        return Num::Digit(d);
    }
    if let Some(t) = TEEN_WORDS.iter().position(|&u| u == w) {
        return Num::Teen(t);
    }
    if let Some(t) = tens_index(w) {
        return Num::Tens(t);
    }
    match w {
        "oh" | "o" => Num::Oh,
        "free" => Num::Free,
        "hundred" => Num::Hundred,
        "thousand" => Num::Thousand,
        "million" => Num::Million,
        "double" => Num::Repeat(2),
        // "Tripple": Whisper's spelling now and then (round eight, a tuning set since).
        "triple" | "tripple" => Num::Repeat(3),
        "plus" => Num::Plus,
        // A hesitation inside a number read out joins its pieces as a dash would: "six oh
        // eight, er, five five five" is one number (round eleven, a tuning set since).
        "" | "dash" | "hyphen" => Num::Joiner,
        _ if is_hesitation(w) => Num::Joiner,
        "dot" | "point" => Num::Point,
        "slash" => Num::Slash,
        _ if written_digits(w).is_some() => Num::Written,
        _ if written_repeat(w).is_some() => {
            Num::WrittenRepeat(written_repeat(w).map_or(0, |(_, r)| r))
        }
        _ => match w.split_once('-') {
            Some((t, u)) => match (tens_index(t), UNITS.iter().position(|&x| x == u)) {
                (Some(t), Some(u)) if u > 0 => Num::Compound(t, u),
                _ => Num::Other,
            },
            None => Num::Other,
        },
    }
}

/// Hesitations said inside a value ("er", "um"), in cleaned form.
pub(super) fn is_hesitation(w: &str) -> bool {
    matches!(w, "er" | "erm" | "um" | "umm" | "uh" | "uhm")
}

/// "804-triple" → (`804`, 3): written digits, a hyphen and a repeat word.
fn written_repeat(w: &str) -> Option<(String, usize)> {
    let (head, tail) = w.rsplit_once('-')?;
    let r = match tail {
        "double" => 2,
        "triple" | "tripple" => 3,
        _ => return None,
    };
    match written_digits(head)? {
        (false, digits) => Some((digits, r)),
        _ => None,
    }
}

/// A hyphened run of digits with a repeat word inside, as Whisper writes "oh double seven oh
/// oh …": `0-double-7-0-0-9` → `0-77-0-0-9`. `None` unless every word in it is "double" or
/// "triple" followed by a digit (a repeat word at the end is [`written_repeat`]'s).
fn inner_repeats(w: &str) -> Option<String> {
    let parts: Vec<&str> = w.split('-').collect();
    let mut out = Vec::with_capacity(parts.len());
    for (i, p) in parts.iter().enumerate() {
        if !p.bytes().any(|c| c.is_ascii_alphabetic()) {
            out.push(p.to_string());
            continue;
        }
        // "608-er": a hesitation Whisper glued to a group ("608-er 55501-er 44").
        if is_hesitation(p) && out.last().is_some_and(|o: &String| !o.is_empty()) {
            continue;
        }
        let r = match *p {
            "double" => 2,
            "triple" | "tripple" => 3,
            _ => return None,
        };
        let next = parts
            .get(i + 1)?
            .bytes()
            .next()
            .filter(u8::is_ascii_digit)?;
        out.push(char::from(next).to_string().repeat(r - 1));
    }
    Some(out.join("-"))
}

pub(super) fn tens_index(w: &str) -> Option<usize> {
    TENS_WORDS.iter().position(|&u| !u.is_empty() && u == w)
}

/// The digits of a written number that may join a run, with whether it had a leading `+`.
/// `None` for anything else, including dotted quads, decimals and numeric dates, which keep
/// their separators.
pub(super) fn written_digits(w: &str) -> Option<(bool, String)> {
    if w.bytes().any(|c| c.is_ascii_alphabetic()) {
        return written_digits(&inner_repeats(w)?);
    }
    let b = w.as_bytes();
    let allowed = |c: &u8| c.is_ascii_digit() || b",-().".contains(c);
    let (plus, rest) = match b.split_first() {
        Some((b'+', rest)) => (true, rest),
        _ => (false, b),
    };
    if !rest.iter().any(u8::is_ascii_digit) || !rest.iter().all(allowed) {
        return None;
    }
    let dots = rest.iter().filter(|&&c| c == b'.').count();
    let digits: String = rest
        .iter()
        .filter(|c| c.is_ascii_digit())
        .map(|&c| char::from(c))
        .collect();
    let s = std::str::from_utf8(rest).unwrap_or_default();
    let quad = {
        let parts: Vec<&str> = s.split('.').collect();
        parts.len() == 4
            && parts
                .iter()
                .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
    };
    // One dot between two groups of three or more digits ("77734 192.058") is how Whisper
    // writes a digit group, not a decimal: spoken decimals come out as "3.5" or "12.75". Nor is
    // a dot in a dashed group ("537-1.0482"): no decimal has a dash inside it.
    let grouped = dots == 1
        && (s.split_once('.').is_some_and(|(a, b)| {
            a.len() >= 3 && b.len() == 3 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        }) || s.trim_start_matches('-').contains('-'));
    ((dots != 1 || grouped) && !quad && !numeric_date(s)).then_some((plus, digits))
}

pub(super) fn class_at(w: &[Cleaned], k: usize) -> Num {
    w.get(k).map_or(Num::Other, |x| x.num)
}

/// A run of numbers starting at word `i`, joined into one token.
pub(super) fn digit_run(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    let mut pieces = Pieces::new();
    let mut k = i;
    // "plus" starts a number ("plus four four …"), but after one it is arithmetic ("two plus two").
    let after_number = i > 0
        && !matches!(
            class_at(w, i - 1),
            Num::Plus | Num::Joiner | Num::Point | Num::Slash | Num::Other
        );
    if class_at(w, i) == Num::Plus && !after_number && number_item(w, i + 1, false).is_some() {
        pieces.push(("+".into(), i));
        k += 1;
    }
    let mut items = 0;
    loop {
        // An ordinal ("twenty first") is its own token, never the tail of a run.
        if items > 0 && ordinal(w, k).is_some() {
            break;
        }
        if let Some((next, item)) = number_item(w, k, pieces.is_empty()) {
            pieces.extend(item);
            items += 1;
            k = next;
            continue;
        }
        // A joiner continues the run only between two numbers.
        let joiner = class_at(w, k);
        if items == 0 || !matches!(joiner, Num::Joiner | Num::Point | Num::Slash) {
            break;
        }
        let Some((next, item)) = number_item(w, k + 1, false) else {
            break;
        };
        match joiner {
            Num::Point => pieces.push((".".into(), k)),
            Num::Slash => pieces.push(("/".into(), k)),
            _ => {}
        }
        pieces.extend(item);
        items += 1;
        k = next;
    }
    (items > 0).then_some((k, pieces))
}

/// One number at word `k` (possibly several words: "twenty six", "five hundred twelve", "double
/// five", "two thousand and five"); `first` when it would start the run.
pub(super) fn number_item(w: &[Cleaned], k: usize, first: bool) -> Option<(usize, Pieces<'_>)> {
    let spoken = match class_at(w, k) {
        Num::Digit(d) => hundred(w, k + 1, vec![(DIGITS[d].into(), k)]),
        Num::Teen(t) => hundred(w, k + 1, vec![(TEENS[t].into(), k)]),
        Num::Tens(_) | Num::Compound(..) => tens(w, k)?,
        // "a hundred" / "a thousand" only start a number; mid-run they end one.
        Num::Hundred if first => hundred(w, k, vec![("1".into(), k)]),
        Num::Thousand if first => return Some(thousand(w, k, vec![("1".into(), k)])),
        Num::Repeat(r) => {
            let d = match class_at(w, k + 1) {
                Num::Digit(d) => d,
                Num::Oh => 0,
                // "double 7": Whisper writes the repeated digit as a digit.
                Num::Written if single_digit(&w[k + 1]).is_some() => single_digit(&w[k + 1])?,
                // "9301, double 472": inside a run of digits, Whisper joins the repeated digit
                // with the ones read after it ("double four seven two"). Only mid-run: a
                // sentence's "double 12" is not a digit being read, nor is "for 2, double 250"
                // (the digits before must be a group of three or more, or a digit said as a
                // word).
                Num::Written if !first && k > 0 && reads_digits(w, k - 1) => {
                    let (plus, digits) = written_digits(&w[k + 1])?;
                    if plus || !(2..=4).contains(&digits.len()) {
                        return None;
                    }
                    let lead = digits[..1].repeat(r - 1);
                    return Some((k + 2, vec![(lead.into(), k), (digits.into(), k + 1)]));
                }
                _ => return None,
            };
            return Some((
                k + 2,
                vec![
                    (DIGITS[d].repeat(r - 1).into(), k),
                    (DIGITS[d].into(), k + 1),
                ],
            ));
        }
        // "804-triple 1-926": the digits, then the repeat as for "double" mid-run.
        Num::WrittenRepeat(r) => {
            let (head, _) = written_repeat(&w[k])?;
            let digit = match class_at(w, k + 1) {
                Num::Digit(d) => Some(DIGITS[d].to_string()),
                Num::Oh => Some("0".into()),
                Num::Written => written_digits(&w[k + 1])
                    .filter(|(plus, d)| !plus && (1..=4).contains(&d.len()))
                    .map(|(_, d)| d),
                _ => None,
            };
            let Some(next) = digit else {
                return Some((k + 1, vec![(head.into(), k)]));
            };
            let lead = next[..1].repeat(r - 1);
            return Some((
                k + 2,
                vec![(head.into(), k), (lead.into(), k), (next.into(), k + 1)],
            ));
        }
        Num::Oh if !first || oh_leads_digits(w, k) => return Some((k + 1, vec![("0".into(), k)])),
        Num::Free if !first || free_leads_digits(w, k) => {
            return Some((k + 1, vec![("3".into(), k)]))
        }
        Num::Written => {
            let (plus, digits) = written_digits(&w[k])?;
            if plus && !first {
                return None;
            }
            let token = if plus { format!("+{digits}") } else { digits };
            let lead = vec![(token.into(), k)];
            // "83 thousand 604" / "83 million 604,217": Whisper's formatting of digits read
            // one by one. Without a number after it the scale word stays a word.
            return Some(match class_at(w, k + 1) {
                Num::Thousand | Num::Million if !plus => scaled(w, k + 1, lead),
                _ => (k + 1, lead),
            });
        }
        _ => return None,
    };
    let (next, lead) = spoken;
    Some(match class_at(w, next) {
        Num::Thousand => thousand(w, next, lead),
        Num::Million => scaled(w, next, lead),
        _ => (next, lead),
    })
}

/// Whether word `k` is a digit said as a word ("five") or a group of at least three digits
/// ("9301"): what comes before a repeated digit in a number read digit by digit.
fn reads_digits(w: &[Cleaned], k: usize) -> bool {
    match class_at(w, k) {
        Num::Digit(_) | Num::Oh => true,
        Num::Written => written_digits(&w[k]).is_some_and(|(plus, d)| !plus && d.len() >= 3),
        _ => false,
    }
}

/// The digit of a written one-digit word ("7"), for "double 7".
fn single_digit(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    (b.len() == 1 && b[0].is_ascii_digit()).then(|| usize::from(b[0] - b'0'))
}

/// `lead` followed by the scale word ("thousand", "million") at `k` and the number after it,
/// that number zero-padded to the scale's width ("83 million 604,217" → `83604217`, "19
/// thousand 45" → `19045`); a longer number is kept whole, as the digits said. Without a number
/// after the scale word, `lead` alone and the word is left to the next token.
fn scaled<'a>(w: &'a [Cleaned], k: usize, mut lead: Pieces<'a>) -> (usize, Pieces<'a>) {
    let width = if class_at(w, k) == Num::Million { 6 } else { 3 };
    let j = if w.get(k + 1).is_some_and(|x| x == "and") {
        k + 2
    } else {
        k + 1
    };
    let Some((next, rest)) = number_item(w, j, false) else {
        return (k, lead);
    };
    let len: usize = rest.iter().map(|(s, _)| s.len()).sum();
    if len < width {
        lead.push(("0".repeat(width - len).into(), k));
    } else {
        // The scale word produces no byte of its own but stays inside the token's words.
        lead.push(("".into(), k));
    }
    lead.extend(rest);
    (next, lead)
}

/// Words Whisper writes for a spoken digit that starts a card number: "for" (four), "to"/"too"
/// (two), "won" (one), "ate" (eight).
const DIGIT_HOMOPHONES: &[(&str, &str)] = &[
    ("for", "4"),
    ("to", "2"),
    ("too", "2"),
    ("won", "1"),
    ("ate", "8"),
];

/// Words after which a card number is being read: a network, or "card" / "card number".
const CARD_WORDS: &[&str] = &[
    "visa",
    "mastercard",
    "amex",
    "discover",
    "express",
    "card",
    "avisa",
    "amastercard",
];

/// Digits of a card number once its first digit is restored: 12 to 19 in all.
const CARD_DIGITS: std::ops::RangeInclusive<usize> = 12..=19;

/// A card number whose first digit Whisper wrote as a word ("mastercard for 555, 544, …" for
/// "five five five five, four four …"; "visa for 916, 203, …"), at word `i`: the homophone as
/// its digit, joined to the run after it. Only right after a card network or "card (number)"
/// and only when the whole is card-length, so "I paid for 20 minutes" and "card for 20 dollars"
/// keep their "for".
pub(super) fn glued_digit(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    let &(_, digit) = DIGIT_HOMOPHONES.iter().find(|(h, _)| w[i] == *h)?;
    let before: Vec<&str> = w[..i]
        .iter()
        .rev()
        .filter(|x| !x.is_empty())
        .take(2)
        .map(|x| x.as_str())
        .collect();
    let cue = match before.as_slice() {
        ["number", "card", ..] => true,
        [prev, ..] => CARD_WORDS.contains(prev),
        [] => false,
    };
    if !cue {
        return None;
    }
    let (end, rest) = digit_run(w, i + 1)?;
    let digits: usize = rest.iter().map(|(s, _)| s.len()).sum();
    let all_digits = rest
        .iter()
        .all(|(s, _)| s.bytes().all(|c| c.is_ascii_digit()));
    if !all_digits || !CARD_DIGITS.contains(&(digits + 1)) {
        return None;
    }
    let mut pieces = vec![(Cow::Borrowed(digit), i)];
    pieces.extend(rest);
    Some((end, pieces))
}

/// "twenty" → `20`, "twenty six" / "twenty-six" → `26`, "fifteen" → `15` at word `k`.
pub(super) fn tens(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>)> {
    match (class_at(w, k), class_at(w, k + 1)) {
        (Num::Tens(t), Num::Digit(u)) if u > 0 => Some((
            k + 2,
            vec![(DIGITS[t].into(), k), (DIGITS[u].into(), k + 1)],
        )),
        (Num::Tens(t), _) => Some((k + 1, vec![(TENS[t].into(), k)])),
        (Num::Compound(t, u), _) => Some((k + 1, vec![(format!("{t}{u}").into(), k)])),
        (Num::Teen(t), _) => Some((k + 1, vec![(TEENS[t].into(), k)])),
        _ => None,
    }
}

/// Where the number after a "hundred"/"thousand" at `k` starts: `k + 1`, or past a British
/// "and" that is followed by a number ("five hundred and twelve"); a trailing "and" ("two
/// hundred and then …") is left alone.
pub(super) fn after_scale(w: &[Cleaned], k: usize) -> usize {
    let follows = |j| {
        matches!(
            class_at(w, j),
            Num::Digit(1..) | Num::Teen(_) | Num::Tens(_) | Num::Compound(..)
        )
    };
    if w.get(k + 1).is_some_and(|x| x == "and") && follows(k + 2) {
        k + 2
    } else {
        k + 1
    }
}

/// After leading digits `lead` ending before word `k`: if `k` is "hundred", the hundreds form
/// ("five hundred" → `500`, "five hundred five" → `505`, "nineteen hundred eighty two" → `1982`).
pub(super) fn hundred<'a>(w: &'a [Cleaned], k: usize, mut lead: Pieces<'a>) -> (usize, Pieces<'a>) {
    if class_at(w, k) != Num::Hundred {
        return (k, lead);
    }
    let j = after_scale(w, k);
    if let Some((next, rest)) = tens(w, j) {
        lead.extend(rest);
        return (next, lead);
    }
    match class_at(w, j) {
        Num::Digit(u) if u > 0 => {
            lead.push(("0".into(), k));
            lead.push((DIGITS[u].into(), j));
            (j + 1, lead)
        }
        _ => {
            lead.push(("00".into(), k));
            (k + 1, lead)
        }
    }
}

/// `lead` thousand at word `k` plus an optional remainder below a thousand, zero-padded to three
/// digits ("two thousand and five" → `2005`, "two thousand twenty two" → `2022`, "five
/// thousand" → `5000`). The padding zeros belong to the word "thousand".
pub(super) fn thousand<'a>(
    w: &'a [Cleaned],
    k: usize,
    mut lead: Pieces<'a>,
) -> (usize, Pieces<'a>) {
    let j = after_scale(w, k);
    let rest = match class_at(w, j) {
        Num::Digit(u) if u > 0 => Some(hundred(w, j + 1, vec![(DIGITS[u].into(), j)])),
        Num::Teen(_) | Num::Tens(_) | Num::Compound(..) => tens(w, j),
        _ => None,
    };
    match rest {
        Some((next, rest)) => {
            let len: usize = rest.iter().map(|(s, _)| s.len()).sum();
            if len < 3 {
                lead.push(("0".repeat(3 - len).into(), k));
            }
            lead.extend(rest);
            (next, lead)
        }
        None => {
            lead.push(("000".into(), k));
            (k + 1, lead)
        }
    }
}

/// Whether "free" at word `k` starts a number read out: a digit or a group of up to four digits
/// follows ("free 405", "free 9 4"), and it is not "toll free" (a longer number after it, a
/// phone number, is not joined either: "free 1-800-555-0199").
pub(super) fn free_leads_digits(w: &[Cleaned], k: usize) -> bool {
    if k > 0 && w[k - 1] == "toll" {
        return false;
    }
    match class_at(w, k + 1) {
        Num::Digit(_) => true,
        Num::Written => written_digits(&w[k + 1]).is_some_and(|(plus, d)| !plus && d.len() <= 4),
        _ => false,
    }
}

/// Marks as a zero each "or" (or "all", or "low") that Whisper wrote for an "oh" inside a number
/// read out in pieces: "512, 555, or 179" | "5, 5, 4, 7 or 3, 9, 5" | "Seven eight all one, nine
/// six" | "7, 7, low, low, 3, 9, 7" (a run of them is as many zeros).
/// Seven digits or more around it, and pieces on at least one side, so that "2 or 3", "100 or
/// 200" and "1000 or 2000" stay choices; nor groups said in rising order, which is how a list of
/// choices goes ("flights 1200, 1300 or 1400", "2018, 2019 or 2020", "room 204, 305 or 410",
/// "1 2 3 4 5 6 or 7").
pub(super) fn or_as_oh(w: &mut [Cleaned]) {
    // Each group's digits and value ("twenty" is 20, "oh" 0).
    let group = |c: &Cleaned| -> Option<(usize, Option<u64>)> {
        match c.num {
            Num::Digit(d) => Some((1, Some(d as u64))),
            Num::Oh => Some((1, Some(0))),
            Num::Free => Some((1, Some(3))),
            Num::Teen(t) => Some((2, Some(10 + t as u64))),
            Num::Tens(t) => Some((2, Some(10 * t as u64))),
            Num::Compound(t, u) => Some((2, Some((10 * t + u) as u64))),
            Num::Written => written_digits(c)
                .filter(|(plus, _)| !plus)
                .map(|(_, d)| (d.len(), d.parse().ok())),
            _ => None,
        }
    };
    let candidate = |c: &Cleaned| matches!(c.text.as_str(), "or" | "all" | "low");
    let mut k = 1;
    while k + 1 < w.len() {
        if !candidate(&w[k]) {
            k += 1;
            continue;
        }
        // "7, 7, low, low, 3, 9, 7": a run of them reads as as many zeros.
        let end = (k..w.len().min(k + 3))
            .take_while(|&j| candidate(&w[j]))
            .last()
            .map_or(k, |j| j + 1);
        let side = |range: &mut dyn Iterator<Item = usize>| -> Vec<(usize, Option<u64>)> {
            range.map_while(|j| group(&w[j])).collect()
        };
        let mut groups = side(&mut (0..k).rev());
        groups.reverse();
        let lw = groups.len();
        groups.extend(side(&mut (end..w.len())));
        let rw = groups.len() - lw;
        // A "low" is no word of a choice, so its zero counts towards the seven digits.
        let lows = w[k..end].iter().filter(|c| *c == "low").count();
        let n: usize = groups.iter().map(|g| g.0).sum::<usize>() + lows;
        let rising = groups
            .windows(2)
            .all(|p| matches!((p[0].1, p[1].1), (Some(a), Some(b)) if a < b));
        if lw > 0 && rw > 0 && n >= 7 && (lw >= 2 || rw >= 2) && !rising {
            for c in &mut w[k..end] {
                c.num = Num::Oh;
            }
        }
        k = end;
    }
}

/// Whether the "oh"s starting at word `k` are followed by a digit ("oh five" yes, "oh well" no).
pub(super) fn oh_leads_digits(w: &[Cleaned], k: usize) -> bool {
    let next = (k..w.len())
        .find(|&x| class_at(w, x) != Num::Oh)
        .unwrap_or(w.len());
    matches!(
        class_at(w, next),
        Num::Digit(_)
            | Num::Teen(_)
            | Num::Tens(_)
            | Num::Compound(..)
            | Num::Repeat(_)
            | Num::WrittenRepeat(_)
            | Num::Written
    )
}

/// Whether the lower-case word `w` is a spoken ordinal ("fourteenth", "thirty-first").
pub fn is_ordinal_word(w: &str) -> bool {
    ordinal_value(w).is_some()
}

/// The value of a one-word ordinal: "first" → 1, "fourteenth" → 14, "thirty-first" → 31.
pub(super) fn ordinal_value(w: &str) -> Option<usize> {
    if !["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)) {
        return None;
    }
    const UNIT_ORD: [&str; 10] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEEN_ORD: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS_ORD: [&str; 10] = [
        "",
        "",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let unit = |x: &str| UNIT_ORD.iter().position(|&u| !u.is_empty() && u == x);
    if let Some(u) = unit(w) {
        return Some(u);
    }
    if let Some(t) = TEEN_ORD.iter().position(|&u| u == w) {
        return Some(10 + t);
    }
    if let Some(t) = TENS_ORD.iter().position(|&u| !u.is_empty() && u == w) {
        return Some(10 * t);
    }
    let (t, u) = w.split_once('-')?;
    Some(10 * tens_index(t)? + unit(u)?)
}

/// `14` → `14th`, `1` → `1st`, `22` → `22nd`, `13` → `13th`.
pub(super) fn ordinal_suffix(n: usize) -> &'static str {
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

/// A spoken ordinal at word `i` ("fourteenth", "thirty-first", "twenty first") as one written
/// ordinal token (`14th`, `31st`, `21st`).
pub(super) fn ordinal(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    if let Some(n) = w.get(i).and_then(|x| x.ordinal) {
        return Some((i + 1, vec![(format!("{n}{}", ordinal_suffix(n)).into(), i)]));
    }
    // "20 second, 11, 69": Whisper wrote the tens of "twenty second" as digits. Only with
    // digits after it (a date read out), since "a 20 second wait" is a length of time.
    let written = match w.get(i).map(|x| x.as_str()) {
        Some("20") => Some(2),
        Some("30") => Some(3),
        _ => None,
    };
    let t = match (class_at(w, i), written) {
        (Num::Tens(t), _) => t,
        (_, Some(t))
            if matches!(
                class_at(w, i + 2),
                Num::Written | Num::Digit(_) | Num::Teen(_)
            ) =>
        {
            t
        }
        _ => return None,
    };
    let u = w
        .get(i + 1)
        .and_then(|x| x.ordinal)
        .filter(|u| (1..=9).contains(u))?;
    let n = 10 * t + u;
    if written.is_some() && class_at(w, i) != Num::Tens(t) && n > 31 {
        return None;
    }
    Some((
        i + 2,
        vec![
            (DIGITS[t].into(), i),
            (format!("{u}{}", ordinal_suffix(n)).into(), i + 1),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{norm, words_of};

    #[test]
    fn spoken_digits_become_one_run() {
        let n = norm(
            "my card is four one one one one one one one one one one one one one one one thanks",
        );
        assert_eq!(n.text(), "my card is 4111111111111111 thanks");
        assert_eq!(words_of(&n, "4111111111111111"), 3..19);
    }

    #[test]
    fn written_groups_join_across_separators() {
        assert_eq!(norm("call 415-555-2671 now").text(), "call 4155552671 now");
        assert_eq!(norm("call (415) 555-2671.").text(), "call 4155552671");
        assert_eq!(norm("4111 1111 1111 1111").text(), "4111111111111111");
        assert_eq!(norm("+1 415 555 2671").text(), "+14155552671");
        assert_eq!(norm("415.555.2671").text(), "4155552671");
        assert_eq!(norm("80,304 people").text(), "80304 people");
        let n = norm("415 dash 555 dash 2671");
        assert_eq!(n.text(), "4155552671");
        assert_eq!(words_of(&n, "4155552671"), 0..5);
        // Mixed written and spoken.
        assert_eq!(norm("415 five five five 2671").text(), "4155552671");
    }

    #[test]
    fn free_is_a_three_only_in_a_number_read_out() {
        assert_eq!(norm("the back says free 9 4").text(), "the back says 394");
        assert_eq!(
            norm("so 15 digits, free 405, 7314").text(),
            "so 15 digits 34057314"
        );
        assert_eq!(norm("it's free").text(), "it's free");
        assert_eq!(
            norm("free shipping on 2 items").text(),
            "free shipping on 2 items"
        );
        assert_eq!(
            norm("call toll free 1-800-555-0199").text(),
            "call toll free 18005550199"
        );
        assert_eq!(norm("free 1-800-555-0199").text(), "free 18005550199");
    }

    #[test]
    fn or_is_a_zero_only_inside_a_number_read_in_pieces() {
        // Round four's espeak voices (a tuning set since), as Whisper wrote them.
        assert_eq!(norm("512, 555, or 179.").text(), "5125550179");
        assert_eq!(
            norm("Socials. 5, 5, 4, 7 or 3, 9, 9, 5.").text(),
            "socials 554703995"
        );
        assert_eq!(norm("is 1 5 5 5 or 1 45").text(), "is 15550145");
        assert_eq!(
            norm("Seven eight all one, nine six four three.").text(),
            "78019643"
        );
        assert!(norm("we ate 3 of them, all 12 of 14")
            .text()
            .contains("all"));
        for s in [
            "2 or 3 people",
            "100 or 200 dollars",
            "1000 or 2000",
            "in 2019 or 2020",
            "10 20 or 30",
            // Choices in rising order, not a number read in pieces.
            "flights at 1200 1300 or 1400",
            "it was 2018 2019 or 2020 i forget",
            "room 204, 305 or 410 is free",
            "channels 101, 205 or 330",
            "zones 12, 13, 14 or 15",
            "maybe 5,000, 10,000 or 20,000 people",
            "tables 1 2 3 4 5 6 or 7",
        ] {
            assert!(norm(s).text().contains(" or "), "{s}: {}", norm(s).text());
        }
    }

    #[test]
    fn compound_number_words() {
        assert_eq!(norm("twenty six").text(), "26");
        assert_eq!(norm("twenty").text(), "20");
        assert_eq!(norm("nineteen eighty two").text(), "1982");
        assert_eq!(norm("five hundred").text(), "500");
        assert_eq!(norm("five hundred twelve").text(), "512");
        assert_eq!(norm("five hundred five").text(), "505");
        assert_eq!(norm("nineteen hundred eighty two").text(), "1982");
        assert_eq!(norm("a hundred days").text(), "a 100 days");
        assert_eq!(
            norm("four one five five fifty five twenty six seventy one").text(),
            "4155552671"
        );
    }

    #[test]
    fn double_triple_and_oh() {
        let n = norm("double five triple oh");
        assert_eq!(n.text(), "55000");
        // The repeated digit belongs to "double", the last to the digit word.
        assert_eq!(n.word_range(0..1), 0..1);
        assert_eq!(n.word_range(1..2), 1..2);
        assert_eq!(norm("four oh five").text(), "405");
        assert_eq!(norm("oh five").text(), "05");
        assert_eq!(norm("oh my god").text(), "oh my god");
        assert_eq!(norm("oh oh").text(), "oh oh");
        assert_eq!(norm("double trouble").text(), "double trouble");
    }

    #[test]
    fn a_repeat_word_hyphened_to_digits_or_misspelt() {
        // Round eight's `joe` (a tuning set since): "804-Tripple 1-926".
        assert_eq!(norm("804-Tripple 1-926,").text(), "804111926");
        assert_eq!(norm("it's 31-double 7 4").text(), "it's 31774");
        assert_eq!(norm("tripple 0 5").text(), "0005");
        // With no digit after it the repeat word says nothing; a word before it stays a word.
        assert_eq!(norm("room 12-double please").text(), "room 12 please");
        assert_eq!(norm("a twin-double room").text(), "a twin-double room");
    }

    #[test]
    fn a_repeat_word_inside_a_hyphened_run_of_digits() {
        // Round nine's `joe` (a tuning set since): "Mobile's 0-double-7-0-0-9-0-0-5-1-7".
        assert_eq!(
            norm("Mobile's 0-double-7-0-0-9-0-0-5-1-7").text(),
            "mobile's 07700900517"
        );
        assert_eq!(norm("it's 4-triple-2-8-1").text(), "it's 422281");
        assert_eq!(norm("call 2-0-double-9-3").text(), "call 20993");
        // A word that is not a repeat, or a repeat with no digit after it, keeps the token.
        assert_eq!(norm("a 2-double-bed room").text(), "a 2-double-bed room");
        assert_eq!(norm("7-double-oh-3").text(), "7-double-oh-3");
    }

    #[test]
    fn plus_starts_a_number_only() {
        assert_eq!(norm("plus four four").text(), "+44");
        assert_eq!(norm("two plus two").text(), "2 plus 2");
        assert_eq!(norm("415 +44").text(), "415 +44");
    }

    #[test]
    fn hesitations_inside_a_number_join_its_pieces() {
        // Round eleven's joe (a tuning set since), as Whisper wrote it, and other wordings.
        assert_eq!(
            norm("reach me on 608-er 55501-er 44").text(),
            "reach me on 6085550144"
        );
        assert_eq!(norm("it's 4 1 um 7 7, uh, 2 0").text(), "it's 417720");
        assert_eq!(
            norm("call 212 erm 555 0100 today").text(),
            "call 2125550100 today"
        );
        // Not at the edge of a number, nor between words.
        assert_eq!(norm("um 42 er yes").text(), "um 42 er yes");
        assert_eq!(norm("well um I think").text(), "well um i think");
    }

    #[test]
    fn low_between_digits_read_out_is_a_zero() {
        // An agent's read-back on round eleven's stereo calls (a tuning set since).
        assert_eq!(
            norm("High, low, 7, 7, low, low, 3, 9, 7.").text(),
            "high low 7700397"
        );
        assert_eq!(norm("9, 1, low, 4, 4, 8, 2").text(), "9104482");
        // A choice or a level stays a word.
        assert_eq!(norm("set it to 3, low, 4").text(), "set it to 3 low 4");
    }

    #[test]
    fn a_dot_between_digit_groups_joins_them() {
        assert_eq!(
            norm("my count number is 77734 192.058.").text(),
            "my account number is 77734192058"
        );
        assert_eq!(norm("it costs 3.5 dollars").text(), "it costs 3.5 dollars");
    }

    #[test]
    fn dotted_quads_and_decimals_keep_their_dots() {
        assert_eq!(
            norm("server 192.168.1.1 is up").text(),
            "server 192.168.1.1 is up"
        );
        assert_eq!(norm("3.5 percent").text(), "3.5 percent");
        assert_eq!(
            norm("one nine two dot one six eight dot one dot one").text(),
            "192.168.1.1"
        );
        assert_eq!(norm("three point five").text(), "3.5");
        // A trailing joiner is not part of the number.
        assert_eq!(norm("five dash").text(), "5 dash");
        assert_eq!(norm("five dot").text(), "5 dot");
    }

    #[test]
    fn dates_and_prices_are_not_runs() {
        assert_eq!(norm("12/25/1982").text(), "12/25/1982");
        assert_eq!(norm("1982-03-14.").text(), "1982-03-14");
        assert_eq!(norm("25.12.1982").text(), "25.12.1982");
        assert_eq!(norm("4111-1111-1111-1111").text(), "4111111111111111");
        assert_eq!(norm("$1,299.99").text(), "$1,299.99");
    }

    #[test]
    fn thousands_and_british_and() {
        assert_eq!(norm("two thousand and five").text(), "2005");
        assert_eq!(norm("two thousand twenty two").text(), "2022");
        assert_eq!(norm("two thousand and twenty-two").text(), "2022");
        assert_eq!(norm("five thousand people").text(), "5000 people");
        assert_eq!(norm("a thousand days").text(), "a 1000 days");
        assert_eq!(norm("two thousand five hundred").text(), "2500");
        assert_eq!(norm("five hundred and twelve").text(), "512");
        assert_eq!(norm("nineteen hundred and eighty two").text(), "1982");
        // A trailing "and" is not part of the number.
        assert_eq!(norm("two hundred and then").text(), "200 and then");
        assert_eq!(norm("two thousand and so on").text(), "2000 and so on");
        let n = norm("in two thousand and five ok");
        assert_eq!(words_of(&n, "2005"), 1..5);
        assert_eq!(norm("twenty-six").text(), "26");
        assert_eq!(norm("four-ish").text(), "four-ish");
    }

    #[test]
    fn ordinals_become_written_ordinals() {
        assert_eq!(norm("the fourteenth of march").text(), "the 14th of march");
        assert_eq!(norm("first second third").text(), "1st 2nd 3rd");
        assert_eq!(norm("thirty-first").text(), "31st");
        assert_eq!(norm("twenty first").text(), "21st");
        assert_eq!(norm("twenty second").text(), "22nd");
        assert_eq!(norm("eleventh twelfth thirtieth").text(), "11th 12th 30th");
        let n = norm("on the twenty third");
        assert_eq!(words_of(&n, "23rd"), 2..4);
        // An ordinal never joins a digit run.
        assert_eq!(norm("the second 555 1234").text(), "the 2nd 5551234");
        assert_eq!(norm("nineteen twenty first").text(), "19 21st");
        assert_eq!(norm("14th").text(), "14th");
        // The tens written as digits, a date read out after it (round eleven's calls, a tuning
        // set since); a length of time stays as it is.
        assert_eq!(norm("20 second 11, 69.").text(), "22nd 1169");
        assert_eq!(
            norm("born the 30 first 12 1990").text(),
            "born the 31st 121990"
        );
        assert_eq!(norm("a 20 second wait").text(), "a 20 2nd wait");
        assert_eq!(norm("30 second 4 5").text(), "30 2nd 45");
    }

    #[test]
    fn spoken_years_and_pairs_are_digit_runs() {
        assert_eq!(norm("nineteen eighty two").text(), "1982");
        assert_eq!(norm("twenty twenty seven").text(), "2027");
        assert_eq!(norm("two thousand and five").text(), "2005");
        assert_eq!(norm("nineteen oh five").text(), "1905");
        assert_eq!(norm("twenty oh five").text(), "2005");
        assert_eq!(norm("nineteen").text(), "19");
        assert_eq!(norm("in nineteen").text(), "in 19");
        // Card and phone digits said in pairs are the same grammar.
        assert_eq!(
            norm("forty five thirty nine fourteen eighty eight oh three forty three sixty four sixty seven").text(),
            "4539148803436467"
        );
        assert_eq!(norm("forty five thirty nine").text(), "4539");
        let n = norm("four one five five five five oh one nine two");
        assert_eq!(n.text(), "4155550192");
        // Whisper's "O" for "oh".
        assert_eq!(norm("four O five").text(), "405");
        assert_eq!(norm("o five five five").text(), "0555");
        assert_eq!(norm("o my").text(), "o my");
    }

    // Whisper's formatting of digits read one by one (issue #12): other wordings and values than
    // the examples.

    #[test]
    fn thousands_separators_and_groups_of_three() {
        assert_eq!(norm("it is 281,604 thanks").text(), "it is 281604 thanks");
        let n = norm("the number is 662, 718, 309, 4.");
        assert_eq!(n.text(), "the number is 6627183094");
        assert_eq!(words_of(&n, "6627183094"), 3..7);
        // Across the sentence dots Whisper puts between groups.
        assert_eq!(norm("ID 662. 718. 309.").text(), "id 662718309");
        // Prices, decimals and times keep their shape.
        assert_eq!(
            norm("it was $2,450 in total").text(),
            "it was $2,450 in total"
        );
        assert_eq!(
            norm("rates rose 4.25 percent").text(),
            "rates rose 4.25 percent"
        );
        assert_eq!(norm("at 10:45 we left").text(), "at 10:45 we left");
    }

    #[test]
    fn million_and_thousand_between_written_groups() {
        let n = norm("my member ID is 83 million 604,217.");
        assert_eq!(n.text(), "my member id is 83604217");
        assert_eq!(words_of(&n, "83604217"), 4..7, "the scale word is inside");
        assert_eq!(
            norm("9 million 1,002").text(),
            "9001002",
            "zero-padded to six"
        );
        assert_eq!(norm("19 thousand 45").text(), "19045");
        assert_eq!(norm("71 thousand 230").text(), "71230");
        assert_eq!(norm("6 million 55 thousand 12").text(), "6055012");
        assert_eq!(norm("two million three hundred thousand").text(), "2300000");
        // Nothing after the scale word: an amount, left alone.
        assert_eq!(norm("5 million dollars").text(), "5 million dollars");
        assert_eq!(
            norm("about three million people").text(),
            "about 3 million people"
        );
        assert_eq!(norm("20 thousand").text(), "20 1000");
    }

    #[test]
    fn repeated_digit_written_as_a_digit() {
        assert_eq!(norm("double 7 three").text(), "773");
        assert_eq!(norm("6 triple 0 2").text(), "60002");
        let n = norm("it ends double 9");
        assert_eq!(words_of(&n, "99"), 2..4);
        assert_eq!(norm("double 12").text(), "double 12");
        assert_eq!(norm("a double 5 star hotel").text(), "a 55 star hotel");
    }

    #[test]
    fn a_repeated_digit_joined_to_the_group_after_it_mid_run() {
        // "six two eight, double three one five" → "628, double 315".
        assert_eq!(norm("628, double 315").text(), "6283315");
        assert_eq!(norm("five one triple 09").text(), "510009");
        // Not at the start of a number, nor with a group too long to be read digit by digit.
        assert_eq!(norm("double 12").text(), "double 12");
        assert_eq!(
            norm("a room for 2, double 250 a night").text(),
            "a room for 2 double 250 a night"
        );
        assert_eq!(norm("628 double 31500").text(), "628 double 31500");
    }

    #[test]
    fn a_dot_inside_a_dashed_group_is_a_separator() {
        assert_eq!(norm("ending in 614-2.9037.").text(), "ending in 61429037");
        assert_eq!(norm("908-33.1 then").text(), "908331 then");
        // Without a dash a dot is a decimal.
        assert_eq!(
            norm("it was 1.0482 exactly").text(),
            "it was 1.0482 exactly"
        );
        assert_eq!(norm("grew 2.75 percent").text(), "grew 2.75 percent");
        assert_eq!(norm("-3.5 degrees").text(), "-3.5 degrees");
    }

    #[test]
    fn a_leading_digit_glued_into_a_word_after_a_card_cue() {
        let n = norm("Visa for 916, 203, 877, 415, 2.");
        assert_eq!(n.text(), "visa 49162038774152");
        assert_eq!(words_of(&n, "49162038774152"), 1..7);
        assert_eq!(
            norm("my card number to 338 712 904 5521").text(),
            "my card number 23387129045521"
        );
        assert_eq!(
            norm("Amex won 440, 918, 257, 733, 06").text(),
            "amex 144091825773306"
        );
        // Ordinary "for": no card cue, or not card-length after it.
        assert_eq!(
            norm("I waited for 20 minutes").text(),
            "i waited for 20 minutes"
        );
        assert_eq!(
            norm("thanks for 415 555 2671").text(),
            "thanks for 4155552671"
        );
        assert_eq!(
            norm("I paid with my card for 35 dollars").text(),
            "i paid with my card for 35 dollars"
        );
        assert_eq!(
            norm("the visa for two weeks").text(),
            "the visa for 2 weeks"
        );
        assert_eq!(
            norm("the number for 916 203 877 4152").text(),
            "the number for 9162038774152",
            "\"number\" without \"card\" is no card cue"
        );
    }
}
