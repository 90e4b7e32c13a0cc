//! Phone numbers: North American (10 digits, optionally led by 1 or +1; area code and exchange
//! start with 2–9), international E.164 (`+` and 8–15 digits), and, only next to a phone cue
//! ("call", "phone", "mobile", "fax", …) because alone they are any number: 7-digit local
//! numbers, other national formats of 8–12 digits ("0490 75 40 81", "(08) 8747 6301") and the
//! `00` international prefix ("001-518-640-0854"). A written extension ("(898)666-3621x0135",
//! "+1-903-140-4508x769") is part of the number.

use std::sync::LazyLock;

use regex::Regex;

use super::{digit_runs, entity, near, score, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{nanp, repeated_digit};
use crate::detect::{Entity, EntityKind};

/// Phone cue words; also read by the bank-account recognizer, which defers to them.
pub(super) const CUES: &[&str] = &[
    "phone",
    "telephone",
    "call",
    "cell",
    "mobile",
    "reach",
    "text",
    "dial",
    "fax",
    "landline",
    "whatsapp",
    "extension",
    "ext",
    "callback",
    "cellphone",
    "tel",
    "desk",
    "office",
];

/// A written number with an extension: digits with separators, then `x` / `ext` and 1–5 digits.
static WITH_EXTENSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\+?[0-9][0-9().-]*[0-9])(?:x|ext\.?)([0-9]{1,5})$").expect("static regex")
});

pub struct Phone;

impl Recognizer for Phone {
    fn name(&self) -> &'static str {
        "phone"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for run in digit_runs(text) {
            let d = run.digits;
            // No phone has fewer than 7 digits; most runs are short numbers.
            if d.len() < 7 || repeated_digit(d) {
                continue;
            }
            let cue = near(text, &run.bytes, CUES);
            let nanp11 = d.len() == 11 && d.starts_with('1') && nanp(&d[1..]);
            let s = match (run.plus, d.len()) {
                (true, _) if nanp11 => score(cue, 0.75, 0.95),
                // E.164: a country code never starts with 0.
                (true, 8..=15) if !d.starts_with('0') => score(cue, 0.6, 0.9),
                // "plus 1 503 555 …" with the rest lost in transcription: the international
                // prefix says phone number even when fewer digits than any number survive.
                (true, 7) if !d.starts_with('0') => score(cue, 0.5, 0.85),
                (false, 10) if nanp(d) => score(cue, 0.6, 0.95),
                (false, 11) if nanp11 => score(cue, 0.65, 0.95),
                (false, 7) if cue && d.as_bytes()[0] >= b'2' => 0.6,
                // National formats elsewhere, and the 00 international prefix.
                (false, 8..=12) if cue => 0.7,
                (false, 13..=15) if cue && d.starts_with("00") && !d.starts_with("000") => 0.7,
                _ => continue,
            };
            out.push(entity(text, run.bytes, EntityKind::Phone, self.name(), s));
        }
        for t in tokens(text).filter(|t| t.text.contains('x')) {
            let Some(c) = WITH_EXTENSION.captures(t.text) else {
                continue;
            };
            let number = &c[1];
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            let nanp11 = digits.len() == 11 && digits.starts_with('1') && nanp(&digits[1..]);
            let ok = nanp(&digits)
                || nanp11
                || (number.starts_with('+') && (8..=15).contains(&digits.len()));
            if ok && !repeated_digit(&digits) {
                let s = score(near(text, &t.bytes, CUES), 0.75, 0.95);
                out.push(entity(text, t.bytes, EntityKind::Phone, self.name(), s));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn written_nanp_forms() {
        for (words, range) in [
            ("415-555-2671", 0..1),
            ("(415) 555-2671", 0..2),
            ("1-415-555-2671", 0..1),
            ("+1 415 555 2671", 0..4),
            ("415.555.2671 ok", 0..1),
        ] {
            let e = one(Phone, words, EntityKind::Phone);
            assert_eq!(e.words, range, "{words}");
            assert!(e.score >= 0.6, "{words}");
        }
    }

    #[test]
    fn spoken_number_covers_only_its_words() {
        let e = one(
            Phone,
            "you can call me on four one five five five five two six seven one tomorrow",
            EntityKind::Phone,
        );
        assert_eq!(e.words, 5..15);
        assert_eq!(e.score, 0.95);
        let e = one(
            Phone,
            "it's four one five, five fifty five, twenty six seventy one",
            EntityKind::Phone,
        );
        assert_eq!(e.words, 1..11);
        assert_eq!(e.score, 0.6, "no cue: the validated shape alone");
    }

    #[test]
    fn e164() {
        let e = one(
            Phone,
            "plus four four two zero seven nine four six zero nine five eight",
            EntityKind::Phone,
        );
        assert_eq!((e.words, e.score), (0..13, 0.6));
        none(Phone, "+0 20 7946 0958");
        none(Phone, "+44 20");
        // The rest of the number lost in transcription: the prefix still says phone.
        let e = one(Phone, "reach me at plus 1 503 555 a 129", EntityKind::Phone);
        assert_eq!((e.words, e.score), (3..7, 0.85));
        none(Phone, "+0 503 555");
    }

    #[test]
    fn invalid_nanp() {
        none(Phone, "115-555-2671"); // area code starts with 1
        none(Phone, "415-055-2671"); // exchange starts with 0
        none(Phone, "415-555-267"); // nine digits
        none(Phone, "222-222-2222");
    }

    #[test]
    fn local_numbers_need_a_cue() {
        let e = one(
            Phone,
            "call me at five five five two six seven one",
            EntityKind::Phone,
        );
        assert_eq!((e.words, e.score), (3..10, 0.6));
        none(Phone, "order 5552671 shipped");
        none(Phone, "call 0552671");
    }

    #[test]
    fn other_national_formats_need_a_cue() {
        for (words, range) in [
            ("Phone: 0490 75 40 81", 1..5),
            ("call me at 0494 92 82 32", 3..7),
            ("Mobile: 723 813 266", 1..4),
            ("Phone: (08) 8747 6301", 1..4),
            ("Can someone call me on 01.84.17.61.18", 5..6),
            ("fax 001-518-640-0854", 1..2),
            // "Mobile's" is Whisper's "mobile is" (round nine's `joe`, a tuning set since),
            // with "oh double seven" inside the dashes.
            ("Mobile's 0-double-7-0-0-9-0-0-5-1-7", 1..2),
            ("the landline's 0161 496 0732", 2..5),
        ] {
            let e = one(Phone, words, EntityKind::Phone);
            assert_eq!((e.words, e.score), (range, 0.7), "{words}");
        }
        none(Phone, "They're not answering at 0688 872 49 99");
        none(Phone, "order 0490 75 40 81");
        none(Phone, "call 0000 0000");
    }

    #[test]
    fn extensions() {
        for (words, range, s) in [
            ("Desk: (898)666-3621x0135", 1..2, 0.95),
            ("+1-903-140-4508x769", 0..1, 0.75),
            ("463-612-6138x036 ok", 0..1, 0.75),
            ("259.735.7502x45", 0..1, 0.75),
        ] {
            let e = one(Phone, words, EntityKind::Phone);
            assert_eq!((e.words, e.score), (range, s), "{words}");
        }
        none(Phone, "115-555-2671x12");
        none(Phone, "3x5");
        none(Phone, "box 12x34");
    }
}
