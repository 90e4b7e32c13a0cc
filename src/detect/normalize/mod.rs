//! A normalized view of transcript words, aligned byte-for-byte back to those words.
//!
//! Whisper writes the same card number as "4111 1111 1111 1111", "4111-1111-…" or "four one one
//! one …", and the same address as "sarah.johnson@gmail.com" or "sarah dot johnson at gmail dot
//! com". Writing one regex per surface form would be endless, so the rule recognizers run over a
//! single canonical view instead:
//!
//! - every word is lower-cased (ASCII) and stripped of leading/trailing punctuation;
//! - number words become digits ("four" → `4`, "fifteen" → `15`, "twenty six" → `26`, "five
//!   hundred twelve" → `512`, "double five" → `55`, "oh" or Whisper's "O" → `0` when next to
//!   other digits);
//! - "thousand" and the British "and" are understood ("two thousand and five" → `2005`, "five
//!   hundred and twelve" → `512`), as are hyphenated compounds ("twenty-six" → `26`);
//! - ordinal words become written ordinals ("fourteenth" → `14th`, "thirty-first" / "thirty
//!   first" → `31st`) that never join a digit run, so "the second 555 …" stays two tokens;
//! - consecutive numbers are joined into one digit run across spaces, commas, dashes, brackets
//!   and the spoken "dash"/"hyphen", so a spoken or grouped card or phone number is one token
//!   (`+14155552671`), and across a hesitation ("six oh eight, er, five five five", Whisper's
//!   "608-er 55501-er 44"). Numbers said in pairs and spoken years are the same grammar, so both are
//!   one run: "forty five thirty nine" → `4539`, "nineteen eighty two" → `1982`, "twenty twenty
//!   seven" → `2027`, "nineteen oh five" → `1905`; where a reading has to be chosen, the one that
//!   gives a digit run wins and the recognizers decide what it is. Written dots are dropped too ("415.555.2671"), except in a dotted quad
//!   ("192.168.1.1") or a decimal ("3.5"), which stay as written and are never joined; the spoken
//!   "dot"/"point" between numbers stays a `.`, so a spoken IP address keeps its shape, and the
//!   spoken "slash" a `/` ("oh four slash twenty seven" → `04/27`). Written numeric dates
//!   ("1982-03-14", "25.12.1982") also stay as written, and a day right after a month name is
//!   not joined to the year after it ("March 14, 1982" → `march 14 1982`, not `march 141982`;
//!   "march fourteen oh five" → `march 14 05`; "March fourteenth nineteen eighty two" → `march
//!   14th 1982`), so dates keep their parts;
//! - spelled letters become one token: "S M I T H", "s. m. i. t. h.", "S-M-I-T-H" → `smith`,
//!   with "double l" → `ll`, "D as in David" → `d` (the letter stands for all four words), and
//!   letter names ("bee", "see", "aitch", "double you", "why", "zed" …) between other letters
//!   ("s see o t t" → `scott`). A run needs three letters, or digits among its letters, so "a",
//!   "I", "plan b" and "I see you" stay words; letter names count only between sure letters or
//!   digits, never at a run's edge, and "a"/"i" never at an edge next to digits ("a 1234");
//! - letters and digits said together in an ID become one alphanumeric token, starting with a
//!   letter: "A B 1 2 3 4" / "a b one two three four" → `ab1234`, "D one two three four five six
//!   seven" → `d1234567`, "G B eight two W E S T one two …" → `gb82west12…`; "o" is a letter
//!   after a letter ("k o w") and a zero elsewhere ("d one o five");
//! - spoken e-mail addresses and domains become their written form ("sarah dot johnson at gmail
//!   dot com" → `sarah.johnson@gmail.com`), but only where the words form a plausible address:
//!   the last label must be a known top-level domain and the local part may not be a common word,
//!   so "I looked at the store" and "the dot com bubble" are left alone. The local part may be
//!   spelled and hold "underscore", "dash"/"hyphen", "plus" and numbers ("j underscore nguyen
//!   eighty two at outlook dot com" → `j_nguyen82@outlook.com`, "s m i t h at …" → `smith@…`); a
//!   domain label may be spelled ("a b c dot com").
//!
//! - cue phrases as Whisper mishears them become the cue that was said ("a count number" →
//!   `account number`), from a table measured on Whisper's transcripts of the spoken set
//!   (`cues`), so every recognizer's cue lists accept them.
//!
//! Tokens are separated by one space. For every byte of the view we keep the index of the source
//! word that produced it (and the last word it stands for, which differs only for "as in" and
//! "double you"), so [`NormalizedText::word_range`] maps any regex match back to the exact words
//! to redact; words that produce no byte (a spoken "dash" inside a number) still fall inside the
//! range of the match around them.
//!
//! Every rule works on words cleaned and classified once; no regex is compiled here. One file
//! per grammar: `email`, [`mod@spelling`], `numbers` (with ordinals), `dates`; this file owns
//! the view, its byte-to-word alignment and the word cleaning ([`bare`] is the one lower-case,
//! punctuation-stripped form of a word that the rest of detection and redaction compare). The
//! view reports no entities and knows nothing of policies or redaction.

mod cues;
mod dates;
mod email;
mod numbers;
pub mod spelling;

use std::borrow::Cow;
use std::ops::Range;

use super::validators::{is_known_tld, numeric_date};
use cues::*;
use dates::*;
use email::*;
use numbers::*;
use spelling::*;

pub use dates::month_number;
pub use numbers::{is_number_word, is_ordinal_word};
pub use spelling::{spelling, Spelling};

/// Words that acknowledge without taking the turn or adding to a value ("okay", "mm-hmm", "go
/// on"), in [`bare`] form: between the pieces of a number read out (`answers`), and as a turn
/// the session does not place inside another speaker's words.
const BACKCHANNEL: &[&str] = &[
    "okay", "ok", "uh-huh", "mm-hm", "mm-hmm", "mhm", "mm", "hmm", "yep", "yup", "yeah", "yes",
    "right", "sure", "got", "it", "alright", "go", "on", "ahead", "and", "then", "uh", "um", "mmm",
    "hm", "keep", "going", "continue", "next", "thanks", "great", "perfect",
    // "Uh huh." as Whisper writes it apart (round eight's mono calls, a tuning set since).
    "huh",
    // Whisper's forms of a listener's "mm-hm" on round four's mono calls (a tuning set since).
    "uh-uh", "m&hm", "mhmm",
];

/// Whether `word` (in [`bare`] form, as the view's tokens are) is a backchannel word.
pub fn is_backchannel(word: &str) -> bool {
    BACKCHANNEL.contains(&word)
}

/// A word lower-cased, without surrounding punctuation, with a typographic apostrophe made
/// plain ("Kowalczyk’s," → `kowalczyk's`): the form word lists and learned names are compared in.
pub fn bare(word: &str) -> String {
    word.replace('’', "'")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The normalized view of one list of words.
#[derive(Debug, Clone)]
pub struct NormalizedText {
    text: String,
    /// For every byte of `text`, the index of the word that produced it (non-decreasing).
    word_of_byte: Vec<usize>,
    /// For every byte of `text`, the last word it stands for (non-decreasing, at least
    /// `word_of_byte`): later than its own word only where words that produce no byte of their
    /// own end a token ("d as in david" → `d`, "double you" → `w`).
    last_of_byte: Vec<usize>,
    words: usize,
    /// Every token's bytes and the words consumed to produce it, for the alignment tests.
    #[cfg(test)]
    spans: Vec<(Range<usize>, Range<usize>)>,
}

impl NormalizedText {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Self {
        let mut cleaned: Vec<Cleaned> = words.iter().map(|w| Cleaned::new(w.as_ref())).collect();
        numbers::or_as_oh(&mut cleaned);
        let mut out = Builder::default();
        #[cfg(test)]
        let mut spans = Vec::new();
        let mut i = 0;
        while i < cleaned.len() {
            // A misheard cue phrase is written as the cue said: one token per cue word.
            if let Some((end, cue)) = misheard_cue(&cleaned, i) {
                for pieces in &cue {
                    #[cfg(test)]
                    let from = out.text.len() + usize::from(!out.text.is_empty());
                    out.token(pieces);
                    #[cfg(test)]
                    spans.push((
                        from..out.text.len(),
                        pieces[0].1..pieces.last().map_or(i, |p| p.1) + 1,
                    ));
                }
                i = end;
                continue;
            }
            // "S-S-N45628": a spelled cue Whisper glued to the digits after it is the cue, then
            // a number that goes on over the words after it ("… Double 2. Double 4.").
            if let Some((cue, digits)) = glued_cue(&cleaned[i]) {
                out.token(&[(Cow::Borrowed(cue), i)]);
                let mut pieces: Pieces<'_> = vec![(Cow::Owned(digits), i)];
                let mut end = i + 1;
                if let Some((next, more)) = digit_run(&cleaned, i + 1) {
                    pieces.extend(more);
                    end = next;
                }
                #[cfg(test)]
                let from = out.text.len() + 1;
                out.token(&pieces);
                #[cfg(test)]
                spans.push((from..out.text.len(), i..end));
                i = end;
                continue;
            }
            let joined = spoken_email(&cleaned, i)
                .or_else(|| spoken_domain(&cleaned, i))
                .or_else(|| day_before_year(&cleaned, i))
                .or_else(|| ordinal(&cleaned, i))
                .or_else(|| spelled_run(&cleaned, i, SPELLED_MIN_LETTERS, true, true))
                .or_else(|| glued_digit(&cleaned, i))
                .or_else(|| digit_run(&cleaned, i));
            let (end, pieces) = match joined {
                Some(j) => j,
                None if cleaned[i].is_empty() => {
                    i += 1;
                    continue;
                }
                None => (i + 1, vec![(Cow::Borrowed(cleaned[i].as_str()), i)]),
            };
            #[cfg(test)]
            let from = out.text.len() + usize::from(!out.text.is_empty());
            out.token(&pieces);
            #[cfg(test)]
            spans.push((from..out.text.len(), i..end));
            i = end;
        }
        NormalizedText {
            text: out.text,
            word_of_byte: out.map,
            last_of_byte: out.last,
            words: words.len(),
            #[cfg(test)]
            spans,
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
        self.word_of_byte[start]..self.last_of_byte[end - 1] + 1
    }
}

/// A cue spelled with dashes or dots and glued to the digits after it ("s-s-n45628",
/// "c.v.v.123"): the cue and the digits. Only cues that are never part of a value themselves.
/// A cue written as one word ("cvv737") is split later, at the token level (`recognizers`).
fn glued_cue(w: &str) -> Option<(&'static str, String)> {
    let split = w.find(|c: char| c.is_ascii_digit())?;
    let (head, digits) = w.split_at(split);
    if !head.trim_end_matches(['-', '.']).contains(['-', '.']) {
        return None;
    }
    let letters: String = head.chars().filter(|c| !matches!(c, '-' | '.')).collect();
    // Not "pin" or "dob": spelled with their digits they are read as one token (`spelling`).
    let cue = ["ssn", "cvv", "cvc"].into_iter().find(|&c| c == letters)?;
    (digits.len() >= 2 && digits.bytes().all(|c| c.is_ascii_digit()))
        .then(|| (cue, digits.to_string()))
}

/// Output text plus its byte → word maps, built token by token.
#[derive(Default)]
struct Builder {
    text: String,
    map: Vec<usize>,
    last: Vec<usize>,
}

impl Builder {
    /// Appends one token made of `pieces`, each piece attributed to its word. An empty piece
    /// (never the first of a token) makes the byte before it stand for its word as well.
    fn token(&mut self, pieces: &[(Cow<'_, str>, usize)]) {
        if let (Some(&first), Some(&last)) = (self.map.last(), self.last.last()) {
            // The separator belongs to the word before it, keeping the maps non-decreasing.
            self.text.push(' ');
            self.map.push(first);
            self.last.push(last);
        }
        for (s, word) in pieces {
            if s.is_empty() {
                if let Some(last) = self.last.last_mut() {
                    *last = (*last).max(*word);
                }
                continue;
            }
            self.text.push_str(s);
            self.map.extend(std::iter::repeat_n(*word, s.len()));
            self.last.extend(std::iter::repeat_n(*word, s.len()));
        }
    }
}

/// Pieces of one output token and the word each came from. An empty piece claims its word for
/// the byte before it (the "as in david" of a spelled `d`).
type Pieces<'a> = Vec<(Cow<'a, str>, usize)>;

/// One cleaned word and what the parsers ask about it most, worked out once.
#[derive(Debug)]
struct Cleaned {
    text: String,
    num: Num,
    ordinal: Option<usize>,
    /// Whether a spelled run may start here: a letter, letters written as one word, a letter
    /// name (before "as in") or "double"/"triple".
    spell: bool,
}

impl Cleaned {
    fn new(word: &str) -> Cleaned {
        let text = clean(word);
        Cleaned {
            num: classify(&text),
            ordinal: ordinal_value(&text),
            spell: single_letter(&text).is_some()
                || letter_name(&text).is_some()
                || matches!(text.as_str(), "double" | "triple")
                || letter_word(&text).is_some()
                || letters_then_digits(&text).is_some(),
            text,
        }
    }
}

impl Cleaned {
    /// Whether the word is on the stop list (asked only once an address is otherwise found).
    fn stop(&self) -> bool {
        STOPWORDS.contains(&self.text.as_str())
    }
}

impl std::ops::Deref for Cleaned {
    type Target = String;

    fn deref(&self) -> &String {
        &self.text
    }
}

impl PartialEq<str> for Cleaned {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Cleaned {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

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
    // Whisper writes a spoken "oh" inside a number as the letter ("3O5", "6OO", "1-O-4"): a
    // word of digits and o's only is a number (same length, so the byte map holds).
    let zeros = s.bytes().any(|b| b == b'o')
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'o' || b == b'-');
    if zeros {
        s = s.replace('o', "0");
    }
    s
}

#[cfg(test)]
pub(super) mod test_util {
    use super::*;

    pub fn norm(words: &str) -> NormalizedText {
        NormalizedText::new(&words.split(' ').collect::<Vec<_>>())
    }

    /// The words behind the first occurrence of `needle` in the view.
    pub fn words_of(n: &NormalizedText, needle: &str) -> Range<usize> {
        let start = n
            .text()
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {:?}", n.text()));
        n.word_range(start..start + needle.len())
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::{norm, words_of};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_cue_glued_to_its_digits_is_split_from_them() {
        // Round eleven's joe (a tuning set since), as Whisper wrote it.
        let n = norm("S-S-N45628. Double 2. Double 4.");
        assert_eq!(n.text(), "ssn 456282244");
        assert_eq!(words_of(&n, "456282244"), 0..5);
        assert_eq!(norm("cvv123 please").text(), "cvv123 please");
        assert_eq!(norm("the C.V.V.912 ok").text(), "the cvv 912 ok");
        // Any other letters glued to digits are an ID of their own.
        assert_ne!(norm("AB45628").text(), "ab 45628");
        assert_eq!(norm("mp3").text(), "mp3");
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
    fn a_letter_o_inside_a_number_is_a_zero() {
        assert_eq!(norm("412 68 3O5 9 okay").text(), "412683059 okay");
        assert_eq!(norm("it's 6OO dollars").text(), "it's 600 dollars");
        // Words with other letters, or no digit, stay words.
        assert_eq!(norm("the 9OL and oo").text(), "the 9ol and oo");
    }

    #[test]
    fn whisper_transcripts() {
        let n = norm("My card number is 4539 148 0343 6467");
        assert_eq!(n.text(), "my card number is 453914803436467");
        assert_eq!(words_of(&n, "453914803436467"), 4..8);
        let n = norm("My count number is 7-7-3-4, 192-058.");
        // "count number" is Whisper's "account number" (the measured table in `cues`).
        assert_eq!(n.text(), "my account number is 7734192058");
        assert_eq!(words_of(&n, "7734192058"), 4..6);
        assert_eq!(
            norm("My Obenas GB82, WEST-1234-5698-7654-32.").text(),
            "my obenas gb82 west-1234-5698-7654-32"
        );
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
                | Num::Million
                | Num::Repeat(_)
                | Num::WrittenRepeat(_)
        ) || ordinal_value(w).is_some()
    }

    /// Whether letter `c` of a token may come from cleaned word `w`: the word holds it, names
    /// it ("see" → c), or is the "double" of "double you" / "double l".
    fn letter_source(c: u8, w: &str) -> bool {
        w.as_bytes().contains(&c)
            || letter_name(w) == Some(c)
            || matches!(w, "double" | "triple")
            // A cue as Whisper mishears it is written back as the cue ("cbb" -> "cvv").
            || cues::CONFUSIONS
                .iter()
                .any(|m| m.heard.contains(&w) && m.said.iter().any(|s| s.as_bytes().contains(&c)))
    }

    /// The property test found "CbB": the view writes the misheard cue back as "cvv".
    #[test]
    fn a_misheard_cue_is_the_source_of_its_letters() {
        assert!(letter_source(b'v', "cbb"));
        assert!(!letter_source(b'v', "cab"));
        assert_eq!(NormalizedText::new(&["CbB"]).text(), "cvv");
    }

    fn word_strategy() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::sample::select(vec![
                "zero",
                "oh",
                "o",
                "O",
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
                "million",
                "and",
                "for",
                "visa",
                "537-1.0482",
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
                "hyphen",
                "dot",
                "point",
                "slash",
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
            // Spelling: letters, letter names, "as in", letters written as one word.
            4 => prop::sample::select(vec![
                "a", "i", "b", "s", "m", "t", "k", "G", "B.", "x", "D", "y", "bee", "see", "you",
                "why", "aitch", "em", "double", "as", "in", "as", "in", "david", "kilo", "x-ray",
                "S-M-I-T-H", "s.m", "a-b", "u.s.", "zed", "ess",
            ])
            .prop_map(String::from),
            2 => "[a-zA-Z0-9,.@()+$ -]{0,8}",
            1 => "\\PC{0,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn alignment_is_total_monotone_and_digits_have_a_source(words in prop::collection::vec(word_strategy(), 0..24)) {
            let n = NormalizedText::new(&words);
            prop_assert_eq!(n.word_of_byte.len(), n.text().len());
            prop_assert_eq!(n.last_of_byte.len(), n.text().len());
            let mut prev = (0, 0);
            for (p, (&w, &l)) in n.word_of_byte.iter().zip(&n.last_of_byte).enumerate() {
                prop_assert!(l < words.len(), "byte {} maps to word {} of {}", p, l, words.len());
                prop_assert!(w <= l, "byte {} maps to words {}..={}", p, w, l);
                prop_assert!(w >= prev.0 && l >= prev.1, "maps not monotone at byte {}", p);
                prev = (w, l);
                let c = n.text().as_bytes()[p];
                let cleaned = clean(&words[w]);
                if c.is_ascii_digit() {
                    prop_assert!(
                        words[w].as_bytes().contains(&c)
                            || is_number_word(&cleaned)
                            || (c == b'0' && words[w].to_ascii_lowercase().contains('o')),
                        "digit {} at {} from word {:?}", char::from(c), p, words[w]
                    );
                }
                if c.is_ascii_lowercase() {
                    prop_assert!(
                        letter_source(c, &cleaned),
                        "letter {} at {} from word {:?}", char::from(c), p, words[w]
                    );
                }
            }
            // Every token covers exactly the words consumed to produce it, in order, and the
            // words no token took produce nothing.
            let mut covered = 0;
            for (bytes, ws) in &n.spans {
                prop_assert!(!bytes.is_empty() && ws.start < ws.end && ws.start >= covered);
                prop_assert!(words[covered..ws.start].iter().all(|x| clean(x).is_empty()));
                prop_assert_eq!(n.word_range(bytes.clone()), ws.clone(), "{:?}", &n.text()[bytes.clone()]);
                covered = ws.end;
            }
            prop_assert!(words[covered..].iter().all(|x| clean(x).is_empty()));
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

        /// Letter names and "a"/"i" in speech: a run of ordinary words (no single letters
        /// other than "a"/"i") is never joined.
        #[test]
        fn ordinary_words_are_not_spelled(words in prop::collection::vec(prop::sample::select(vec![
            "i", "a", "see", "you", "why", "bee", "tea", "are", "in", "as", "the",
            "ex", "em", "el", "jay", "kay", "pee", "queue",
        ]), 0..12)) {
            let n = NormalizedText::new(&words);
            prop_assert_eq!(n.text(), words.join(" "));
        }
    }
}
