//! A normalized view of transcript words, aligned byte-for-byte back to those words.
//!
//! Whisper writes the same card number as "4111 1111 1111 1111", "4111-1111-…" or "four one one
//! one …", and the same address as "sarah.johnson@gmail.com" or "sarah dot johnson at gmail dot
//! com". Writing one regex per surface form would be endless, so the rule recognizers run over a
//! single canonical view instead:
//!
//! - every word is lower-cased (ASCII) and stripped of leading/trailing punctuation;
//! - number words become digits ("four" → `4`, "fifteen" → `15`, "twenty six" → `26`, "five
//!   hundred twelve" → `512`, "double five" → `55`, "oh" → `0` when next to other digits);
//! - "thousand" and the British "and" are understood ("two thousand and five" → `2005`, "five
//!   hundred and twelve" → `512`), as are hyphenated compounds ("twenty-six" → `26`);
//! - ordinal words become written ordinals ("fourteenth" → `14th`, "thirty-first" / "thirty
//!   first" → `31st`) that never join a digit run, so "the second 555 …" stays two tokens;
//! - consecutive numbers are joined into one digit run across spaces, commas, dashes, brackets
//!   and the spoken "dash"/"hyphen", so a spoken or grouped card or phone number is one token
//!   (`+14155552671`). Written dots are dropped too ("415.555.2671"), except in a dotted quad
//!   ("192.168.1.1") or a decimal ("3.5"), which stay as written and are never joined; the spoken
//!   "dot"/"point" between numbers stays a `.`, so a spoken IP address keeps its shape. Written
//!   numeric dates ("1982-03-14", "25.12.1982") also stay as written, and a day right after a
//!   month name is not joined to the year after it ("March 14, 1982" → `march 14 1982`, not
//!   `march 141982`), so dates keep their parts;
//! - spoken e-mail addresses and domains become their written form ("sarah dot johnson at gmail
//!   dot com" → `sarah.johnson@gmail.com`), but only where the words form a plausible address:
//!   the last label must be a known top-level domain and the local part may not be a common word,
//!   so "I looked at the store" and "the dot com bubble" are left alone.
//!
//! Tokens are separated by one space. For every byte of the view we keep the index of the source
//! word that produced it, so [`NormalizedText::word_range`] maps any regex match back to the exact
//! words to redact; words that produce no byte (a spoken "dash" inside a number) still fall inside
//! the range of the match around them.

use std::borrow::Cow;
use std::ops::Range;

use super::validators::{is_known_tld, numeric_date};

/// The normalized view of one list of words.
#[derive(Debug, Clone)]
pub struct NormalizedText {
    text: String,
    /// For every byte of `text`, the index of the word that produced it (non-decreasing).
    word_of_byte: Vec<usize>,
    words: usize,
}

impl NormalizedText {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Self {
        let cleaned: Vec<String> = words.iter().map(|w| clean(w.as_ref())).collect();
        let mut out = Builder::default();
        let mut i = 0;
        while i < cleaned.len() {
            let joined = spoken_email(&cleaned, i)
                .or_else(|| spoken_domain(&cleaned, i))
                .or_else(|| day_before_year(&cleaned, i))
                .or_else(|| ordinal(&cleaned, i))
                .or_else(|| digit_run(&cleaned, i));
            match joined {
                Some((end, pieces)) => {
                    out.token(&pieces);
                    i = end;
                }
                None => {
                    if !cleaned[i].is_empty() {
                        out.token(&[(Cow::Borrowed(cleaned[i].as_str()), i)]);
                    }
                    i += 1;
                }
            }
        }
        NormalizedText {
            text: out.text,
            word_of_byte: out.map,
            words: words.len(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The source words that produced the normalized bytes `bytes` (half-open word index range).
    /// Out-of-bounds byte ranges are clamped; an empty byte range gives an empty word range at the
    /// word of its position.
    pub fn word_range(&self, bytes: Range<usize>) -> Range<usize> {
        let end = bytes.end.min(self.text.len());
        let start = bytes.start.min(end);
        if start == end {
            let w = self.word_of_byte.get(start).copied().unwrap_or(self.words);
            return w..w;
        }
        self.word_of_byte[start]..self.word_of_byte[end - 1] + 1
    }
}

/// Output text plus its byte → word map, built token by token.
#[derive(Default)]
struct Builder {
    text: String,
    map: Vec<usize>,
}

impl Builder {
    /// Appends one token made of `pieces`, each piece attributed to its word.
    fn token(&mut self, pieces: &[(Cow<'_, str>, usize)]) {
        if let Some(&last) = self.map.last() {
            // The separator belongs to the word before it, keeping the map non-decreasing.
            self.text.push(' ');
            self.map.push(last);
        }
        for (s, word) in pieces {
            self.text.push_str(s);
            self.map.extend(std::iter::repeat_n(*word, s.len()));
        }
    }
}

/// Pieces of one output token and the word each came from.
type Pieces<'a> = Vec<(Cow<'a, str>, usize)>;

/// Lower-cases (ASCII only, so byte lengths are kept) and trims the punctuation speech-to-text
/// attaches to words. Inner whitespace would split the token later, so it is removed. A
/// punctuation-only word becomes empty (and joins numbers around it, like a dash).
fn clean(word: &str) -> String {
    const LEAD: &[char] = &['"', '\'', '(', '[', '{', '<', '¿', '¡', '«', '“', '‘'];
    const TRAIL: &[char] = &[
        '.', ',', '!', '?', ';', ':', '"', '\'', ')', ']', '}', '>', '»', '”', '’', '…',
    ];
    let w = word.trim().trim_start_matches(LEAD).trim_end_matches(TRAIL);
    // Punctuation-only words ("—", "&") carry nothing to match; "@" is kept for "sarah @ x.com".
    if w != "@" && !w.chars().any(char::is_alphanumeric) {
        return String::new();
    }
    let mut s = w.to_ascii_lowercase();
    s.retain(|c| !c.is_whitespace());
    s
}

// ---- spoken e-mail addresses and domains -------------------------------------------------------

/// Spoken words that join address parts; never a part themselves.
const ADDRESS_KEYWORDS: &[&str] = &["at", "@", "dot", "underscore", "dash", "hyphen"];

/// Common words that precede "at" or "dot" in ordinary speech ("looked at", "the dot com
/// bubble"). A one-word local part or first domain label from this list is not an address.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "is", "am", "are", "was", "were", "be", "been", "being", "it", "its", "this",
    "that", "these", "those", "there", "here", "me", "him", "her", "us", "them", "you", "i", "we",
    "they", "he", "she", "my", "your", "our", "their", "his", "one", "all", "up", "out", "in",
    "on", "of", "to", "for", "and", "or", "but", "so", "not", "no", "yes", "just", "only", "also",
    "what", "who", "where", "when", "how", "why", "which", "look", "looked", "looking", "looks",
    "stay", "stayed", "staying", "work", "works", "worked", "working", "meet", "met", "arrive",
    "arrived", "live", "lives", "lived", "living", "go", "went", "going", "come", "came", "coming",
    "sign", "signed", "stare", "stared", "staring", "laugh", "laughed", "laughing", "point",
    "pointed", "pointing", "aim", "shop", "shopping", "eat", "ate", "eating", "smile", "smiled",
    "good", "great", "best", "now", "then", "still", "again", "back", "home", "once", "least",
    "most", "first", "last", "times", "time", "night", "noon", "bubble",
];

fn is_local_label(w: &str) -> bool {
    is_label(w, b"._%+-")
}

fn is_domain_label(w: &str) -> bool {
    is_label(w, b".-")
}

/// An address part: ASCII alphanumerics plus `extra`, starting and ending alphanumeric.
fn is_label(w: &str, extra: &[u8]) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && !ADDRESS_KEYWORDS.contains(&w)
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// `<label> ((dot|underscore|dash) <label>)* (at|@) <domain>` starting at word `i`.
fn spoken_email(w: &[String], i: usize) -> Option<(usize, Pieces<'_>)> {
    if !is_local_label(&w[i]) {
        return None;
    }
    let mut pieces: Pieces = vec![(w[i].as_str().into(), i)];
    let mut j = i + 1;
    while j + 1 < w.len() {
        let sep = match w[j].as_str() {
            "dot" => ".",
            "underscore" => "_",
            "dash" | "hyphen" => "-",
            _ => break,
        };
        if !is_local_label(&w[j + 1]) {
            break;
        }
        pieces.push((sep.into(), j));
        pieces.push((w[j + 1].as_str().into(), j + 1));
        j += 2;
    }
    if pieces.len() == 1 && STOPWORDS.contains(&w[i].as_str()) {
        return None;
    }
    if !matches!(w.get(j).map(String::as_str), Some("at" | "@")) {
        return None;
    }
    let (end, domain) = domain(w, j + 1)?;
    pieces.push(("@".into(), j));
    pieces.extend(domain);
    Some((end, pieces))
}

/// A domain spoken with at least one "dot" ("example dot com", "w w w dot example dot co dot
/// uk"). Written domains ("example.com") are already one word and need no joining.
fn spoken_domain(w: &[String], i: usize) -> Option<(usize, Pieces<'_>)> {
    domain(w, i).filter(|(end, _)| w[i..*end].iter().any(|x| x == "dot"))
}

/// The longest `<label> ((dot|dash) <label>)*` starting at word `j` whose last label ends in a
/// known top-level domain. The first label may be written ("gmail.com") or "w w w".
fn domain(w: &[String], j: usize) -> Option<(usize, Pieces<'_>)> {
    let mut pieces = Pieces::new();
    let mut k = j;
    if w.len() >= j + 3 && w[j..j + 3].iter().all(|x| x == "w") {
        pieces.extend((j..j + 3).map(|x| (Cow::Borrowed("w"), x)));
        k += 3;
    } else if w
        .get(j)
        .is_some_and(|x| is_domain_label(x) && !STOPWORDS.contains(&x.as_str()))
    {
        pieces.push((w[j].as_str().into(), j));
        k += 1;
    } else {
        return None;
    }
    // A written first label ("gmail.com") may already end the domain.
    let ends_in_tld = |label: &str| {
        label
            .rsplit_once('.')
            .is_some_and(|(_, tld)| is_known_tld(tld))
    };
    let mut best = ends_in_tld(&w[k - 1]).then_some((k, pieces.len()));
    while k + 1 < w.len() && is_domain_label(&w[k + 1]) {
        let sep = match w[k].as_str() {
            "dot" => ".",
            "dash" | "hyphen" => "-",
            _ => break,
        };
        pieces.push((sep.into(), k));
        pieces.push((w[k + 1].as_str().into(), k + 1));
        k += 2;
        let last = w[k - 1].rsplit('.').next().unwrap_or_default();
        if sep == "." && is_known_tld(last) {
            best = Some((k, pieces.len()));
        }
    }
    let (end, n) = best?;
    pieces.truncate(n);
    Some((end, pieces))
}

// ---- numbers ------------------------------------------------------------------------------------

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const TEENS: [&str; 10] = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"];
const TENS: [&str; 10] = ["", "", "20", "30", "40", "50", "60", "70", "80", "90"];

const UNITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEEN_WORDS: [&str; 10] = [
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
const TENS_WORDS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// What a cleaned word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Num {
    /// zero … nine.
    Digit(usize),
    /// "oh": a zero only beside other digits ("four oh five"), otherwise an interjection.
    Oh,
    /// ten … nineteen (index into `TEENS`).
    Teen(usize),
    /// twenty … ninety (index into `TENS`).
    Tens(usize),
    /// A hyphenated "twenty-six": tens index and unit digit.
    Compound(usize, usize),
    Hundred,
    Thousand,
    /// "double" / "triple" before a digit.
    Repeat(usize),
    /// Digits as written, possibly grouped: "4111", "415-555", "(415)", "80,304", "+44".
    Written,
    /// Spoken "plus" before a number.
    Plus,
    /// Dropped between two numbers: "dash", "hyphen" or a punctuation-only word ("-", "—").
    Joiner,
    /// Spoken "dot"/"point" between two numbers: kept as ".".
    Point,
    Other,
}

/// Whether a lower-case, punctuation-stripped word can be part of a spoken number ("four",
/// "oh", "twenty-one", "double", "hundred", "dash", "point"): the streaming detector holds such
/// words back in case the number continues in the next segment.
pub fn is_number_word(w: &str) -> bool {
    !matches!(classify(w), Num::Other | Num::Written) && !w.is_empty()
}

fn classify(w: &str) -> Num {
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
        "oh" => Num::Oh,
        "hundred" => Num::Hundred,
        "thousand" => Num::Thousand,
        "double" => Num::Repeat(2),
        "triple" => Num::Repeat(3),
        "plus" => Num::Plus,
        "" | "dash" | "hyphen" => Num::Joiner,
        "dot" | "point" => Num::Point,
        _ if written_digits(w).is_some() => Num::Written,
        _ => match w.split_once('-') {
            Some((t, u)) => match (tens_index(t), UNITS.iter().position(|&x| x == u)) {
                (Some(t), Some(u)) if u > 0 => Num::Compound(t, u),
                _ => Num::Other,
            },
            None => Num::Other,
        },
    }
}

fn tens_index(w: &str) -> Option<usize> {
    TENS_WORDS.iter().position(|&u| !u.is_empty() && u == w)
}

/// The digits of a written number that may join a run, with whether it had a leading `+`.
/// `None` for anything else, including dotted quads, decimals and numeric dates, which keep
/// their separators.
fn written_digits(w: &str) -> Option<(bool, String)> {
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
    // writes a digit group, not a decimal: spoken decimals come out as "3.5" or "12.75".
    let grouped = dots == 1
        && s.split_once('.').is_some_and(|(a, b)| {
            a.len() >= 3 && b.len() == 3 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        });
    ((dots != 1 || grouped) && !quad && !numeric_date(s)).then_some((plus, digits))
}

fn class_at(w: &[String], k: usize) -> Num {
    w.get(k).map_or(Num::Other, |x| classify(x))
}

/// A run of numbers starting at word `i`, joined into one token.
fn digit_run(w: &[String], i: usize) -> Option<(usize, Pieces<'_>)> {
    let mut pieces = Pieces::new();
    let mut k = i;
    // "plus" starts a number ("plus four four …"), but after one it is arithmetic ("two plus two").
    let after_number = i > 0
        && !matches!(
            class_at(w, i - 1),
            Num::Plus | Num::Joiner | Num::Point | Num::Other
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
        if items == 0 || !matches!(joiner, Num::Joiner | Num::Point) {
            break;
        }
        let Some((next, item)) = number_item(w, k + 1, false) else {
            break;
        };
        if joiner == Num::Point {
            pieces.push((".".into(), k));
        }
        pieces.extend(item);
        items += 1;
        k = next;
    }
    (items > 0).then_some((k, pieces))
}

/// One number at word `k` (possibly several words: "twenty six", "five hundred twelve", "double
/// five", "two thousand and five"); `first` when it would start the run.
fn number_item(w: &[String], k: usize, first: bool) -> Option<(usize, Pieces<'_>)> {
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
        Num::Oh if !first || oh_leads_digits(w, k) => return Some((k + 1, vec![("0".into(), k)])),
        Num::Written => {
            let (plus, digits) = written_digits(&w[k])?;
            if plus && !first {
                return None;
            }
            let token = if plus { format!("+{digits}") } else { digits };
            return Some((k + 1, vec![(token.into(), k)]));
        }
        _ => return None,
    };
    let (next, lead) = spoken;
    Some(if class_at(w, next) == Num::Thousand {
        thousand(w, next, lead)
    } else {
        (next, lead)
    })
}

/// "twenty" → `20`, "twenty six" / "twenty-six" → `26`, "fifteen" → `15` at word `k`.
fn tens(w: &[String], k: usize) -> Option<(usize, Pieces<'_>)> {
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
fn after_scale(w: &[String], k: usize) -> usize {
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
fn hundred<'a>(w: &'a [String], k: usize, mut lead: Pieces<'a>) -> (usize, Pieces<'a>) {
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
fn thousand<'a>(w: &'a [String], k: usize, mut lead: Pieces<'a>) -> (usize, Pieces<'a>) {
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

/// Whether the "oh"s starting at word `k` are followed by a digit ("oh five" yes, "oh well" no).
fn oh_leads_digits(w: &[String], k: usize) -> bool {
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
            | Num::Written
    )
}

// ---- ordinals and dates -------------------------------------------------------------------------

/// The value of a one-word ordinal: "first" → 1, "fourteenth" → 14, "thirty-first" → 31.
fn ordinal_value(w: &str) -> Option<usize> {
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
fn ordinal_suffix(n: usize) -> &'static str {
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
fn ordinal(w: &[String], i: usize) -> Option<(usize, Pieces<'_>)> {
    if let Some(n) = w.get(i).and_then(|x| ordinal_value(x)) {
        return Some((i + 1, vec![(format!("{n}{}", ordinal_suffix(n)).into(), i)]));
    }
    let Num::Tens(t) = class_at(w, i) else {
        return None;
    };
    let u = w
        .get(i + 1)
        .and_then(|x| ordinal_value(x))
        .filter(|u| (1..=9).contains(u))?;
    let n = 10 * t + u;
    Some((
        i + 2,
        vec![
            (DIGITS[t].into(), i),
            (format!("{u}{}", ordinal_suffix(n)).into(), i + 1),
        ],
    ))
}

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
/// nineteen eighty two"): just the day, so the run joiner does not glue it to the year.
fn day_before_year(w: &[String], i: usize) -> Option<(usize, Pieces<'_>)> {
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
    (year.len() == 4 && (1000..=2999).contains(&year.parse::<u32>().ok()?)).then_some((next, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn norm(words: &str) -> NormalizedText {
        NormalizedText::new(&words.split(' ').collect::<Vec<_>>())
    }

    /// The words behind the first occurrence of `needle` in the view.
    fn words_of(n: &NormalizedText, needle: &str) -> Range<usize> {
        let start = n
            .text()
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {:?}", n.text()));
        n.word_range(start..start + needle.len())
    }

    #[test]
    fn cleans_case_and_punctuation() {
        assert_eq!(
            norm("Hello, World! \"Quoted\" (x)").text(),
            "hello world quoted x"
        );
        assert_eq!(norm("... ok").text(), "ok");
    }

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
    fn plus_starts_a_number_only() {
        assert_eq!(norm("plus four four").text(), "+44");
        assert_eq!(norm("two plus two").text(), "2 plus 2");
        assert_eq!(norm("415 +44").text(), "415 +44");
    }

    #[test]
    fn a_dot_between_digit_groups_joins_them() {
        assert_eq!(
            norm("my count number is 77734 192.058.").text(),
            "my count number is 77734192058"
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
    }

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
        // No year after it: the run is left as it was.
        assert_eq!(norm("may 5551234").text(), "may 5551234");
        assert_eq!(norm("on 14 1982").text(), "on 141982");
    }

    #[test]
    fn whisper_transcripts() {
        let n = norm("My card number is 4539 148 0343 6467");
        assert_eq!(n.text(), "my card number is 453914803436467");
        assert_eq!(words_of(&n, "453914803436467"), 4..8);
        let n = norm("My count number is 7-7-3-4, 192-058.");
        assert_eq!(n.text(), "my count number is 7734192058");
        assert_eq!(words_of(&n, "7734192058"), 4..6);
        assert_eq!(
            norm("My Obenas GB82, WEST-1234-5698-7654-32.").text(),
            "my obenas gb82 west-1234-5698-7654-32"
        );
    }

    #[test]
    fn spoken_email() {
        let n = norm("it is sarah dot johnson at gmail dot com thanks");
        assert_eq!(n.text(), "it is sarah.johnson@gmail.com thanks");
        assert_eq!(words_of(&n, "sarah.johnson@gmail.com"), 2..9);
        assert_eq!(
            norm("john underscore smith at example dot co dot uk").text(),
            "john_smith@example.co.uk"
        );
        assert_eq!(
            norm("Sarah.Johnson at gmail.com").text(),
            "sarah.johnson@gmail.com"
        );
        // Overshooting labels are trimmed back to the last known TLD.
        assert_eq!(
            norm("bob at mail dot com dot she").text(),
            "bob@mail.com dot she"
        );
    }

    #[test]
    fn at_and_dot_in_ordinary_speech_are_left_alone() {
        for s in [
            "we met at the store dot",
            "i looked at google dot store",
            "look at it",
            "email me at home",
            "the dot com bubble",
            "she arrived at noon",
        ] {
            let n = norm(s);
            assert!(!n.text().contains('@'), "{s} -> {}", n.text());
        }
        assert_eq!(norm("the dot com bubble").text(), "the dot com bubble");
        assert_eq!(
            norm("looked at amazon dot com").text(),
            "looked at amazon.com"
        );
    }

    #[test]
    fn spoken_domains() {
        let n = norm("visit w w w dot example dot com today");
        assert_eq!(n.text(), "visit www.example.com today");
        assert_eq!(words_of(&n, "www.example.com"), 1..8);
        assert_eq!(norm("example dot org").text(), "example.org");
        assert_eq!(norm("example dot nothing").text(), "example dot nothing");
    }

    #[test]
    fn word_range_edges() {
        let n = norm("a b");
        assert_eq!(n.word_range(0..0), 0..0);
        assert_eq!(n.word_range(3..3), 2..2);
        assert_eq!(n.word_range(0..100), 0..2);
        assert_eq!(n.word_range(2..3), 1..2);
        let empty = NormalizedText::new::<&str>(&[]);
        assert_eq!(empty.text(), "");
        assert_eq!(empty.word_range(0..5), 0..0);
        // Punctuation-only words produce no bytes but keep indices aligned.
        let n = NormalizedText::new(&["hi", "—", "...", "there"]);
        assert_eq!(n.text(), "hi there");
        assert_eq!(words_of(&n, "there"), 3..4);
    }

    /// Words a digit may come from: spelled numbers and number modifiers.
    fn is_number_word(w: &str) -> bool {
        matches!(
            classify(w),
            Num::Digit(_)
                | Num::Oh
                | Num::Teen(_)
                | Num::Tens(_)
                | Num::Compound(..)
                | Num::Hundred
                | Num::Thousand
                | Num::Repeat(_)
        ) || ordinal_value(w).is_some()
    }

    fn word_strategy() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "zero",
                "oh",
                "one",
                "two",
                "five",
                "nine",
                "eleven",
                "nineteen",
                "twenty",
                "ninety",
                "hundred",
                "thousand",
                "and",
                "first",
                "twenty-first",
                "fourteenth",
                "forty-two",
                "march",
                "1982-03-14",
                "12.25.1982",
                "double",
                "triple",
                "plus",
                "dash",
                "dot",
                "point",
                "at",
                "underscore",
                "gmail",
                "com",
                "w",
                "the",
                "sarah",
                "card",
                "my",
                "-",
                ",",
                "...",
                "+1",
                "(415)",
                "555-2671",
                "80,304",
                "192.168.1.1",
                "3.5",
                "4111",
                "Sarah.J@x.com",
                "é",
                "日本",
            ])
            .prop_map(String::from),
            "[a-zA-Z0-9,.@()+$ -]{0,8}",
            "\\PC{0,4}",
        ]
    }

    proptest! {
        #[test]
        fn alignment_is_total_monotone_and_digits_have_a_source(words in prop::collection::vec(word_strategy(), 0..24)) {
            let n = NormalizedText::new(&words);
            prop_assert_eq!(n.word_of_byte.len(), n.text().len());
            let mut prev = 0;
            for (p, &w) in n.word_of_byte.iter().enumerate() {
                prop_assert!(w < words.len(), "byte {} maps to word {} of {}", p, w, words.len());
                prop_assert!(w >= prev, "map not monotone at byte {}", p);
                prev = w;
                let c = n.text().as_bytes()[p];
                if c.is_ascii_digit() {
                    let src = &words[w];
                    let cleaned = clean(src);
                    prop_assert!(
                        src.as_bytes().contains(&c) || is_number_word(&cleaned),
                        "digit {} at {} from word {:?}", char::from(c), p, src
                    );
                }
            }
            let len = n.text().len();
            for a in 0..=len {
                for b in a..=len.min(a + 6) {
                    let r = n.word_range(a..b);
                    prop_assert!(r.start <= r.end && r.end <= words.len());
                    if b > a {
                        prop_assert!(r.start < r.end);
                        // Monotone: extending the byte range never shrinks the word range.
                        let wider = n.word_range(a..len);
                        prop_assert!(wider.start == r.start && wider.end >= r.end);
                    }
                }
            }
        }
    }
}
