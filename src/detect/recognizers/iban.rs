//! International bank account numbers: a country code, two check digits and the national part,
//! typed ("GB82 WEST 1234 …"), as Whisper writes them ("GB82, WEST-1234-5698-7654-32.") or spoken
//! letter by letter ("g b eight two w e s t …"). The candidate is assembled character by
//! character from consecutive tokens (dashes, commas and dots inside a token are group
//! separators) until it reaches the country's registered length, then validated with ISO 7064
//! mod-97; the exact length and the checksum together make a chance match on ordinary words very
//! unlikely.
//!
//! Speech recognition drops, merges and mishears characters, and one wrong character fails the
//! checksum. So an IBAN-shaped candidate (a known country code and two check digits, written as
//! one token "GB82" or spelled "g b 8 2", then at least ten more characters with some digits) is
//! still reported when the checksum fails, at a lower score, and lower still with no "IBAN" /
//! "bank" / "account" cue nearby (Whisper wrote "IBAN" as "Obenas" once, so the shape must carry
//! it alone).

use std::ops::Range;

use super::{entity, near, tokens, Recognizer, Token};
use crate::detect::normalize::{is_backchannel, NormalizedText};
use crate::detect::validators::{iban, iban_length};
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &["iban", "bank", "account", "transfer", "wire", "sepa"];

/// Longest run of letters in one group that can be part of an IBAN. Bank codes are four letters
/// ("WEST", "ABNA"); longer words end the candidate.
const MAX_LETTER_GROUP: usize = 4;
/// Characters after the country code and check digits before an unvalidated candidate counts.
const MIN_UNVALIDATED_BBAN: usize = 10;
/// Digits an unvalidated candidate's national part needs: a bank account is mostly digits.
const MIN_UNVALIDATED_DIGITS: usize = 6;
/// Digits a garbled value after the cue needs: most of a national part ("GB82 WEST 1234" is
/// too little to be one).
const MIN_GARBLED_DIGITS: usize = 10;

pub struct Iban;

impl Recognizer for Iban {
    fn name(&self) -> &'static str {
        "iban"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        // The candidates' bytes, so that a garbled reading never doubles one.
        let mut shaped: Vec<Range<usize>> = Vec::new();
        let mut s = 0;
        while s < toks.len() {
            let Some(c) = candidate(&toks[s..]) else {
                s += 1;
                continue;
            };
            let cue = near(text, &c.bytes, CUES);
            let sc = match (c.valid, cue) {
                (true, true) => 0.95,
                (true, false) => 0.85,
                (false, true) => 0.65,
                (false, false) => 0.5,
            };
            out.push(entity(
                text,
                c.bytes.clone(),
                EntityKind::Iban,
                self.name(),
                sc,
            ));
            shaped.push(c.bytes.clone());
            // Continue after the last token the candidate touched.
            s += toks[s..]
                .iter()
                .take_while(|t| t.bytes.start < c.bytes.end)
                .count();
        }
        // "It's a Dutch account, NL55, beat XLN.": a country code and check digits as one token
        // near a cue start an IBAN, however little of the rest Whisper kept (round eight's
        // calls, a tuning set since).
        for k in 0..toks.len() {
            let taken =
                |b: &Range<usize>| shaped.iter().any(|c| c.start < b.end && b.start < c.end);
            let Some(bytes) = code_head(&toks[k..]).filter(|b| !taken(b)) else {
                continue;
            };
            if near(text, &bytes, CUES) {
                out.push(entity(
                    text,
                    bytes.clone(),
                    EntityKind::Iban,
                    self.name(),
                    0.6,
                ));
                shaped.push(bytes);
            }
        }
        for (k, t) in toks.iter().enumerate() {
            if t.text == "iban" {
                let garbled = garbled_after(&toks[k + 1..])
                    .filter(|b| !shaped.iter().any(|c| c.start < b.end && b.start < c.end));
                if let Some(bytes) = garbled {
                    out.push(entity(text, bytes, EntityKind::Iban, self.name(), 0.6));
                }
            }
        }
    }
}

/// Tokens an IBAN said after its cue may take when Whisper garbles it: "The Ibin i829, iBk9311
/// 5212-345678." has no country code left to validate, but it is still the account. Groups with
/// digits, or short letter groups that are not common words, right after the cue; at least
/// [`MIN_GARBLED_DIGITS`] digits in all.
fn garbled_after(toks: &[Token]) -> Option<Range<usize>> {
    const MAX_TOKENS: usize = 10;
    let part = garbled_part;
    // "is" or the caller's "okay" may stand between the cue (a question) and the value.
    let skip = toks
        .iter()
        .take(3)
        .take_while(|t| matches!(t.text, "is" | "it's" | "its") || is_backchannel(t.text))
        .count();
    // The value starts with digits or a country code, not a word: "IBAN, call me 415 …".
    let first = toks.get(skip)?.text.as_bytes();
    if !(first.iter().any(u8::is_ascii_digit) || first.len() <= 2) {
        return None;
    }
    let run: Vec<&Token> = toks[skip..]
        .iter()
        .take(MAX_TOKENS)
        .take_while(|t| part(t))
        .collect();
    let digits: usize = run
        .iter()
        .map(|t| t.text.bytes().filter(u8::is_ascii_digit).count())
        .sum();
    let (first, last) = (run.first()?, run.last()?);
    (digits >= MIN_GARBLED_DIGITS).then_some(first.bytes.start..last.bytes.end)
}

/// A country code and check digits written as one token ("nl55") at the start of `toks`, with
/// the short groups after it that may be the rest ([`garbled_part`]): their bytes.
fn code_head(toks: &[Token]) -> Option<Range<usize>> {
    const MAX_TOKENS: usize = 8;
    let head = toks.first()?;
    let b = head.text.as_bytes();
    if b.len() != 4 || !prefix_shape(b) || iban_length(&head.text[..2]).is_none() {
        return None;
    }
    let last = toks
        .iter()
        .take(MAX_TOKENS)
        .skip(1)
        .take_while(|t| garbled_part(t))
        .last()
        .unwrap_or(head);
    Some(head.bytes.start..last.bytes.end)
}

/// A token that may be a piece of a misheard IBAN: digits, or a short letter group that is not
/// a common word.
fn garbled_part(t: &Token) -> bool {
    const WORDS: &[&str] = &[
        "is", "it", "in", "on", "at", "to", "of", "or", "an", "as", "the", "and", "my", "our",
        "for", "so", "ok", "um", "uh", "its", "it's", "yes", "yeah", "go", "okay", "that",
    ];
    let b = t.text.as_bytes();
    b.iter().any(u8::is_ascii_digit)
        || (b.len() <= MAX_LETTER_GROUP
            && b.iter().all(u8::is_ascii_alphabetic)
            && !WORDS.contains(&t.text))
}

/// An IBAN found at the start of some tokens.
struct Candidate {
    /// The view bytes it covers (it may end inside a token: a digit run that ran on).
    bytes: Range<usize>,
    /// Whether length and mod-97 check out.
    valid: bool,
}

/// The IBAN starting at the first of `toks`, if any: validated when the characters up to the
/// country's registered length pass mod-97, otherwise unvalidated when the shape is IBAN-like.
fn candidate(toks: &[Token]) -> Option<Candidate> {
    let first = toks.first()?;
    if !first.text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // Characters collected so far and the view byte just past each.
    let mut acc = String::new();
    let mut ends: Vec<usize> = Vec::new();
    // Where the unvalidated shape stops: after the national part has digits, a word ends it.
    let mut shape_end = None;
    let mut bban_digits = false;
    let mut len = None;
    'tokens: for t in toks {
        if !t
            .text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-,.".contains(&c))
        {
            break;
        }
        let mut pos = t.bytes.start;
        for group in t.text.split(['-', ',', '.']) {
            let letters_only = group.bytes().all(|c| c.is_ascii_alphabetic());
            if !group.is_empty() && letters_only {
                if group.len() > MAX_LETTER_GROUP {
                    break 'tokens;
                }
                // "… 7654 32 and" in a misheard IBAN: a word, not a bank code.
                if bban_digits && group.len() > 1 && shape_end.is_none() {
                    shape_end = Some(acc.len());
                }
            }
            for (k, c) in group.char_indices() {
                acc.push(c);
                ends.push(pos + k + 1);
                if acc.len() > 4 && c.is_ascii_digit() {
                    bban_digits = true;
                }
                if !prefix_shape(acc.as_bytes()) {
                    return None;
                }
                // The country's registered length, looked up once its code is complete.
                if acc.len() == 2 {
                    len = Some(iban_length(&acc)?);
                }
                if Some(acc.len()) == len {
                    let bytes = first.bytes.start..pos + k + 1;
                    if iban(&acc) {
                        return Some(Candidate { bytes, valid: true });
                    }
                    break 'tokens;
                }
            }
            pos += group.len() + 1;
        }
    }
    let n = shape_end.unwrap_or(acc.len());
    unvalidated_shape(toks, &acc[..n]).then(|| Candidate {
        bytes: first.bytes.start..ends[n - 1],
        valid: false,
    })
}

/// Two letters, then two digits, as far as `acc` goes.
fn prefix_shape(a: &[u8]) -> bool {
    a.iter().take(2).all(u8::is_ascii_alphabetic)
        && a.iter().skip(2).take(2).all(u8::is_ascii_digit)
}

/// Whether `acc`, assembled from `toks`, is IBAN-shaped enough to report without its checksum:
/// the country code and check digits written as one token ("gb82…") or spelled ("g b 82"), so
/// "at 12 …" is not read as Austria, and a national part of at least ten characters with
/// digits.
fn unvalidated_shape(toks: &[Token], acc: &str) -> bool {
    let head = toks[0].text.as_bytes();
    let joined_code = head.len() >= 4 && prefix_shape(&head[..4]);
    let spelled_code = head.len() == 1 && toks.get(1).is_some_and(|t| t.text.len() == 1);
    let bban = acc.get(4..).unwrap_or_default();
    let digits = bban.bytes().filter(u8::is_ascii_digit).count();
    (joined_code || spelled_code)
        && bban.len() >= MIN_UNVALIDATED_BBAN
        && digits >= MIN_UNVALIDATED_DIGITS
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn typed_grouped() {
        let e = one(
            Iban,
            "my iban is GB82 WEST 1234 5698 7654 32 thanks",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (3..9, 0.95));
        let e = one(Iban, "DE89370400440532013000", EntityKind::Iban);
        assert_eq!((e.words, e.score), (0..1, 0.85));
    }

    #[test]
    fn as_whisper_wrote_it() {
        // Spoken "My IBAN is G B eight two, W E S T, one two three four, …"; "Obenas" is "IBAN".
        let e = one(
            Iban,
            "My Obenas GB82, WEST-1234-5698-7654-32.",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (2..4, 0.85));
        let e = one(
            Iban,
            "iban GB82-WEST-1234-5698-7654-32 ok",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (1..2, 0.95));
    }

    #[test]
    fn spoken_letters_and_digits() {
        let words = "it is g b eight two w e s t one two three four five six nine eight seven six five four three two ok";
        let e = one(Iban, words, EntityKind::Iban);
        assert_eq!(e.words, 2..24);
        let e = one(
            Iban,
            "n l nine one a b n a zero four one seven one six four three zero zero",
            EntityKind::Iban,
        );
        assert_eq!(e.words, 0..18);
        let e = one(
            Iban,
            "G B 8 2, W E S T, 1 2 3 4, 5 6 9 8, 7 6 5 4, 3 2.",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (0..22, 0.85));
    }

    #[test]
    fn stops_at_the_registered_length() {
        // The digit run goes on past the IBAN ("… 32 5 more"): only its first characters count.
        let e = one(Iban, "GB82 WEST 1234 5698 7654 32 5", EntityKind::Iban);
        assert_eq!((e.words, e.score), (0..6, 0.85));
    }

    #[test]
    fn misheard_iban_is_reported_lower() {
        // Checksum off by one, with and without a cue.
        let e = one(Iban, "iban GB82 WEST 1234 5698 7654 33", EntityKind::Iban);
        assert_eq!((e.words, e.score), (1..7, 0.65));
        let e = one(Iban, "iban GB82 WEST 1234 5698", EntityKind::Iban);
        assert_eq!((e.words, e.score), (1..5, 0.65));
        let e = one(Iban, "GB82 WEST 1234 5698 7654 33 thanks", EntityKind::Iban);
        assert_eq!((e.words, e.score), (0..6, 0.5));
        // A dropped character: short of the length, then a word ends it.
        let e = one(
            Iban,
            "my bank GB82 WEST 1234 5698 7654 3 and that is it",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (2..8, 0.65));
        let e = one(
            Iban,
            "g b eight two w e s t one two three four five six nine eight seven six five",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (0..19, 0.5));
        // Round four's `joe` variants (a tuning set since): the caller's "okay" before the
        // value, and "IBAN" heard as "Ibin" / "Ivan".
        for (words, range) in [
            ("The Ibin? Okay, I-52, B-O-F-I, 777-463474, 415-164.", 3..7),
            ("The Ivan? Okay, i-52-B-O-F-I-77-46-3474-4-15164.", 3..4),
        ] {
            let e = one(Iban, words, EntityKind::Iban);
            assert_eq!((e.words, e.score), (range, 0.6), "{words}");
        }
        none(Iban, "Ivan? Okay, I called 415 555 0123 4567 yesterday.");
    }

    #[test]
    fn garbled_after_its_cue() {
        // Whisper's "IBAN, I E two nine, A I B K, nine three one one, …" ("Ibin" is the cue).
        let e = one(
            Iban,
            "The Ibin i829, iBk9311 5212-345678.",
            EntityKind::Iban,
        );
        assert_eq!((e.words, e.score), (2..5, 0.6));
        none(Iban, "the iban is on the statement");
        none(Iban, "iban 12 and that is all");
        none(Iban, "I don't know my IBAN, call me 415 555 2671");
        none(Iban, "what's the IBAN? give me one sec 2024 2025 2026");
        // An unknown country code right after the cue is a misheard one: still the account.
        let e = one(Iban, "iban ZZ82 WEST 1234 5698 7654 32", EntityKind::Iban);
        assert_eq!((e.words, e.score), (1..7, 0.6));
    }

    #[test]
    fn a_country_code_and_check_digits_near_a_cue_start_one() {
        // Round eight's calls (a tuning set since): "It's a Dutch account, NL55, beat XLN."
        // Too little for the shape, but what is left of an IBAN after its cue.
        for (words, range) in [
            ("It's a Dutch account, NL55, beat XLN.", 4..7),
            ("iban GB82 WEST 1234", 1..4),
            ("account GB82 WESTERN 1234 5698 7654 32", 1..2),
            ("account GB82 WEST ABCD EFGH", 1..5),
            ("my bank account is DE44, okay, 5001", 4..5),
        ] {
            let e = one(Iban, words, EntityKind::Iban);
            assert_eq!((e.words, e.score), (range, 0.6), "{words}");
        }
        // Without a cue, or a code no country has.
        none(Iban, "we met on the NL55 ferry");
        none(Iban, "account ZZ55 XLN");
    }

    #[test]
    fn wrong_shape_or_country() {
        none(Iban, "ZZ82 WEST 1234 5698 7654 32");
        none(Iban, "is 82 of the people from the west");
        // "at" is Austria's code, but a word and a number are not an IBAN without the checksum.
        none(Iban, "meet at 12 3456 7890 1234 ok");
        none(Iban, "bank GBXX WEST 1234 5698 7654 32");
        // Non-ASCII words end a candidate without being sliced.
        none(Iban, "a\u{1d4a5} 1234 5678 9012 3456");
        none(Iban, "gb82 w\u{e9}st 1234 5678 9012 3456");
    }
}
