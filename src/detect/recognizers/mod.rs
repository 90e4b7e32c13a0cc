//! Rule recognizers: patterns plus validators for the entity types that have a checkable shape.
//!
//! The NER model is good at names and places but unreliable on long digit strings; those have
//! formats and checksums that rules verify exactly. Each recognizer (one file per family, as in
//! Presidio) scans the [`NormalizedText`] view, where spoken and grouped numbers are already single
//! digit runs, spelled letters are joined and spoken addresses are already written out, checks
//! every candidate with its validator (Luhn, mod-97, SSN area rules, VIN check digit, …) and
//! reports [`Entity`]s as word ranges.
//!
//! Scores: a validated match alone is always reported, at a score that says how distinctive the
//! shape is (a Luhn-valid 16-digit Visa number is strong; any nine digits that pass the SSN rules
//! are not). Context words near the match ("card", "social security", "call me") raise the
//! score. Some shapes are reported only with context, because alone they are any number: ABA
//! routing numbers, bank account numbers, 7-digit local and other national phone numbers, and
//! card-length digit runs that fail Luhn (speech recognition drops and merges digits, so a
//! misheard card must still be caught where someone is plainly reading out a card).
//!
//! Others are values that only their cue makes personal data, so they are reported only right
//! after it (the shared cue and value helpers are in `context`): a CVV after "security code",
//! a card expiry after "expires", an SSN's last four after "last four of my social", a ZIP code
//! after "zip code" or a US state, a date of birth said as bare digits after "born", and the
//! alphanumeric identifiers of [`Identifiers`] (driver's licence, passport, member and policy
//! numbers, medical record, health plan, VIN and plate, serial number and IMEI).
//!
//! The families: `email`, `url`, `ip`, `phone`, `credit_card`, `cvv`, `card_expiry`, `ssn`,
//! `iban`, `bank` (routing and account numbers), `date`, `zip`, `address`, `city`, `ids`,
//! `name_cues` ([`NameCues`]: "my name is X", "this is X calling", "Mr. X"), `answers` ([`Answers`]:
//! a number read out in pieces after the phrase that names it), `spelled_codes`
//! ([`SpelledCodes`]: a code Whisper wrote as one hyphenated word, "M-E-B-417-O-O-2-9"),
//! `long_numbers` ([`LongNumbers`]: twelve digits or more in adjacent groups, no cue needed),
//! `continuation` ([`continue_numbers`]: not a recognizer but a pass over every detector's
//! entities, the pieces of a number read on past the first one that was found), and
//! `payment_digits` ([`PaymentDigits`], every number near payment words, for PCI policies),
//! `date_mentions` ([`DateMentions`]: years, weekdays and clock times, for `dates = "all"`) and
//! `any_number` ([`AnyNumber`]: every number of three digits or more, for `numbers = "all"`); the
//! last three are not in [`default_recognizers`]: a policy turns them on.

mod address;
mod answers;
mod any_number;
mod bank;
mod card_expiry;
mod city;
mod context;
mod continuation;
mod credit_card;
mod cvv;
mod date;
mod date_mentions;
mod email;
mod iban;
mod ids;
mod ip;
mod long_numbers;
mod name_cues;
mod payment_digits;
mod phone;
mod readback;
mod spelled_codes;
mod ssn;
mod url;
mod zip;

pub use address::Address;
pub use answers::Answers;
pub use any_number::{AnyNumber, ANY_NUMBER};
pub use bank::{BankAccount, RoutingNumber};
pub use card_expiry::CardExpiry;
pub use city::City;
pub use continuation::continue_numbers;
pub use credit_card::CreditCard;
pub use cvv::Cvv;
pub use date::Date;
pub use date_mentions::DateMentions;
pub use email::Email;
pub use iban::Iban;
pub use ids::Identifiers;
pub use ip::IpAddress;
pub use long_numbers::{LongNumbers, READ_OUT};
pub use name_cues::NameCues;
pub use payment_digits::PaymentDigits;
pub use phone::Phone;
pub use readback::{read_backs, ValueMemory};
pub use spelled_codes::SpelledCodes;
pub use ssn::Ssn;
pub use url::Url;
pub use zip::Zip;

use std::ops::Range;

use super::entity::{DetectorKind, Entity, EntityKind};
use super::normalize::{self, NormalizedText};

/// One rule family: finds its entities in a normalized view.
pub trait Recognizer: Send + Sync {
    /// The stable name reported as `rule:<name>`. A recognizer of several kinds
    /// ([`Identifiers`]) reports each kind under that kind's own name instead.
    fn name(&self) -> &'static str;
    /// Appends every entity found to `out`. `text` is the normalized view of `words` (the words
    /// as transcribed); most recognizers read only the view, the cue-phrase names also the
    /// words' capitals and punctuation.
    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>);
}

/// Every rule recognizer run by default, in a fixed order: all but [`PaymentDigits`],
/// [`DateMentions`] and [`AnyNumber`], which a policy adds.
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
        Box::new(Cvv),
        Box::new(CardExpiry),
        Box::new(Zip),
        Box::new(Address),
        Box::new(City),
        Box::new(Identifiers),
        Box::new(NameCues),
        Box::new(Answers),
        Box::new(SpelledCodes),
        Box::new(LongNumbers),
    ]
}

/// Runs every recognizer over `words` and returns their entities (word ranges), unmerged.
pub fn recognize<S: AsRef<str>>(recognizers: &[Box<dyn Recognizer>], words: &[S]) -> Vec<Entity> {
    recognize_in(recognizers, words, &NormalizedText::new(words))
}

/// [`recognize`] over a view already built for `words`.
pub fn recognize_in<S: AsRef<str>>(
    recognizers: &[Box<dyn Recognizer>],
    words: &[S],
    text: &NormalizedText,
) -> Vec<Entity> {
    let raw: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let mut out = Vec::new();
    for r in recognizers {
        r.find(&raw, text, &mut out);
    }
    out
}

// ---- helpers shared by the recognizers ----------------------------------------------------------

/// A space-delimited token of the normalized view and its byte range.
struct Token<'a> {
    bytes: Range<usize>,
    text: &'a str,
}

/// Spelled cue acronyms that the normalizer joins to the digits said right after them, as it joins
/// any spelled run: "c v v seven three seven" → `cvv737`, "s s n five three six …" → `ssn536…`.
/// [`tokens`] splits them again, so the cue and the value are tokens of their own.
const SPELLED_CUES: &[&str] = &[
    "cvv2", "cvc2", "cvv", "cvc", "cid", "csc", "ssn", "dob", "mrn", "vin", "imei", "dl", "id",
    "iban",
];

/// Where a token made of a spelled cue and digits splits (`cvv737` at 3), if it is one.
fn cue_split(t: &str) -> Option<usize> {
    // Cheap rejection first: this runs on every token.
    let b = t.as_bytes();
    if b.len() < 3 || !b"cdimsv".contains(&b[0]) || !b.iter().any(u8::is_ascii_digit) {
        return None;
    }
    if SPELLED_CUES.contains(&t) {
        return None;
    }
    SPELLED_CUES.iter().find_map(|c| {
        let rest = t.strip_prefix(c)?;
        // "cvv285" is `cvv` and 285, not `cvv2` and 85: a code has three digits or more.
        let short = c.ends_with('2') && rest.len() < 3;
        (rest.starts_with(|ch: char| ch.is_ascii_digit()) && !short).then_some(c.len())
    })
}

/// Where a word glued to a number by a dash splits ("AMEX-340918257733065", as Whisper wrote
/// "Amex three four oh nine …"): the end of the word, if it is one. The dash belongs to neither.
fn dash_split(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if !b.first()?.is_ascii_alphabetic() || !b.last()?.is_ascii_digit() {
        return None;
    }
    // "M-R-N-669-0214": a spelled cue written letter-dash-letter, then the value.
    if let Some(k) = spelled_dash_split(b) {
        return Some(k);
    }
    let k = b.iter().position(|&c| c == b'-')?;
    let (word, digits) = (&b[..k], &b[k + 1..]);
    (word.len() >= 2
        && word.iter().all(u8::is_ascii_alphabetic)
        && digits.len() >= 3
        && digits.iter().all(u8::is_ascii_digit))
    .then_some(k)
}

/// Where single letters joined by dashes ("m-r-n") end before a dashed number ("669-0214"),
/// as Whisper writes a spelled acronym and the number read after it.
fn spelled_dash_split(b: &[u8]) -> Option<usize> {
    let mut k = 0;
    while k + 1 < b.len() && b[k].is_ascii_alphabetic() && b[k + 1] == b'-' {
        k += 2;
    }
    let letters = k / 2;
    let rest = &b[k..];
    (letters >= 2
        && rest.first().is_some_and(u8::is_ascii_digit)
        && rest.iter().all(|c| c.is_ascii_digit() || *c == b'-'))
    .then_some(k - 1)
}

/// The one or two tokens a space-delimited word of the view stands for, each with its byte
/// offset in the word (see [`SPELLED_CUES`] and [`dash_split`]).
fn parts(w: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    let (a, b, off) = match (cue_split(w), dash_split(w)) {
        (Some(k), _) => (&w[..k], &w[k..], k),
        (None, Some(k)) => (&w[..k], &w[k + 1..], k + 1),
        (None, None) => (w, "", w.len()),
    };
    [(0, a), (off, b)]
        .into_iter()
        .filter(|(_, s)| !s.is_empty())
}

/// The tokens of the view. Normalization separates tokens by exactly one space, and joins each
/// number and each address into one token, so most recognizers work token by token.
fn tokens(text: &NormalizedText) -> impl Iterator<Item = Token<'_>> {
    let mut pos = 0;
    text.text().split(' ').flat_map(move |w| {
        let start = pos;
        pos += w.len() + 1;
        parts(w).map(move |(off, t)| Token {
            bytes: start + off..start + off + t.len(),
            text: t,
        })
    })
}

/// The digits of a token that is a group of a number read out: digits, possibly with `/`, `.` or
/// `-` between them as Whisper writes some groups ("1/8", "1.0482"), and at most one letter where
/// Whisper wrote a digit as one ("5a" for "five eight", "2-1-w-8" for "two one double eight");
/// 0 for any other token. A long run may have one or two letters glued before it, where the
/// normalizer joined a spelled or misheard word to it ("u.s. 4402-91367" → `us440291367`).
fn group_digits(t: &str) -> usize {
    let b = t.as_bytes();
    let lead = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if (1..=2).contains(&lead) && b.len() - lead >= 5 && b[lead..].iter().all(u8::is_ascii_digit) {
        return b.len() - lead;
    }
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let ok = b
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || b"/.-".contains(c));
    if !b.first().is_some_and(u8::is_ascii_digit) || !ok || letters > 1 {
        return 0;
    }
    b.iter().filter(|c| c.is_ascii_digit()).count()
}

/// Whether token `k` is a zero said as a word right before a group of digits: "A 14" as Whisper
/// heard "oh one four" (the normalizer reads "oh" before digits as 0 already, not "a").
fn said_zero(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].text, "a" | "o" | "oh")
        && toks.get(k + 1).is_some_and(|t| group_digits(t.text) > 0)
}

/// Words of a speaker correcting what they just read out ("A3. No, sorry, 823."), and those
/// of them that say it is a correction.
const CORRECTION: &[&str] = &[
    "no", "sorry", "wait", "actually", "oops", "i", "mean", "it's", "its", "it", "is", "let", "me",
    "start", "again", "over", "oh", "mixed", "up", "messed", "muddled", "got", "that", "that's",
    "wrong",
];
const CORRECTION_MARKS: &[&str] = &[
    "no", "sorry", "wait", "actually", "oops", "mean", "mixed", "messed", "muddled", "wrong",
];
/// Words a correction may take: "oh no, sorry, I mixed it up" is seven.
const MAX_CORRECTION: usize = 8;

/// The first group of a value read out again after a correction right after token `k`: in
/// "a3 | no sorry | 823" the index of `823`.
fn corrected(toks: &[Token], k: usize) -> Option<usize> {
    let after = toks.get(k + 1..)?;
    let n = after
        .iter()
        .take(MAX_CORRECTION)
        .take_while(|t| CORRECTION.contains(&t.text))
        .count();
    let marked = after[..n]
        .iter()
        .any(|t| CORRECTION_MARKS.contains(&t.text));
    let j = k + 1 + n;
    (marked && toks.get(j).is_some_and(|t| group_digits(t.text) > 0)).then_some(j)
}

/// Words that open the next question on a call, right after the last piece of a value the
/// caller read out: "6, 6, 8, 0." | "Expiry?" (round eight's mono calls, a tuning set since).
const NEXT_QUESTION: &[&str] = &[
    "expiry",
    "expiration",
    "security",
    "cvv",
    "zip",
    "postcode",
    "postal",
];

/// Whether a piece of a number read out may end before token `k`: at the end, a backchannel
/// word, the next group, or a listener's check ("is that right?"). Another word after the digits
/// ("8812" | "thanks" | "7 days ago") makes them a count in that sentence, not more of the number.
fn piece_ends(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_none_or(|t| {
        normalize::is_backchannel(t.text)
            || matches!(t.text, "is" | "was" | "that's" | "thats")
            || NEXT_QUESTION.contains(&t.text)
            || group_digits(t.text) > 0
            || said_zero(toks, k)
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
    near_span(text, bytes, cues, CONTEXT_BEFORE, CONTEXT_AFTER)
}

/// [`near`], searching `before` tokens before the match and `after` tokens after it.
fn near_span(
    text: &NormalizedText,
    bytes: &Range<usize>,
    cues: &[&str],
    before: usize,
    after: usize,
) -> bool {
    let t = text.text();
    let mut before: Vec<&str> = t[..bytes.start]
        .split(' ')
        .rev()
        .flat_map(|w| parts(w).rev().map(|(_, t)| t))
        .take(before)
        .collect();
    before.reverse();
    let after: Vec<&str> = t[bytes.end..]
        .split(' ')
        .flat_map(|w| parts(w).map(|(_, t)| t))
        .take(after)
        .collect();
    cues.iter().any(|cue| {
        let n = cue.split(' ').count();
        let matches = |window: &[&str]| {
            window
                .iter()
                .zip(cue.split(' '))
                .enumerate()
                .all(|(i, (tok, w))| {
                    // "cards", and "mobile's" / "card's" (Whisper's "mobile is").
                    let plural =
                        || [tok.strip_suffix('s'), tok.strip_suffix("'s")].contains(&Some(w));
                    *tok == w || (i + 1 == n && plural())
                })
        };
        [&before, &after]
            .iter()
            .any(|side| side.windows(n).any(matches))
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

    /// An entity found by an earlier detector, as the passes after the recognizers receive it.
    pub fn ent(kind: EntityKind, words: Range<usize>) -> Entity {
        Entity {
            kind,
            words,
            score: 0.9,
            detector: DetectorKind::Rule("test"),
        }
    }

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
            "I live at home with 2 kids and we have 3 dogs",
            "the meeting is at 10 in room 4 on the second floor",
            "I was born in 1982 and I am 42 years old",
            "my id is on the table and my passport is in the drawer",
            "the offer expires next week at 5",
            "for the last four years we drove 300 miles down the highway",
            "zip it and take 2 of those",
            "call me back in 5 minutes",
            "see page 12 of the report and chapter 11 section 5",
            "it's a one way street with 2 lanes",
            "the security team met 3 times this year",
            "my social life is busy and I have 4 kids",
            "we sold 25000 units in texas",
            "I paid for 2 licenses and a plate of food",
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

    /// Spoken PII as Whisper writes it: number words or digits, split and punctuated.
    #[test]
    fn spoken_pii_sentences() {
        use EntityKind::*;
        for (s, want) in [
            (
                "my card number is four five three nine one four eight eight zero three four three six four six seven",
                vec![(CreditCard, 4..20)],
            ),
            (
                "My card number is 4539 1488 0343 6467, it expires oh four twenty seven and the security code is seven three seven.",
                vec![(CreditCard, 4..8), (CardExpiry, 10..14), (Cvv, 19..22)],
            ),
            (
                "CVV is 7 3 7 and the expiration date is 04/27.",
                vec![(Cvv, 2..5), (CardExpiry, 10..11)],
            ),
            (
                "I live at seven forty-two Evergreen Terrace, Springfield, Oregon, nine seven four seven seven.",
                vec![(Address, 3..7), (Location, 7..9), (Zip, 9..14)],
            ),
            (
                "My date of birth is March fourteenth, nineteen eighty-two.",
                vec![(Date, 5..9)],
            ),
            (
                "born oh three fourteen eighty two",
                vec![(Date, 1..6)],
            ),
            (
                "the last four of my social are six seven eight nine",
                vec![(Ssn, 7..11)],
            ),
            (
                "my driver's license number is D as in David one two three four five six seven",
                vec![(DriverLicense, 5..16)],
            ),
            (
                "passport number one two three four five six seven eight nine",
                vec![(Passport, 2..11)],
            ),
            (
                "my member id is a b one two three four five six",
                vec![(IdNumber, 4..12)],
            ),
            (
                "the MRN is four five six seven eight nine",
                vec![(MedicalRecord, 3..9)],
            ),
            (
                "my zip code is eight oh three oh four",
                vec![(Zip, 4..9)],
            ),
            (
                "my IBAN is G B eight two W E S T one two three four five six nine eight seven six five four three two",
                vec![(Iban, 3..25)],
            ),
            (
                "fax it to plus four four two zero seven nine four six zero nine five eight",
                vec![(Phone, 3..16)],
            ),
        ] {
            assert_eq!(detect(s, vec![]), want, "{s}");
        }
    }

    /// Cues as Whisper misheard them on the spoken set (the table in `normalize/cues.rs`), with
    /// other values and wordings than the set's: each still introduces its value.
    #[test]
    fn misheard_cues_introduce_their_values() {
        use EntityKind::*;
        for (s, want) in [
            (
                "a count number is 4 4 8 1 9 0 2 7",
                vec![(BankAccount, 4..12)],
            ),
            ("Bouting number 031 207 965", vec![(RoutingNumber, 2..5)]),
            (
                "Our Ibin is DE89 3704 0044 0532 0130 00",
                vec![(Iban, 3..9)],
            ),
            ("The CBB on it is 519.", vec![(Cvv, 5..6)]),
            ("the 4-digit code on the front is 5120", vec![(Cvv, 7..8)]),
            (
                "the Amix number is 3714 496353 98432",
                vec![(CreditCard, 4..7)],
            ),
            ("my amixes 3714 496353 98432", vec![(CreditCard, 2..5)]),
            ("Asport 611 402 587", vec![(Passport, 1..4)]),
            ("Exploration is March 2029.", vec![(CardExpiry, 2..4)]),
            ("Data birth, 9 11 1983", vec![(Date, 2..5)]),
        ] {
            assert_eq!(detect(s, vec![]), want, "{s}");
        }
    }

    /// The same misheard forms in ordinary speech: nothing.
    #[test]
    fn misheard_cue_forms_in_ordinary_speech() {
        for s in [
            "space exploration is expensive and took 30 years",
            "we saw the exploration exhibit in 2019",
            "the data birth rate was 12 percent",
            "the car is 15 years old and cost 20000 dollars",
            "I've got 3 kids and 2 dogs",
            "the four-digit code was easy to guess",
            "we count numbers from 1 to 100",
            "I bought a 3-digit lock for 12 dollars",
        ] {
            assert!(detect(s, vec![]).is_empty(), "{s}: {:?}", detect(s, vec![]));
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
        let n = NormalizedText::new(&["my", "zip", "code", "is", "12345678"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["zip code"]));
        assert!(!near(&n, &run.bytes, &["code zip"]));
        let n = NormalizedText::new(&["zip", "to", "ten", "then", "12345678"]);
        let run = digit_runs(&n).find(|r| r.digits.len() == 8).unwrap();
        assert!(!near(&n, &run.bytes, &["zip code"]));
        let n = NormalizedText::new(&["12345678", "zip", "codes"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["zip code"]), "plural after");
        // A phrase is matched within one side of the match, not across it.
        let n = NormalizedText::new(&["zip", "12345678", "code"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(!near(&n, &run.bytes, &["zip code"]));
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
                        "visa", "thousand", "12/25/1982", "west-1234", "iban", "street", "apt",
                        "main", "cvv", "expires", "zip", "oregon", "born", "license", "vin",
                        "passport", "last", "social", "address", "via", "de", "x", "#12", "12x34",
                        "1hgcm82633a004352", "suite", "04/27", "slash", "of", "d", "plate",
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
    fn spelled_cues_joined_to_digits_are_split() {
        let n = NormalizedText::new(&["my", "cvv737", "ok"]);
        let t: Vec<&str> = tokens(&n).map(|t| t.text).collect();
        assert_eq!(t, ["my", "cvv", "737", "ok"]);
        let run = digit_runs(&n).next().unwrap();
        assert_eq!((run.digits, run.bytes.clone()), ("737", 6..9));
        assert!(near(&n, &run.bytes, &["cvv"]));
        let n = NormalizedText::new(&["ssn536228523"]);
        let run = digit_runs(&n).next().unwrap();
        assert!(near(&n, &run.bytes, &["ssn"]));
        // Only a cue followed by a digit splits.
        let t: Vec<String> = tokens(&NormalizedText::new(&["cvvx", "idaho", "id", "cvv2"]))
            .map(|t| t.text.to_string())
            .collect();
        assert_eq!(t, ["cvvx", "idaho", "id", "cvv2"]);
        let t: Vec<String> = tokens(&NormalizedText::new(&["cvv2737"]))
            .map(|t| t.text.to_string())
            .collect();
        assert_eq!(t, ["cvv2", "737"]);
        // A word glued to a number by a dash.
        let n = NormalizedText::new(&["AMEX-340918257733065,", "ok"]);
        let t: Vec<(&str, Range<usize>)> = tokens(&n).map(|t| (t.text, t.bytes)).collect();
        assert_eq!(
            t,
            [("amex", 0..4), ("340918257733065", 5..20), ("ok", 21..23)]
        );
        let t: Vec<String> = tokens(&NormalizedText::new(&["west-1234-5698", "a-123", "x-ray"]))
            .map(|t| t.text.to_string())
            .collect();
        assert_eq!(t, ["west-1234-5698", "a-123", "x-ray"]);
    }

    #[test]
    fn context_is_searched_around_the_match_only() {
        let n = NormalizedText::new(&[
            "my", "card", "so", "and", "then", "we", "were", "there", "4111", "x",
        ]);
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
