//! The leak scorer: can a redacted value still be read in some text?
//!
//! The one definition of a leak, used by `hush redact --verify` and `hush verify-audio`
//! (re-transcribe the redacted audio and look for the values that were redacted), by the
//! evaluation tool (`hush-eval`) and by the tests. A value leaks from a text when
//!
//! - [`DIGIT_RUN`] consecutive digits of it (all its digits, if it has fewer) can be read inside
//!   the digits of *one* token of the text, after number words become digits ("four five three
//!   nine" → `4539`; a spoken or grouped number is one token, see [`NormalizedText`]). Digits of
//!   separate tokens are not joined: "4 … 5 … 3 … 9" scattered over a long call would otherwise
//!   match by chance; or
//! - one of its words appears as a whole word of the text (or as a piece of a written address
//!   there: "sarah.j@x.com" has the words sarah, j, x and com). A value's words are its runs of
//!   [`MIN_WORD_LETTERS`] or more letters, lower-cased, leaving out [`GENERIC_WORDS`]: "Johnson"
//!   left next to a redaction still names someone, "Street" or "gmail" do not, and shorter words
//!   ("at", "Al") occur by chance. Digits are judged by the digit rule only.
//!
//! A text is read in runs (one per line, or as the caller splits it wherever a replacement stood),
//! each normalized on its own, so a value is never glued together across a redaction.
//!
//! Owns: the rule and the prepared text ([`LeakText`]), in memory only. May not touch: audio,
//! transcription or outputs; it reads detect's normalizer and nothing else of detection.

use std::collections::HashSet;

use crate::detect::normalize::{bare, NormalizedText};

/// How many consecutive digits of a value give it away (fewer digits: all of them).
pub const DIGIT_RUN: usize = 4;

/// The fewest letters a word of a value needs to be looked for.
pub const MIN_WORD_LETTERS: usize = 3;

/// Words that say what kind of thing an item is, not whose it is: never a leak on their own.
#[rustfmt::skip]
pub const GENERIC_WORDS: &[&str] = &[
    // street suffixes and unit words
    "street", "str", "avenue", "ave", "road", "boulevard", "blvd", "lane", "drive", "court",
    "place", "way", "terrace", "circle", "cir", "square", "parkway", "pkwy", "highway", "hwy",
    "route", "suite", "ste", "apt", "apartment", "unit", "floor", "building", "bldg", "box",
    "north", "south", "east", "west", "the", "and", "of", "alley", "crescent", "close",
    "trail", "loop", "park", "plaza", "point", "ridge", "hill", "hills", "view", "expressway",
    "freeway", "pike", "turnpike", "row", "walk", "mews", "gardens", "grove", "estate",
    // titles
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "madam", "mister", "doctor",
    // e-mail providers and domain words
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "aol", "icloud", "mail", "email",
    "live", "msn", "proton", "protonmail", "com", "net", "org", "edu", "gov", "info", "biz",
    "dot", "at",
];

/// Whether a lower-cased word is one of [`GENERIC_WORDS`].
pub fn is_generic(word: &str) -> bool {
    GENERIC_WORDS.contains(&word)
}

/// Whether a lower-cased run of letters is a word the scorer looks for: long enough and not
/// generic.
pub fn is_telling(word: &str) -> bool {
    word.chars().count() >= MIN_WORD_LETTERS && !is_generic(word)
}

/// The words of a value the scorer looks for: its runs of letters, lower-cased, that are
/// [telling](is_telling) ("Dr. Sarah Johnson" → sarah, johnson; "tom.becker87@gmail.com" → tom,
/// becker).
pub fn value_words(value: &str) -> Vec<String> {
    value
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| is_telling(w))
        .collect()
}

/// A text prepared for leak checks: the digits of each normalized token and the bare words.
/// In memory only.
pub struct LeakText {
    /// The digits of each normalized token that has any.
    token_digits: Vec<String>,
    /// Lower-cased bare words, plus their alphanumeric and alphabetic pieces.
    words: HashSet<String>,
    /// Bare words in order (an empty string where a run ends), for multi-word item words.
    sequence: Vec<String>,
}

impl LeakText {
    /// A text read line by line: each line is a run (e.g. one channel of a re-transcript).
    pub fn new(text: &str) -> LeakText {
        let runs: Vec<Vec<&str>> = text
            .lines()
            .map(|l| l.split_whitespace().collect())
            .collect();
        LeakText::from_runs(&runs)
    }

    /// A text given as runs of words, split wherever a replacement stood (or a channel ended):
    /// no digit run or word sequence is read across the split.
    pub fn from_runs<S: AsRef<str>>(runs: &[Vec<S>]) -> LeakText {
        let mut token_digits = Vec::new();
        let mut words = HashSet::new();
        let mut sequence = Vec::new();
        for run in runs {
            let norm = NormalizedText::new(run);
            for tok in norm.text().split(' ') {
                let d: String = tok.chars().filter(char::is_ascii_digit).collect();
                if !d.is_empty() {
                    token_digits.push(d);
                }
            }
            for w in run {
                let b = bare(w.as_ref());
                if b.is_empty() {
                    continue;
                }
                // "sarah.j@x.com" → sarah, j, x, com; "becker87" → becker.
                for piece in b
                    .split(|c: char| !c.is_alphanumeric())
                    .chain(b.split(|c: char| !c.is_alphabetic()))
                {
                    if !piece.is_empty() {
                        words.insert(piece.to_string());
                    }
                }
                words.insert(b.clone());
                sequence.push(b);
            }
            sequence.push(String::new());
        }
        LeakText {
            token_digits,
            words,
            sequence,
        }
    }

    /// Whether `value` (an original, in memory only) can still be read here: by its digits or by
    /// its [words](value_words).
    pub fn leaks(&self, value: &str) -> bool {
        self.leaks_item(value, &value_words(value))
    }

    /// Whether an item with these `digits` (other characters are ignored) and these `words` can
    /// still be read here. For labelled items whose words are listed rather than derived from the
    /// value: each entry is a word or a phrase of words that must appear in a row; generic and
    /// short words are not looked for on their own, as in [`value_words`].
    pub fn leaks_item<S: AsRef<str>>(&self, digits: &str, words: &[S]) -> bool {
        self.digits_leak(digits) || words.iter().any(|w| self.phrase_leaks(w.as_ref()))
    }

    fn digits_leak(&self, value: &str) -> bool {
        let d: Vec<u8> = value.bytes().filter(u8::is_ascii_digit).collect();
        if d.is_empty() {
            return false;
        }
        d.windows(d.len().min(DIGIT_RUN)).any(|win| {
            let win = std::str::from_utf8(win).expect("ASCII digits");
            self.token_digits.iter().any(|t| t.contains(win))
        })
    }

    fn phrase_leaks(&self, phrase: &str) -> bool {
        let parts: Vec<String> = phrase.split_whitespace().map(bare).collect();
        match parts.as_slice() {
            [] => false,
            [one] => {
                one.chars().all(char::is_alphabetic) && is_telling(one) && self.words.contains(one)
            }
            many => {
                many.iter().any(|p| is_telling(p))
                    && self.sequence.windows(many.len()).any(|s| s == many)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    fn words(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn digits_and_words_leak() {
        let t = LeakText::new("my card is four five three nine one 4880 and my name is Sarah.");
        assert!(t.leaks("4539 1488 0343 6467"), "spoken digits count");
        assert!(t.leaks("Sarah Johnson"));
        assert!(!t.leaks("David Miller"));
        assert!(!t.leaks("212 555 0148"));
    }

    #[test]
    fn four_digits_in_a_row_leak() {
        // Laxer scorers looked for five: "0343" alone gave nothing away to them.
        let t = LeakText::new("the last group is zero three four three");
        assert!(t.leaks("4539 1488 0343 6467"));
        let t = LeakText::new("the last group is zero three four");
        assert!(
            !t.leaks("4539 1488 0343 6467"),
            "three digits are not enough"
        );
    }

    #[test]
    fn short_values_leak_whole() {
        let t = LeakText::new("the code is 123");
        assert!(t.leaks("123"));
        assert!(!t.leaks("124"));
        assert!(t.leaks_item("123", &[] as &[&str]));
    }

    #[test]
    fn short_fragments_do_not_count() {
        let t = LeakText::new("we met at 47 main");
        assert!(!t.leaks("512-47-3829"));
        assert!(!t.leaks("Al Bo"));
    }

    #[test]
    fn digits_leak_within_one_token_only() {
        let t = LeakText::from_runs(&[run("my card is four five three nine and so on")]);
        assert!(t.leaks("4539148803436467"));
        // The same digits spread over separate numbers do not count.
        let t = LeakText::from_runs(&[run("four apples, then five, then three of nine")]);
        assert!(!t.leaks("4539148803436467"));
        // Nor across a redaction.
        let t = LeakText::from_runs(&[run("it is four five"), run("three nine")]);
        assert!(!t.leaks("4539148803436467"));
        // Nor across lines (channels) of a text.
        let t = LeakText::new("it is four five\nthree nine");
        assert!(!t.leaks("4539148803436467"));
    }

    #[test]
    fn generic_words_do_not_leak_but_telling_ones_do() {
        let t = LeakText::new("Dr. Smith lives on Main Street, mail him at gmail dot com");
        assert!(!t.leaks("Dr. Sarah Johnson"), "a title says nothing");
        assert!(!t.leaks("12 Elm Street"), "nor a street suffix");
        assert!(!t.leaks("sjohnson@gmail.com"), "nor a mail provider");
        assert!(t.leaks("45 North Main Street"), "Main names the street");
        assert!(t.leaks("Jane Smith"));
        assert_eq!(value_words("sjohnson@gmail.com"), ["sjohnson"]);
        assert_eq!(value_words("tom.becker87@gmail.com"), ["tom", "becker"]);
        assert_eq!(value_words("381 Haverford Lane, Apt 4B"), ["haverford"]);
    }

    #[test]
    fn words_leak_as_whole_words() {
        let t = LeakText::from_runs(&[run("hi this is Sarah, sarah.j@example.com here")]);
        assert!(t.leaks_item("", &words(&["sarah"])));
        assert!(
            t.leaks_item("", &words(&["example"])),
            "pieces of a written address count"
        );
        assert!(!t.leaks_item("", &words(&["sar"])), "whole words only");
        assert!(t.leaks_item("", &words(&["is sarah"])));
        assert!(!t.leaks_item("", &words(&["sarah here"])));
        assert!(!t.leaks_item("", &words(&["com"])), "generic");
        let t = LeakText::new("it was becker87 all along");
        assert!(t.leaks("tom.becker87@gmail.com"), "letters glued to digits");
    }

    #[test]
    fn listed_digit_words_are_judged_by_digits() {
        // A labelled item may list its digit groups as words; they leak only by the digit rule.
        let t = LeakText::new("call 555 now");
        assert!(!t.leaks_item("4155550192", &words(&["415", "555", "0192"])));
        let t = LeakText::new("call 555 0192 now");
        assert!(t.leaks_item("4155550192", &words(&["415", "555", "0192"])));
    }
}
