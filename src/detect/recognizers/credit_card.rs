//! Payment card numbers: 13–19 digits (grouped or spoken, normalization joins them) that pass
//! Luhn. A known network prefix of the right length (Visa, Mastercard, Amex, …) raises the score;
//! an unknown prefix does not rule a card out, since issuers and networks change.
//!
//! Speech recognition drops and merges digits ("4539 1488 0343 6467" came out of Whisper as
//! "4539 148 0343 6467"), and one wrong digit fails Luhn. A checksum alone would let exactly the
//! misheard cards leak, so where someone is plainly reading out a card ("my card number is …",
//! "visa", "the long number on the front") any 12–19 digit run is reported too, Luhn or not, at
//! a lower score. The normalizer has already joined groups separated by spaces, commas or dashes
//! into one run ("4539 148 0343 6467" → `453914803436467`), so the whole number is covered.

use super::{digit_runs, entity, near, score, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{card_network, luhn, repeated_digit};
use crate::detect::{Entity, EntityKind};

/// Words that raise the score of a Luhn-valid number.
const CUES: &[&str] = &[
    "card",
    "credit",
    "debit",
    "visa",
    "mastercard",
    "amex",
    "american",
    "express",
    "discover",
    "cvv",
    "expiry",
    "expires",
    "expiration",
    "payment",
    "pay",
];

/// Context that says a card number is being read out, so a number that fails Luhn is still one.
/// Narrower than [`CUES`]: "pay" or "expires" near an order number is not enough.
const PAYMENT_CUES: &[&str] = &[
    "card",
    "credit",
    "debit",
    "visa",
    "mastercard",
    "amex",
    "american express",
    "discover",
    "long number",
    "on the front",
];

/// Score of an unvalidated card-length run in payment context: below any validated match, but
/// reported (and winning over the NER model's partial PHONE, see `merge`).
const UNVALIDATED: f32 = 0.65;

pub struct CreditCard;

impl Recognizer for CreditCard {
    fn name(&self) -> &'static str {
        "credit_card"
    }

    fn find(&self, text: &NormalizedText, out: &mut Vec<Entity>) {
        for run in digit_runs(text) {
            let d = run.digits;
            if run.plus || !(12..=19).contains(&d.len()) || repeated_digit(d) {
                continue;
            }
            let s = if d.len() >= 13 && luhn(d) {
                let (without, with) = if card_network(d).is_some() {
                    (0.8, 0.95)
                } else {
                    (0.6, 0.75)
                };
                score(near(text, &run.bytes, CUES), without, with)
            } else if near(text, &run.bytes, PAYMENT_CUES) {
                UNVALIDATED
            } else {
                continue;
            };
            out.push(entity(
                text,
                run.bytes,
                EntityKind::CreditCard,
                self.name(),
                s,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn grouped_visa_with_context() {
        let e = one(
            CreditCard,
            "my card is 4111 1111 1111 1111 thanks",
            EntityKind::CreditCard,
        );
        assert_eq!(e.words, 3..7, "the number only, not \"my card is\"");
        assert_eq!(e.score, 0.95);
        let e = one(CreditCard, "4111-1111-1111-1111", EntityKind::CreditCard);
        assert_eq!((e.words, e.score), (0..1, 0.8));
    }

    #[test]
    fn spoken_amex() {
        let e = one(
            CreditCard,
            "my card is three seven eight two eight two two four six three one double oh oh five",
            EntityKind::CreditCard,
        );
        assert_eq!(e.words, 3..18);
        assert_eq!(e.score, 0.95);
    }

    #[test]
    fn unknown_network_scores_lower() {
        // Luhn-valid, 16 digits, no known prefix.
        let e = one(CreditCard, "9111 1111 1111 1110", EntityKind::CreditCard);
        assert_eq!(e.score, 0.6);
    }

    #[test]
    fn rejects_bad_checksum_length_and_filler_without_payment_context() {
        none(CreditCard, "order 4111 1111 1111 1112");
        none(CreditCard, "order 4111 1111 1111"); // 12 digits
        none(CreditCard, "card 0000 0000 0000 0000");
        none(CreditCard, "card +4111111111111111");
    }

    #[test]
    fn whisper_dropped_a_digit() {
        // Spoken 4539 1488 0343 6467; Whisper lost an 8, so Luhn fails.
        let e = one(
            CreditCard,
            "My card number is 4539 148 0343 6467",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (4..8, UNVALIDATED));
        let e = one(
            CreditCard,
            "the long number on the front is 4539 1488 0343 6468",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (7..11, UNVALIDATED));
        let e = one(
            CreditCard,
            "it's a visa four five three nine one four eight oh three four three six four six seven",
            EntityKind::CreditCard,
        );
        assert_eq!(e.words, 3..18);
        // A Luhn failure in payment context is reported at the lower score only.
        let e = one(
            CreditCard,
            "card 4111 1111 1111 1112",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (1..5, UNVALIDATED));
        let e = one(
            CreditCard,
            "debit card 4111 1111 1111",
            EntityKind::CreditCard,
        );
        assert_eq!(e.words, 2..5, "12 digits");
        // Groups split by commas and dashes are one run, covered whole.
        let e = one(
            CreditCard,
            "card number 4539, 148-0343 - 6467.",
            EntityKind::CreditCard,
        );
        assert_eq!(e.words, 2..6);
    }

    #[test]
    fn unvalidated_needs_payment_context_and_length() {
        // A 12-digit order number is no card.
        none(CreditCard, "your order number is 1234 5678 9012");
        none(CreditCard, "please pay order 1234 5678 9012 3456 today");
        none(CreditCard, "card 1234 5678 901"); // 11 digits
        none(CreditCard, "card 1234 5678 9012 3456 7890"); // 20 digits
        none(CreditCard, "card 1111 1111 1111 1111");
        none(CreditCard, "card +1234 5678 9012 3456");
        // Cues are whole words: "discovered" is not "discover".
        none(CreditCard, "we discovered 1234 5678 9012 3456 ants");
    }
}
