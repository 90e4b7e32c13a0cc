//! The number that answers a phrase naming it, however much of it speech recognition left:
//! "my social security number is" | "2-8-7." | "4195." (the "six three" between them fell into
//! the pause), "the routing number is" | "0-7-1-4." | "027 1/8".
//!
//! People answer in groups, and a live stream or a call cuts the answer where the speaker pauses.
//! Each piece is decoded alone, so digits are lost at the cuts and some groups come out in other
//! shapes ("1/8", "1.0482"). The normalizer joins the pieces' digits back into one run, but the
//! run is then shorter than its kind (seven digits for a nine-digit SSN) or broken by the odd
//! group, and the shape rules, which need the length and the checksum, let it through. After a
//! cue that names a numeric value (past filler words and a turn change, which is how the other
//! speaker's question reaches the answer), the groups that follow one another directly are read
//! as one value and reported as that kind when their digits together are no more than the kind
//! allows and at least what is left of it when a group or two is lost.
//!
//! Scored below every validated match, so a checked card or SSN over the same words wins.

use std::sync::LazyLock;

use super::context::{after_cue, CueIndex};
use super::{entity, tokens, Recognizer, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::{Entity, EntityKind};

/// What a cue announces: the kind and how many digits an answer may have, as heard.
#[derive(Clone, Copy)]
struct Expect {
    kind: EntityKind,
    min: usize,
    max: usize,
}

const fn expect(kind: EntityKind, min: usize, max: usize) -> Expect {
    Expect { kind, min, max }
}

const SSN: Expect = expect(EntityKind::Ssn, 4, 11);
const ROUTING: Expect = expect(EntityKind::RoutingNumber, 6, 11);
const ACCOUNT: Expect = expect(EntityKind::BankAccount, 5, 17);
const CARD: Expect = expect(EntityKind::CreditCard, 8, 19);
const PHONE: Expect = expect(EntityKind::Phone, 7, 15);

/// Cue phrases that name a numeric value (the normalizer has already turned Whisper's usual
/// mishearings into these, see `normalize::cues`). Only phrases that name the value itself:
/// "card" alone is any card, "number" alone any number.
const CUES: &[(&str, Expect)] = &[
    ("social security", SSN),
    ("social security number", SSN),
    ("ssn", SSN),
    ("my social", SSN),
    ("your social", SSN),
    ("routing number", ROUTING),
    ("routing", ROUTING),
    ("aba number", ROUTING),
    ("transit number", ROUTING),
    ("account number", ACCOUNT),
    ("count number", ACCOUNT),
    ("card number", CARD),
    ("credit card number", CARD),
    ("debit card number", CARD),
    ("phone number", PHONE),
    ("cell number", PHONE),
    ("mobile number", PHONE),
    ("call me back at", PHONE),
    ("call me at", PHONE),
    ("reach me at", PHONE),
    ("text me on", PHONE),
    ("text me at", PHONE),
];

static CUE_INDEX: LazyLock<CueIndex<Expect>> = LazyLock::new(|| CueIndex::with_values(CUES));

/// Words other than fillers allowed between the cue and the first group.
const MAX_WORDS: usize = 1;
/// Groups read as one value: enough for a card read four digits at a time, with a split group.
const MAX_GROUPS: usize = 6;

pub struct Answers;

impl Recognizer for Answers {
    fn name(&self) -> &'static str {
        "answers"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let mut i = 0;
        while i < toks.len() {
            let Some((end, want)) = CUE_INDEX.find(&toks, i) else {
                i += 1;
                continue;
            };
            // A shorter cue inside a longer one ("my social" | "social security number") gets
            // its own chance.
            i += 1;
            let Some(first) = after_cue(&toks, end, MAX_WORDS).find(|&k| digits(&toks[k]) > 0)
            else {
                continue;
            };
            let (mut last, mut n) = (first, 0);
            for (k, t) in toks.iter().enumerate().skip(first).take(MAX_GROUPS) {
                let d = digits(t);
                if d == 0 || n + d > want.max {
                    break;
                }
                (last, n) = (k, n + d);
            }
            if n >= want.min {
                let bytes = toks[first].bytes.start..toks[last].bytes.end;
                out.push(entity(text, bytes, want.kind, self.name(), SCORE));
                i = last + 1;
            }
        }
    }
}

/// Below a validated match (0.85 and up) and an unvalidated one after its own cue (0.65), above
/// an uncued phone (0.6) or SSN (0.5) reading of the same digits.
const SCORE: f32 = 0.62;

/// The digits of a token that is a group of a number: digits, possibly with `/`, `.` or `-`
/// between them as Whisper writes some groups ("1/8", "1.0482"); 0 for any other token.
fn digits(t: &Token) -> usize {
    let b = t.text.as_bytes();
    let edges =
        b.first().is_some_and(u8::is_ascii_digit) && b.last().is_some_and(u8::is_ascii_digit);
    if !edges || !b.iter().all(|c| c.is_ascii_digit() || b"/.-".contains(c)) {
        return 0;
    }
    b.iter().filter(|c| c.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn groups_written_as_sentences_are_one_value() {
        let e = one(
            Answers,
            "my social security number is okay. 2-8-7. 4195.",
            EntityKind::Ssn,
        );
        assert_eq!(e.words, 6..8);
        let e = one(
            Answers,
            "the routing number is okay. 0-7-1-4. 027 1/8",
            EntityKind::RoutingNumber,
        );
        assert_eq!(e.words, 5..8);
        let e = one(
            Answers,
            "call me back at 415. 555. 2671.",
            EntityKind::Phone,
        );
        assert_eq!(e.words, 4..7);
        let e = one(
            Answers,
            "what's the account number? it's 4820. 19375. 6",
            EntityKind::BankAccount,
        );
        assert_eq!(e.words, 5..8);
    }

    #[test]
    fn needs_a_cue_pieces_and_enough_digits() {
        // No cue that names the value.
        none(Answers, "i have 287. 4195. of them");
        none(Answers, "the number is 287. 4195.");
        // Too few digits for a routing number, even in pieces.
        none(Answers, "routing number 12. 34.");
        // Too far from the cue.
        none(
            Answers,
            "my social security number, she said, was lost 287. 4195.",
        );
        // A sentence after the value ends it.
        let e = one(
            Answers,
            "my account number is 4820. 1937. and i'm 42",
            EntityKind::BankAccount,
        );
        assert_eq!(e.words, 4..6);
    }
}
