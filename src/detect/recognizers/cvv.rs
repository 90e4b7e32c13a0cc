//! Card security codes (CVV, CVC, CID, CSC): three or four digits, which alone are any number, so
//! they are reported only right after a cue: "security code", "CVV" (and Whisper's spellings of
//! it: "c v v", "see vee vee", "cvv2", and its mishearing "CBB"), "verification code", "the three digits on the back"
//! (normalized to `3 digits on the back`). The first number said after the cue must be the code:
//! "security code is 737" is one, "security code for the card ending 4242 is …" is not.

use std::sync::LazyLock;

use super::context::{after_cue, card_spoken_of, phrase_at, CueIndex};
use super::{corrected, entity, piece_ends, tokens, Recognizer, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::all_digits;
use crate::detect::{DetectorKind, Entity, EntityKind};

/// Cue phrases, in the normalized view (number words are digits: "three digit code" is
/// `3 digit code`).
const CUES: &[&str] = &[
    "cvv",
    "cvv2",
    "cvc",
    "cvc2",
    "cid",
    "csc",
    "c v v",
    "c v c",
    "c.v.v",
    "c.v.c",
    "c-v-v",
    "see vee vee",
    "see v v",
    // Whisper's mishearings of "CVV".
    "cbb",
    "cvb",
    "cbv",
    "c b b",
    "security code",
    "card security code",
    "verification code",
    "verification number",
    "verification value",
    "digits on the back",
    "digit code on the back",
    "code on the back",
    // "the back says three nine four": what is printed there, read out.
    "back says",
    "back of the card says",
    "number on the back",
    "numbers on the back",
    "code on the front",
    "digits on the front",
    "3 digit code",
    "4 digit code",
    // "and the three on the back, 561".
    "3 on the back",
    "4 on the back",
    // An Amex's four-digit code is printed on its front: "Amex has 4 on the front, 2215".
    "4 on the front",
    "3 digit number",
];

static CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(CUES));

/// Where the code is printed, said after it (Whisper heard "strip" as "script" on round four's
/// `joe_noisy`, a tuning set since).
const AFTER: &[&str] = &[
    "on the signature strip",
    "on the signature script",
    "on the signature panel",
    "on the back of the card",
    "on the back of my card",
];

/// Non-filler words allowed between the cue and the code ("security code **on my card** is …").
const MAX_WORDS: usize = 3;

pub struct Cvv;

impl Recognizer for Cvv {
    fn name(&self) -> &'static str {
        "cvv"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        // "security code on the back?" | "208 452 13." (the code, then the ZIP asked next): the
        // normalizer joined the groups into one token, whose first word said is the code.
        let mut leading: Vec<usize> = Vec::new();
        let found = CUE_INDEX.values(&toks, |end| {
            // "The 3 on the back" is the code only where a card was spoken of: a jersey has
            // "3 on the back", and "free on the Mac" (read as it) is an app's price.
            let bare = end
                .checked_sub(4)
                .filter(|&c| matches!(toks[c].text, "3" | "4"));
            if bare.is_some_and(|c| !card_spoken_of(&toks, c)) {
                return None;
            }
            // The first token with a digit after the cue is the code, or there is none.
            let k = after_cue(&toks, end, MAX_WORDS)
                .find(|&k| toks[k].text.bytes().any(|b| b.is_ascii_digit()))?;
            let code = |j: usize| is_code(toks[j].text);
            // "Security code A3. No, sorry, 823.": the slip and the code read out again.
            // Not a figure said after the correction ("No, sorry, 1000 dollars is my limit").
            match corrected(&toks, k).filter(|&j| code(j) && piece_ends(&toks, j + 1)) {
                Some(j) => Some((k, j)),
                None if code(k) => Some((k, k)),
                None => {
                    let first = text.word_range(toks[k].bytes.clone()).start;
                    let w = words.get(first)?.trim_end_matches(['.', ',', '?', '!']);
                    let lead =
                        is_code(w) && toks[k].text.len() > w.len() && toks[k].text.starts_with(w);
                    lead.then(|| leading.push(first));
                    None
                }
            }
        });
        for first in leading {
            out.push(Entity {
                kind: EntityKind::Cvv,
                words: first..first + 1,
                score: 0.85,
                detector: DetectorKind::Rule(self.name()),
            });
        }
        for &(k, last) in &found {
            let bytes = toks[k].bytes.start..toks[last].bytes.end;
            out.push(entity(text, bytes, EntityKind::Cvv, self.name(), 0.85));
        }
        // "It's 416 on the signature strip": where it is printed, said after it.
        for k in 0..toks.len() {
            let t = toks[k].text;
            let printed = AFTER.iter().any(|p| phrase_at(&toks, k + 1, p).is_some());
            let taken = found.iter().any(|&(f, l)| f <= k && k <= l);
            if printed && !taken && is_code(t) {
                out.push(entity(
                    text,
                    toks[k].bytes.clone(),
                    EntityKind::Cvv,
                    self.name(),
                    0.8,
                ));
            }
        }
        for (k, t) in toks.iter().enumerate() {
            // "Card 4482 … 0329. Code 816.": "code" alone, where a card was just spoken of.
            // "and the codes 2-2-6": Whisper's "code's".
            let code = matches!(t.text, "code" | "codes");
            if code && opens(&toks[..k]) && card_spoken_of(&toks, k) {
                let code = after_cue(&toks, k + 1, 1)
                    .find(|&j| toks[j].text.bytes().any(|b| b.is_ascii_digit()))
                    .filter(|&j| is_code(toks[j].text));
                if let Some(j) = code.filter(|&j| !found.iter().any(|&(f, l)| f <= j && j <= l)) {
                    let bytes = toks[j].bytes.clone();
                    out.push(entity(text, bytes, EntityKind::Cvv, self.name(), 0.7));
                }
            }
        }
    }
}

/// Whether `t` has a code's shape: three or four digits, which Whisper may write with a
/// decimal point ("3.46", "22.15", "0.089" for "oh eight nine").
fn is_code(t: &str) -> bool {
    let digits = match t.split_once('.') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() => format!("{a}{b}"),
        Some(_) => return false,
        None => t.to_string(),
    };
    (3..=4).contains(&digits.len()) && all_digits(&digits)
}

/// Whether a bare "code" after `before` names the card's code and not another ("area code",
/// "error code", "promo code"): it opens the clause (after a number or nothing) or follows a
/// determiner or "card".
fn opens(before: &[Token]) -> bool {
    const BEFORE: &[&str] = &[
        "the", "your", "my", "that", "its", "it's", "and", "card", "security",
    ];
    before
        .last()
        .is_none_or(|p| BEFORE.contains(&p.text) || p.text.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};

    #[test]
    fn a_code_written_with_a_point_is_a_code() {
        let e = one(Cvv, "the security code is 7.81", EntityKind::Cvv);
        assert_eq!(e.words, 4..5);
        let e = one(
            Cvv,
            "my amex card has 4 on the front, 31.06.",
            EntityKind::Cvv,
        );
        assert_eq!(e.words, 8..9);
        // A decimal too short or too long for a code, and a jersey's front.
        none(Cvv, "the security code is 4.5");
        none(Cvv, "the security code is 12.345");
        none(Cvv, "his shirt has 4 on the front, 31.06.");
    }
    use super::*;

    #[test]
    fn written_and_spoken() {
        for (words, range) in [
            ("CVV is 7 3 7", 2..5),
            ("CVV is 737.", 2..3),
            ("the security code is seven three seven", 4..7),
            ("and the security code is seven thirty seven thanks", 5..8),
            ("c v v seven three seven", 3..6),
            // Whisper heard "The CVV is oh eight two." as:
            ("The CBB is 082.", 3..4),
            ("See vee vee, 737.", 3..4),
            ("CVC: 0 4 2", 1..4),
            ("the cvv2 is 1234", 3..4),
            ("the three digits on the back are 737", 7..8),
            ("the three digit code on the back is 7 3 7", 8..11),
            ("verification code on the card is 0 1 2", 6..9),
            ("the security code on my card is 737", 7..8),
            ("amex cid is four four three two", 3..7),
            (
                "It's the three numbers on the back, right? Six oh three.",
                8..11,
            ),
            (
                "the four digit code on the front is eight oh four six",
                8..12,
            ),
            ("Um, the back says 3 9 4.", 4..7),
            // Round four's stereo call (a tuning set since): the ZIP asked next joined on.
            (
                "And the freedom of security code on the mark. okay. 208 452 13.",
                10..11,
            ),
            ("the code on the Mac is 715.", 6..7),
        ] {
            let e = one(Cvv, words, EntityKind::Cvv);
            assert_eq!((e.words, e.score), (range, 0.85), "{words}");
        }
    }

    #[test]
    fn needs_the_cue_before_and_three_or_four_digits() {
        none(Cvv, "737 is the security code");
        none(Cvv, "the code is 737");
        none(Cvv, "I have 737 apples");
        none(Cvv, "cvv is 73");
        none(Cvv, "security code is 73737");
        // The first number after the cue decides.
        none(Cvv, "security code for the card ending 4242 is 737");
        // Too far from the cue.
        none(
            Cvv,
            "the security code was changed last year by the bank 737",
        );
        none(Cvv, "security system");
        // "code" alone needs a card spoken of before it.
        none(Cvv, "the door code is 4417");
        none(Cvv, "cvv28 is not a code");
        // Another code, where a card was spoken of.
        none(Cvv, "Your card was declined with error code 402.");
        none(Cvv, "The phone on the card account, area code 415.");
        none(
            Cvv,
            "I updated the card on file. Your confirmation code is 7731.",
        );
        none(Cvv, "I paid by card last week. The promo code is 2024.");
        // "3 on the back" with no card spoken of: a shirt, or "free on the Mac" read as it.
        none(Cvv, "He had 3 on the back, 250 on the front.");
        none(Cvv, "The team put 4 on the back, 2024 on the front.");
        none(Cvv, "The app is free on the Mac, 2024 edition.");
        // A figure after a correction is no code read again.
        let e = one(
            Cvv,
            "The security code is 456. No, sorry, 1000 dollars is my limit.",
            EntityKind::Cvv,
        );
        assert_eq!(e.words, 4..5);
        // The code read again after a correction, as round four's `joe_noisy` had it.
        let e = one(Cvv, "Security code A3. No, sorry, 823.", EntityKind::Cvv);
        assert_eq!(e.words, 2..6);
    }

    #[test]
    fn the_3_on_the_back_of_a_card_spoken_of() {
        // Round four's espeak voices (a tuning set since), as Whisper wrote them.
        for (words, range) in [
            (
                "Card is 4257-4225-8735, 0446, and the 3 on the back 561.",
                10..11,
            ),
            (
                "Card is 4257-422-258735, 0446, and the free on the Mac, 561.",
                10..11,
            ),
        ] {
            let e = one(Cvv, words, EntityKind::Cvv);
            assert_eq!((e.words, e.score), (range, 0.85), "{words}");
        }
    }

    #[test]
    fn glued_to_its_cue_or_after_code_when_paying_by_card() {
        // Whisper glued the cue to the code (the view splits `cvv` off, not `cvv2`).
        let e = one(
            Cvv,
            "Cvv285. Sorry, I had to find my glasses.",
            EntityKind::Cvv,
        );
        assert_eq!(e.words, 0..1);
        let e = one(Cvv, "the cvv2 737", EntityKind::Cvv);
        assert_eq!(e.words, 2..3);
        let e = one(Cvv, "Card 482. 0617. 3390. Code 816.", EntityKind::Cvv);
        assert_eq!((e.words, e.score), (5..6, 0.7));
        // Round seven's `joe` (a tuning set since): Whisper's "codes" for "code's".
        let e = one(
            Cvv,
            "4-3-3-7 9-8-7-O 0-9-3-4 7-9-3-5 expiry 0-2-29 end the codes 2-2-6",
            EntityKind::Cvv,
        );
        assert_eq!(e.words, 9..10);
        none(Cvv, "we have 2 codes 2-2-6 and 3-1-1");
        let e = one(Cvv, "on the visa, the code is 0 4 2", EntityKind::Cvv);
        assert_eq!(e.words, 6..9);
        // The card's number said just before is the card spoken of.
        let e = one(
            Cvv,
            "4 6 00, 04 12, 0519, 1192, and the code is 3 3 0.",
            EntityKind::Cvv,
        );
        assert_eq!(e.words, 11..14);
        let e = one(Cvv, "5500 0000 0000 0004. Code 316.", EntityKind::Cvv);
        assert_eq!(e.words, 5..6);
        // Not a phone number, nor a short number.
        none(Cvv, "call 415 555 2671 and the code is 330");
        none(Cvv, "order 40512 and the code is 330");
    }
}
