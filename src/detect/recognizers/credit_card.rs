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
        let pieces = pieces.into_iter().map(|b| (b, UNVALIDATED));
        let groups = groups_between_words(text).into_iter().map(|b| (b, SPACED));
        for (bytes, score) in pieces.chain(groups) {
            let overlaps = out[..first_new]
                .iter()
                .any(|e| e.kind == EntityKind::CreditCard && overlap(text, e, &bytes));
            if !overlaps {
                out.push(entity(
                    text,
                    bytes,
                    EntityKind::CreditCard,
                    self.name(),
                    score,
                ));
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

/// Score of a card read in groups with words between them and no cue (see
/// [`groups_between_words`]): network and checksum both hold, as for a validated run.
const SPACED: f32 = 0.75;

/// Words allowed between two groups of a card read out in groups ("then", "and the last bit
/// is").
const MAX_BETWEEN: usize = 5;

/// A card read in groups with words between them, no cue needed: "It starts 2718, then 3952,
/// the 9124, and the last bit of 7412", or in pairs Whisper wrote as decimals ("42.98, 75.14,
/// 86.65, 08.08"). Three or more groups of 2–6 digits (a token of digits, or two short digit
/// runs around a decimal point), at most [`MAX_BETWEEN`] words between neighbours, that
/// together hold 13–19 digits with a known network prefix and a valid Luhn checksum: years,
/// prices and counts in one sentence rarely pass both. Byte ranges, the longest from each start.
fn groups_between_words(text: &NormalizedText) -> Vec<std::ops::Range<usize>> {
    let toks: Vec<Token> = tokens(text).collect();
    let group = |t: &str| -> Option<String> {
        let (a, b) = t.split_once('.').unwrap_or((t, ""));
        let digits = [a, b];
        let ok = digits.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit()))
            && !a.is_empty()
            && (b.is_empty() || (a.len() <= 3 && b.len() <= 3));
        let d = format!("{a}{b}");
        (ok && (2..=6).contains(&d.len())).then_some(d)
    };
    let has_digit = |t: &str| t.bytes().any(|b| b.is_ascii_digit());
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(first) = group(toks[i].text) else {
            i += 1;
            continue;
        };
        let (mut digits, mut groups, mut k) = (first, 1, i);
        let mut best = None;
        // The next group within MAX_BETWEEN words of token `k`, if the next number is one.
        let next_group = |k: usize| {
            let j =
                (k + 1..toks.len().min(k + 2 + MAX_BETWEEN)).find(|&j| has_digit(toks[j].text))?;
            Some((j, group(toks[j].text)?))
        };
        while let Some((next, d)) = next_group(k) {
            digits.push_str(&d);
            groups += 1;
            k = next;
            if digits.len() > 19 {
                break;
            }
            if groups >= 3
                && digits.len() >= 13
                && luhn(&digits)
                && card_network(&digits).is_some()
                && !repeated_digit(&digits)
            {
                best = Some(k);
            }
        }
        match best {
            Some(last) => {
                found.push(toks[i].bytes.start..toks[last].bytes.end);
                i = last + 1;
            }
            None => i += 1,
        }
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
    fn a_card_read_in_groups_with_words_between_needs_no_cue() {
        // 5412 7534 1298 6601 (Mastercard, Luhn-valid) in other wordings.
        let e = one(
            CreditCard,
            "First 5412, next 7534, after that 1298 and finally 6601.",
            EntityKind::CreditCard,
        );
        assert_eq!((e.words, e.score), (1..10, SPACED));
        // In pairs, written as decimals.
        let e = one(
            CreditCard,
            "Take it from 54.12, 75.34, 12.98, 66.01 please.",
            EntityKind::CreditCard,
        );
        assert_eq!(e.words, 3..7);
        // Round nine's (a tuning set since), as Whisper wrote them.
        for said in [
            "It starts 2 7 1 8, then 3 9 5 2, the 9 1 2 4, and the last bit of 7 4 1 2.",
            "For the skit, take it off 42.98, 75.14, 86.65, 08.08.",
        ] {
            one(CreditCard, said, EntityKind::CreditCard);
        }
        // Prices, years and a wrong checksum are not a card.
        none(
            CreditCard,
            "We paid 54.12, then 75.34, then 12.98 and 66.04.",
        );
        none(CreditCard, "From 1998 to 2004, then 2010 until 2012.");
        none(CreditCard, "Rooms 5412, 7534 and 1298 were booked.");
        // Too many words between the groups.
        none(
            CreditCard,
            "5412 is the first one, and then we had 7534 and after that 1298 and 6603",
        );
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
