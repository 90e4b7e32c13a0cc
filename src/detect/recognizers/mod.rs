//! Rule recognizers: patterns plus validators for the entity types that have a checkable shape.
//!
//! The NER model is good at names and places but unreliable on long digit strings; those have
//! formats and checksums that rules verify exactly. Each recognizer (one file per family, as in
//! Presidio) scans the [`NormalizedText`] view, where spoken and grouped numbers are already single
//! digit runs and spoken addresses are already written out, checks every candidate with its
//! validator (Luhn, mod-97, SSN area rules, …) and reports [`Entity`]s as word ranges.
//!
//! Scores: a validated match alone is always reported, at a score that says how distinctive the
//! shape is (a Luhn-valid 16-digit Visa number is strong; any nine digits that pass the SSN rules
//! are not). Context words near the match ("card", "social security", "call me") raise the
//! score. Some shapes are reported only with context, because alone they are any number: ABA
//! routing numbers, bank account numbers, 7-digit local phone numbers, and card-length digit
//! runs that fail Luhn (speech recognition drops and merges digits, so a misheard card must
//! still be caught where someone is plainly reading out a card).

mod bank;
mod credit_card;
mod date;
mod email;
mod iban;
mod ip;
mod phone;
mod ssn;
mod url;

pub use bank::{BankAccount, RoutingNumber};
pub use credit_card::CreditCard;
pub use date::Date;
pub use email::Email;
pub use iban::Iban;
pub use ip::IpAddress;
pub use phone::Phone;
pub use ssn::Ssn;
pub use url::Url;

use std::ops::Range;

use super::entity::{DetectorKind, Entity, EntityKind};
use super::normalize::NormalizedText;

/// One rule family: finds its entities in a normalized view.
pub trait Recognizer: Send + Sync {
    /// The stable name reported as `rule:<name>`.
    fn name(&self) -> &'static str;
    /// Appends every entity found in `text` to `out`.
    fn find(&self, text: &NormalizedText, out: &mut Vec<Entity>);
}

/// Every rule recognizer, in a fixed order.
pub fn default_recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![
        Box::new(Email),
        Box::new(Url),
        Box::new(IpAddress),
        Box::new(Phone),
        Box::new(CreditCard),
        Box::new(Ssn),
        Box::new(Iban),
        Box::new(RoutingNumber),
        Box::new(BankAccount),
        Box::new(Date),
    ]
}

/// Runs every recognizer over `words` and returns their entities (word ranges), unmerged.
pub fn recognize<S: AsRef<str>>(recognizers: &[Box<dyn Recognizer>], words: &[S]) -> Vec<Entity> {
    let text = NormalizedText::new(words);
    let mut out = Vec::new();
    for r in recognizers {
        r.find(&text, &mut out);
    }
    out
}

// ---- helpers shared by the recognizers ----------------------------------------------------------

/// A space-delimited token of the normalized view and its byte range.
struct Token<'a> {
    bytes: Range<usize>,
    text: &'a str,
}

/// The tokens of the view. Normalization separates tokens by exactly one space, and joins each
/// number and each address into one token, so most recognizers work token by token.
fn tokens(text: &NormalizedText) -> impl Iterator<Item = Token<'_>> {
    let mut pos = 0;
    text.text().split(' ').filter_map(move |t| {
        let start = pos;
        pos += t.len() + 1;
        (!t.is_empty()).then_some(Token {
            bytes: start..start + t.len(),
            text: t,
        })
    })
}

/// A whole-token digit run (`4111111111111111`, `+442079460958`).
struct DigitRun<'a> {
    bytes: Range<usize>,
    /// Whether the number was written or said with a leading `+`.
    plus: bool,
    digits: &'a str,
}

/// The digit-run tokens of the view. Digits inside other tokens (an e-mail address, a date
/// "12/25/1982", a decimal "3.5", an IP address) are not runs.
fn digit_runs(text: &NormalizedText) -> impl Iterator<Item = DigitRun<'_>> {
    tokens(text).filter_map(|t| {
        let (plus, digits) = match t.text.strip_prefix('+') {
            Some(d) => (true, d),
            None => (false, t.text),
        };
        super::validators::all_digits(digits).then_some(DigitRun {
            bytes: t.bytes,
            plus,
            digits,
        })
    })
}

/// How many tokens before and after a match are searched for context words. Six before covers
/// "my social security number is …"; three after covers "… is my card number".
const CONTEXT_BEFORE: usize = 6;
const CONTEXT_AFTER: usize = 3;

/// Whether one of `cues` is among the tokens around `bytes`. A cue is one word ("card") or a
/// phrase of consecutive words ("count number", "d o b"); its last word may be plural. Phrases
/// let a cue be specific where its words alone are not: "count number" is Whisper's usual
/// mishearing of "account number", while "count" alone is ordinary speech.
fn near(text: &NormalizedText, bytes: &Range<usize>, cues: &[&str]) -> bool {
    let t = text.text();
    let mut before: Vec<&str> = t[..bytes.start]
        .split(' ')
        .rev()
        .filter(|s| !s.is_empty())
        .take(CONTEXT_BEFORE)
        .collect();
    before.reverse();
    let after: Vec<&str> = t[bytes.end..]
        .split(' ')
        .filter(|s| !s.is_empty())
        .take(CONTEXT_AFTER)
        .collect();
    cues.iter().any(|cue| {
        let words: Vec<&str> = cue.split(' ').collect();
        let matches = |window: &[&str]| {
            window.iter().zip(&words).enumerate().all(|(i, (tok, w))| {
                tok == w || (i + 1 == words.len() && tok.strip_suffix('s') == Some(*w))
            })
        };
        [&before, &after]
            .iter()
            .any(|side| side.windows(words.len()).any(matches))
    })
}

/// `with` when context was found, else `without`.
fn score(context: bool, without: f32, with: f32) -> f32 {
    if context {
        with
    } else {
        without
    }
}

/// An entity over the words behind `bytes`.
fn entity(
    text: &NormalizedText,
    bytes: Range<usize>,
    kind: EntityKind,
    name: &'static str,
    score: f32,
) -> Entity {
    Entity {
        kind,
        words: text.word_range(bytes),
        score,
        detector: DetectorKind::Rule(name),
    }
}

#[cfg(test)]
mod test_util {
    use super::*;

    /// Runs one recognizer over space-separated words.
    pub fn run(r: impl Recognizer + 'static, words: &str) -> Vec<Entity> {
        let words: Vec<&str> = words.split(' ').collect();
        recognize(&[Box::new(r) as Box<dyn Recognizer>], &words)
    }

    /// The single entity found, asserting its kind and that it is reported under `r`'s name.
    pub fn one(r: impl Recognizer + 'static, words: &str, kind: EntityKind) -> Entity {
        let name = r.name();
        let found = run(r, words);
        assert_eq!(
            found.len(),
            1,
            "expected one entity in {words:?}, got {found:?}"
        );
        let e = found.into_iter().next().unwrap();
        assert_eq!(e.kind, kind);
        assert_eq!(e.detector, DetectorKind::Rule(name));
        assert!((0.0..=1.0).contains(&e.score));
        e
    }

    /// Asserts nothing is found.
    pub fn none(r: impl Recognizer + 'static, words: &str) {
        let found = run(r, words);
        assert!(
            found.is_empty(),
            "expected nothing in {words:?}, got {found:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_set_has_unique_names() {
        let all = default_recognizers();
        let mut names: Vec<_> = all.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len());
        assert!(names.contains(&"credit_card"));
    }

    #[test]
    fn recognize_runs_every_recognizer_over_the_same_words() {
        let words = [
            "card",
            "4111",
            "1111",
            "1111",
            "1111",
            "email",
            "sarah",
            "dot",
            "j",
            "at",
            "gmail",
            "dot",
            "com",
            "phone",
            "415-555-2671",
        ];
        let mut found = recognize(&default_recognizers(), &words);
        found.sort_by_key(|e| e.words.start);
        let kinds: Vec<_> = found.iter().map(|e| (e.kind, e.words.clone())).collect();
        assert!(kinds.contains(&(EntityKind::CreditCard, 1..5)), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Email, 6..13)), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Phone, 14..15)), "{kinds:?}");
    }

    #[test]
    fn ordinary_speech_has_no_rule_entities() {
        for s in [
            "i was born in 1982 and moved here in nineteen ninety five",
            "about 80,304 people came and paid $1,299.99 each",
            "we met at the store dot and then looked at it",
            "it costs twenty five dollars and fifty cents",
            "the meeting is at three thirty in march",
            "let me count to ten and then count to twenty thousand",
            "wait a second and take the first 3 of them",
            "in march nineteen eighty two we had two thousand and five members",
            "version 3.5 of the app had two hundred users",
            "one two three go and double check it",
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            let found = recognize(&default_recognizers(), &words);
            assert!(found.is_empty(), "{s}: {found:?}");
        }
    }

    /// The kinds and word ranges every recognizer finds, merged as the detector merges them.
    fn detect(s: &str, ner: Vec<Entity>) -> Vec<(EntityKind, Range<usize>)> {
        let words: Vec<&str> = s.split(' ').collect();
        let mut found = recognize(&default_recognizers(), &words);
        found.extend(ner);
        super::super::merge::merge(found)
            .into_iter()
            .map(|e| (e.kind, e.words))
            .collect()
    }

    fn ner(kind: EntityKind, words: Range<usize>, score: f32) -> Entity {
        Entity {
            kind,
            words,
            score,
            detector: DetectorKind::Ner,
        }
    }

    /// What Whisper tiny.en wrote for the bundled synthetic clips (fake values), with what the
    /// NER model said about the digits where it got them wrong.
    #[test]
    fn whisper_transcripts_of_the_sample_clips() {
        use EntityKind::*;
        for (s, ner_found, want) in [
            (
                "My card number is 4539 148 0343 6467",
                vec![ner(Phone, 6..8, 0.98)],
                vec![(CreditCard, 4..8)],
            ),
            (
                "My count number is 7-7-3-4, 192-058.",
                vec![ner(Phone, 4..6, 0.97)],
                vec![(BankAccount, 4..6)],
            ),
            (
                "My Obenas GB82, WEST-1234-5698-7654-32.",
                vec![ner(Phone, 3..4, 0.9)],
                vec![(Iban, 2..4)],
            ),
            (
                "My date of birth is March 14, 1982.",
                vec![],
                vec![(Date, 5..8)],
            ),
            (
                "My Social Security number is 512-473829.",
                vec![],
                vec![(Ssn, 5..6)],
            ),
            (
                "You can reach me at 415-5550192.",
                vec![],
                vec![(Phone, 5..6)],
            ),
            (
                "This is David Miller and my callback number is 212-5550148.",
                vec![ner(Person, 2..4, 0.99)],
                vec![(Person, 2..4), (Phone, 9..10)],
            ),
            (
                "My email is arid.jonson@gmail.com",
                vec![],
                vec![(Email, 3..4)],
            ),
        ] {
            assert_eq!(detect(s, ner_found), want, "{s}");
        }
    }

    #[test]
    fn account_context_decides_between_account_and_phone() {
        use EntityKind::*;
        assert_eq!(
            detect("my account number is 773 419 2058", vec![]),
            vec![(BankAccount, 4..7)]
        );
        assert_eq!(
            detect("my number is 773 419 2058", vec![]),
            vec![(Phone, 3..6)]
        );
        assert_eq!(
            detect("count to ten then call 773 419 2058", vec![]),
            vec![(Phone, 5..8)]
        );
        assert_eq!(
            detect("call my account manager at 555 1234", vec![]),
            vec![(Phone, 5..7)]
        );
    }

    #[test]
    fn dates_are_found_but_years_alone_are_not() {
        use EntityKind::*;
        assert_eq!(
            detect("the meeting is on 12/25/1982 at three thirty", vec![]),
            vec![(Date, 4..5)]
        );
        assert!(detect("I was born in 1982", vec![]).is_empty());
        assert!(detect("I was born in nineteen eighty two", vec![]).is_empty());
    }

    #[test]
    fn phrase_cues() {
        let n = NormalizedText::new(&["my", "count", "number", "is", "12345678"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["count number"]));
        assert!(!near(&n, &run.bytes, &["number count"]));
        let n = NormalizedText::new(&["count", "to", "ten", "then", "12345678"]);
        let run = digit_runs(&n).find(|r| r.digits.len() == 8).unwrap();
        assert!(!near(&n, &run.bytes, &["count number"]));
        let n = NormalizedText::new(&["12345678", "count", "numbers"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["count number"]), "plural after");
        // A phrase is matched within one side of the match, not across it.
        let n = NormalizedText::new(&["count", "12345678", "number"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(!near(&n, &run.bytes, &["count number"]));
    }

    proptest! {
        #[test]
        fn entities_are_in_bounds_non_empty_and_scored(
            words in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "four", "one", "one", "five", "oh", "double", "dot", "at", "gmail", "com", "card",
                        "call", "routing", "account", "gb82", "west", "4111", "1111", "555-2671", "plus",
                        "192.168.1.1", "g", "b", "march", "fourteenth", "1982", "count", "number",
                        "visa", "thousand", "12/25/1982", "west-1234", "iban",
                    ]).prop_map(String::from),
                    "\\PC{0,6}",
                ],
                0..30,
            )
        ) {
            for e in recognize(&default_recognizers(), &words) {
                prop_assert!(e.words.start < e.words.end && e.words.end <= words.len(), "{:?}", e);
                prop_assert!((0.0..=1.0).contains(&e.score));
            }
        }
    }

    #[test]
    fn context_is_searched_around_the_match_only() {
        let n = NormalizedText::new(&["my", "card", "a", "b", "c", "d", "e", "f", "4111", "x"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(
            !near(&n, &run.bytes, &["card"]),
            "seven tokens before is out of range"
        );
        let n = NormalizedText::new(&["my", "card", "4111"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["card"]));
        let n = NormalizedText::new(&["4111", "my", "cards"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["card"]), "plural after");
    }
}
