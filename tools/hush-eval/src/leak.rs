//! Leak checks: can a gold item still be read after redaction? And how much else survives?
//!
//! Recall says whether a detector *noticed* an item; the leak rate says whether what is left
//! after redaction still gives it away, which is what a privacy filter is for. A detector that
//! finds "4539 1488" of a 16-digit card number has recalled it, but eight digits leak.
//!
//! The rule is the product's ([`hush::redact::leak`], the one `hush redact --verify` applies):
//! [`DIGIT_RUN`] consecutive digits, or a telling (non-generic) word. This module only applies it
//! to the eval's inputs:
//!
//! **Text mode** ([`text_item_leaks`]): gold and predictions share character offsets, so every
//! predicted span (of any kind, scored or not) is removed and we look at what is left of the
//! item's own characters. It leaks if `min(DIGIT_RUN, n)` of its `n` digits are left uncovered
//! *in a row* (consecutive in the item's digit sequence; separators do not matter), or — for
//! names, addresses and e-mail addresses — if a leftover alphabetic run is a telling word
//! ([`is_telling`]: three letters or more, not generic), since "Johnson" left next to "[PERSON]"
//! still names someone, but "Street" does not.
//!
//! **Speech mode** ([`LeakText`]): the transcript is Whisper's, so there are no shared offsets
//! and the check is by content, over the whole redacted transcript of the clip, with the
//! product's scorer; replacement words split the transcript into runs ([`LeakText::from_runs`]),
//! so a value can never be glued together across a redaction.
//!
//! **Ordinary-word survival** ([`survival`]): redacting everything would never leak, so we also
//! measure the share of the reference's other words (outside every item, number words left out
//! because Whisper may write them as digits) that the redacted transcript still has, and, as a
//! figure of its own, the share of the reference's other numbers ([`number_survival`], compared
//! by their digits), which redacting every number (`numbers = "all"`) costs.

use std::collections::HashMap;
use std::ops::Range;

use hush::detect::normalize::NormalizedText;
use hush::redact::leak::{is_telling, LeakText, DIGIT_RUN};

/// Text mode: whether the item at `item` (char indices into a text of `chars`) can still be read
/// once every char with `covered[i]` set has been removed. `wordy`: look at leftover words too.
/// Returns `None` when the item has neither digits nor (for wordy items) words to judge by.
pub fn text_item_leaks(
    chars: &[char],
    covered: &[bool],
    item: Range<usize>,
    wordy: bool,
) -> Option<bool> {
    let item = item.start.min(chars.len())..item.end.min(chars.len());
    let mut digits_total = 0usize;
    let mut run = 0usize;
    let mut best_run = 0usize;
    for i in item.clone() {
        if chars[i].is_ascii_digit() {
            digits_total += 1;
            if covered[i] {
                run = 0;
            } else {
                run += 1;
                best_run = best_run.max(run);
            }
        }
    }
    if digits_total > 0 && best_run >= digits_total.min(DIGIT_RUN) {
        return Some(true);
    }
    if wordy {
        // The item's words decide whether it can be judged at all; only leftover ones leak.
        let own = |c: &[char]| -> bool {
            c.split(|c| !c.is_alphabetic())
                .any(|w| is_telling(&w.iter().collect::<String>().to_lowercase()))
        };
        let leftover: Vec<char> = item
            .clone()
            .map(|i| if covered[i] { ' ' } else { chars[i] })
            .collect();
        if own(&leftover) {
            return Some(true);
        }
        if own(&chars[item]) {
            return Some(false);
        }
    }
    (digits_total > 0).then_some(false)
}

/// Text mode for texts that say their numbers in words (the spoken set's reference texts): what
/// is left of the item's characters, split wherever a prediction covered some, is checked like a
/// transcript ([`LeakText`]) against the item's `digits` and `words`. `None` when the item has
/// neither.
pub fn spoken_item_leaks(
    chars: &[char],
    covered: &[bool],
    item: Range<usize>,
    digits: &str,
    words: &[String],
) -> Option<bool> {
    if !digits.bytes().any(|b| b.is_ascii_digit()) && words.iter().all(|w| w.trim().is_empty()) {
        return None;
    }
    let item = item.start.min(chars.len())..item.end.min(chars.len());
    let mut runs: Vec<String> = vec![String::new()];
    for i in item {
        if covered[i] {
            if !runs.last().is_some_and(String::is_empty) {
                runs.push(String::new());
            }
        } else {
            runs.last_mut().expect("one run").push(chars[i]);
        }
    }
    let runs: Vec<Vec<&str>> = runs
        .iter()
        .map(|r| r.split_whitespace().collect())
        .collect();
    Some(LeakText::from_runs(&runs).leaks_item(digits, words))
}

/// Marks every char covered by one of `spans` (char ranges).
pub fn coverage(len: usize, spans: impl IntoIterator<Item = Range<usize>>) -> Vec<bool> {
    let mut covered = vec![false; len];
    for s in spans {
        for c in covered
            .iter_mut()
            .take(s.end.min(len))
            .skip(s.start.min(len))
        {
            *c = true;
        }
    }
    covered
}

/// Words Whisper may write as digits; left out of the survival measure.
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "double", "triple", "first", "second", "third",
    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth",
];

/// The word as compared for survival: lower-cased letters and digits only ("don't" → "dont").
fn survival_form(w: &str) -> String {
    w.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Ordinary-word survival: `(kept, total)` where `total` counts the reference's words outside
/// every item span (char ranges), number words and words with digits left out, and `kept` how
/// many of them the redacted transcript still has (multiset intersection).
pub fn survival<S: AsRef<str>>(
    reference: &str,
    items: &[Range<usize>],
    redacted_words: &[S],
) -> (usize, usize) {
    let mut want: HashMap<String, usize> = HashMap::new();
    let mut total = 0;
    let mut pos = 0usize; // char index
    let mut start: Option<usize> = None;
    let mut word = String::new();
    let mut push = |word: &mut String, range: Range<usize>| {
        let f = survival_form(word);
        word.clear();
        let inside = items
            .iter()
            .any(|it| range.start < it.end && it.start < range.end);
        if f.is_empty()
            || inside
            || NUMBER_WORDS.contains(&f.as_str())
            || f.chars().any(|c| c.is_ascii_digit())
        {
            return;
        }
        *want.entry(f).or_default() += 1;
        total += 1;
    };
    for c in reference.chars() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                push(&mut word, s..pos);
            }
        } else {
            start.get_or_insert(pos);
            word.push(c);
        }
        pos += 1;
    }
    if let Some(s) = start.take() {
        push(&mut word, s..pos);
    }
    let mut kept = 0;
    for w in redacted_words {
        if let Some(n) = want.get_mut(&survival_form(w.as_ref())) {
            if *n > 0 {
                *n -= 1;
                kept += 1;
            }
        }
    }
    (kept, total)
}

/// The reference's words outside every item span (char ranges), in runs broken at each item.
fn outside_runs(reference: &str, items: &[Range<usize>]) -> Vec<Vec<String>> {
    let mut runs = vec![Vec::new()];
    let mut word = String::new();
    let mut start = 0;
    let mut push = |word: &mut String, range: Range<usize>| {
        let inside = items
            .iter()
            .any(|it| range.start < it.end && it.start < range.end);
        if inside {
            runs.push(Vec::new());
        } else {
            runs.last_mut().expect("one run").push(std::mem::take(word));
        }
        word.clear();
    };
    let mut pos = 0usize; // char index
    for c in reference.chars() {
        if c.is_whitespace() {
            if !word.is_empty() {
                push(&mut word, start..pos);
            }
        } else {
            if word.is_empty() {
                start = pos;
            }
            word.push(c);
        }
        pos += 1;
    }
    if !word.is_empty() {
        push(&mut word, start..pos);
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// The digits of every number in `runs`, read as the detector reads them (spoken numbers as
/// digits, a number said in groups as one), each run on its own.
fn numbers_in<S: AsRef<str>>(runs: &[Vec<S>]) -> Vec<String> {
    runs.iter()
        .flat_map(|run| {
            let view = NormalizedText::new(run);
            view.text()
                .split(' ')
                .map(|t| t.chars().filter(char::is_ascii_digit).collect::<String>())
                .filter(|d| !d.is_empty())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Ordinary-number survival: `(kept, total)` where `total` counts the numbers the reference says
/// outside every item span (prices, times, sizes: what [`survival`] leaves out), and `kept` how
/// many of them the redacted transcript (`runs`, split at replacements) still has, compared by
/// their digits (multiset intersection). What `numbers = "all"` costs a transcript.
pub fn number_survival<S: AsRef<str>>(
    reference: &str,
    items: &[Range<usize>],
    runs: &[Vec<S>],
) -> (usize, usize) {
    let mut want: HashMap<String, usize> = HashMap::new();
    let wanted = numbers_in(&outside_runs(reference, items));
    let total = wanted.len();
    for d in wanted {
        *want.entry(d).or_default() += 1;
    }
    let mut kept = 0;
    for d in numbers_in(runs) {
        if let Some(n) = want.get_mut(&d) {
            if *n > 0 {
                *n -= 1;
                kept += 1;
            }
        }
    }
    (kept, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_survival_counts_numbers_outside_items() {
        let reference = "It was twenty nine dollars at three thirty, and my code is four two six.";
        let code = reference.find("four").unwrap()..reference.len() - 1;
        let items = std::slice::from_ref(&code);
        // Whisper's digits count as the words said; the item's digits are not counted.
        let kept = [run("it was $29 at 3:30 and my code is [CVV]")];
        assert_eq!(number_survival(reference, items, &kept), (2, 2));
        let redacted = [run("it was"), run("at 3:30 and my code is")];
        assert_eq!(number_survival(reference, items, &redacted), (1, 2));
        assert_eq!(
            number_survival("no numbers here", &[], &[run("no")]),
            (0, 0)
        );
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Covers the char range of each `needle` in `text`.
    fn cover(text: &str, needles: &[&str]) -> Vec<bool> {
        let c = chars(text);
        let spans = needles.iter().map(|n| {
            let b = text.find(n).expect("needle");
            let s = text[..b].chars().count();
            s..s + n.chars().count()
        });
        coverage(c.len(), spans)
    }

    #[test]
    fn digits_leak_when_four_in_a_row_are_left() {
        let t = "card 4539 1488 0343 6467 ok";
        let item = 5..24;
        let c = chars(t);
        assert_eq!(
            text_item_leaks(&c, &cover(t, &[]), item.clone(), false),
            Some(true)
        );
        let all = cover(t, &["4539 1488 0343 6467"]);
        assert_eq!(text_item_leaks(&c, &all, item.clone(), false), Some(false));
        // Three digits, a separator, then more digits covered: "39 1" uncovered is 3 in a row.
        let most = cover(t, &["45", "488 0343 6467"]);
        assert_eq!(text_item_leaks(&c, &most, item.clone(), false), Some(false));
        // "39 14" uncovered: four consecutive digits of the item across a separator leak.
        let less = cover(t, &["45", "88 0343 6467"]);
        assert_eq!(text_item_leaks(&c, &less, item, false), Some(true));
    }

    #[test]
    fn short_numbers_leak_whole() {
        let t = "cvv 123";
        let c = chars(t);
        assert_eq!(text_item_leaks(&c, &cover(t, &[]), 4..7, false), Some(true));
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["12"]), 4..7, false),
            Some(false),
            "two of three digits gone"
        );
    }

    #[test]
    fn leftover_words_leak_for_names_but_generic_words_do_not() {
        let t = "Dr. Sarah Johnson lives at 12 Main Street";
        let c = chars(t);
        let name = 0..17;
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["Sarah"]), name.clone(), true),
            Some(true)
        );
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["Sarah Johnson"]), name.clone(), true),
            Some(false),
            "Dr is a title"
        );
        let addr = 27..41;
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["12 Main"]), addr.clone(), true),
            Some(false),
            "Street alone says nothing"
        );
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["12"]), addr.clone(), true),
            Some(true)
        );
        // Words are not checked for non-wordy families.
        assert_eq!(text_item_leaks(&c, &cover(t, &[]), name, false), None);
    }

    #[test]
    fn email_provider_words_are_generic() {
        let t = "mail sjohnson@gmail.com now";
        let c = chars(t);
        let item = 5..23;
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["sjohnson"]), item.clone(), true),
            Some(false)
        );
        assert_eq!(
            text_item_leaks(&c, &cover(t, &["gmail"]), item, true),
            Some(true)
        );
    }

    #[test]
    fn undated_words_are_unchecked() {
        let t = "see you next week";
        let c = chars(t);
        assert_eq!(text_item_leaks(&c, &cover(t, &[]), 8..17, false), None);
    }

    #[test]
    fn spoken_reference_items_are_read_like_transcripts() {
        let t = "card four five three nine, one four eight eight please";
        let c = chars(t);
        let item = 5..47;
        let d = "45391488";
        assert_eq!(
            spoken_item_leaks(&c, &cover(t, &[]), item.clone(), d, &[]),
            Some(true)
        );
        let all = cover(t, &["four five three nine, one four eight eight"]);
        assert_eq!(
            spoken_item_leaks(&c, &all, item.clone(), d, &[]),
            Some(false)
        );
        // "three nine, one" is left on one side and "eight" on the other: no four in a row.
        let part = cover(t, &["four five", "four eight"]);
        assert_eq!(
            spoken_item_leaks(&c, &part, item.clone(), d, &[]),
            Some(false)
        );
        assert_eq!(spoken_item_leaks(&c, &all, item, "", &[]), None);
    }

    fn run(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn survival_counts_ordinary_words_outside_items() {
        let reference = "Hi, my name is Sarah Johnson and my number is four one five.";
        let items = [Range { start: 15, end: 28 }];
        let redacted = run("hi my name is [PERSON_1] and my number is [PHONE]");
        let (kept, total) = survival(reference, &items, &redacted);
        // hi my name is and my number is  (four, one, five excluded; Sarah Johnson inside item)
        assert_eq!(total, 8);
        assert_eq!(kept, 8);
        let dropped = run("hi my name [PERSON_1] number is [PHONE]");
        assert_eq!(survival(reference, &items, &dropped), (5, 8));
    }
}
