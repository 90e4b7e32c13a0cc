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

use super::{digit_runs, entity, near, score, tokens, Recognizer, Token};
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
    // Whisper glues the article to the network: "it's a Visa" came out as "It's Avisa".
    "avisa",
    "amastercard",
    "anamex",
];

/// Words that may stand between a card cue and the first piece of the number ("card *ending
/// in* …", "card *number is* …").
const MAX_GAP: usize = 3;

/// Score of an unvalidated card-length run in payment context: below any validated match, but
/// reported (and winning over the NER model's partial PHONE, see `merge`).
const UNVALIDATED: f32 = 0.65;

/// Score of 8–11 digits in payment context: more than the last four, fewer than any card, so
/// the rest of the number was lost in transcription ("card ending in 53710482." for sixteen
/// digits read aloud). Below every validated entity, so a phone or account number over the
/// same digits wins the merge.
const PARTIAL: f32 = 0.5;

pub struct CreditCard;

impl Recognizer for CreditCard {
    fn name(&self) -> &'static str {
        "credit_card"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let pieces = pieces_after_cue(text);
        for run in digit_runs(text) {
            // A run that is one piece of a longer broken-up number is reported with it, whole.
            if pieces
                .iter()
                .any(|p| p.start <= run.bytes.start && run.bytes.end <= p.end && *p != run.bytes)
            {
                continue;
            }
            let d = run.digits;
            if run.plus || !(8..=19).contains(&d.len()) || repeated_digit(d) {
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
                if d.len() >= 12 {
                    UNVALIDATED
                } else {
                    PARTIAL
                }
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
        let first_new = out.len();
        for bytes in pieces {
            let overlaps = out[..first_new]
                .iter()
                .any(|e| e.kind == EntityKind::CreditCard && overlap(text, e, &bytes));
            if !overlaps {
                let e = entity(
                    text,
                    bytes,
                    EntityKind::CreditCard,
                    self.name(),
                    UNVALIDATED,
                );
                out.push(e);
            }
        }
    }
}

/// A card number that speech recognition broke into pieces no digit run can join: after a card
/// cue, consecutive tokens of digits and stray `-` `.` `/` ("card ending in 537-1.0482. 00659.
/// 103/0." for 5371 0482 6659 1030) that hold 13–19 digits together. Byte ranges.
fn pieces_after_cue(text: &NormalizedText) -> Vec<std::ops::Range<usize>> {
    let toks: Vec<Token> = tokens(text).collect();
    let numeric = |t: &str| {
        t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit() || b"-./".contains(&b))
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !PAYMENT_CUES.contains(&toks[i].text) {
            i += 1;
            continue;
        }
        let Some(first) = (i + 1..toks.len().min(i + 2 + MAX_GAP)).find(|&k| numeric(toks[k].text))
        else {
            i += 1;
            continue;
        };
        let mut last = first;
        let mut digits = 0;
        for t in &toks[first..] {
            if !numeric(t.text) || digits > 19 {
                break;
            }
            digits += t.text.bytes().filter(u8::is_ascii_digit).count();
            last += 1;
        }
        // `last` is one past the final piece; a single token is the digit-run path's business.
        if last - first >= 2 && (13..=19).contains(&digits) {
            found.push(toks[first].bytes.start..toks[last - 1].bytes.end);
        }
        i = last.max(i + 1);
    }
    found
}

fn overlap(text: &NormalizedText, e: &Entity, bytes: &std::ops::Range<usize>) -> bool {
    let w = text.word_range(bytes.clone());
    e.words.start < w.end && w.start < e.words.end
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
        none(CreditCard, "card 1234 567"); // 7 digits (11 are part of one: see below)
        none(CreditCard, "card 1234 5678 9012 3456 7890"); // 20 digits
        none(CreditCard, "card 1111 1111 1111 1111");
        none(CreditCard, "card +1234 5678 9012 3456");
        // Cues are whole words: "discovered" is not "discover".
        none(CreditCard, "we discovered 1234 5678 9012 3456 ants");
    }

    #[test]
    fn whisper_broke_the_card_into_pieces() {
        // Spoken 5371 0482 6659 1030 "ending in …"; Whisper wrote three sentences of digits.
        let e = one(
            CreditCard,
            "Use the card ending in 537-1.0482. 00659. 103/0. Exploration Day, April 2028.",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (5..8, UNVALIDATED));
        // "ending in" four digits is not a card number; nor are pieces without a card cue.
        none(CreditCard, "the card ending in 1030 please");
        none(CreditCard, "order 537-1.0482. 00659. 103/0.");
    }

    #[test]
    fn part_of_a_card_number_whisper_cut_short() {
        // Sixteen digits read aloud; Whisper wrote the first eight and dropped the rest.
        let e = one(
            CreditCard,
            "Use the card ending in 53710482.",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (5..6, PARTIAL));
        let e = one(
            CreditCard,
            "my visa is 4916 2203 91",
            EntityKind::CreditCard,
        );
        assert_eq!(e.score, PARTIAL);
        // Without a payment cue, or at the length of a last four, it is not card data.
        none(CreditCard, "the order number is 53710482");
        none(CreditCard, "the card ending in 0482 please");
    }

    #[test]
    fn article_glued_to_the_network() {
        let e = one(
            CreditCard,
            "It's Avisa 4556-7301-884-9132",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (2..3, UNVALIDATED));
    }
}
