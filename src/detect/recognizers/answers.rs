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
    /// The usual length: pieces separated by backchannel words are joined only until the
    /// value has this many digits, so the next speaker's "7 days ago" after a whole card
    /// number is not read as more of it.
    full: usize,
    /// Words other than fillers allowed between the cue and the first group.
    gap: usize,
}

const fn expect(kind: EntityKind, min: usize, full: usize, max: usize) -> Expect {
    Expect {
        kind,
        min,
        max,
        full,
        gap: 1,
    }
}

/// The same, with no word but fillers between cue and value: for cues that are ordinary words
/// ("card", "the social") unless a number follows them right away.
const fn close(e: Expect) -> Expect {
    Expect { gap: 0, ..e }
}

const SSN: Expect = expect(EntityKind::Ssn, 4, 9, 11);
const ROUTING: Expect = expect(EntityKind::RoutingNumber, 6, 9, 11);
const ACCOUNT: Expect = expect(EntityKind::BankAccount, 5, 8, 17);
const CARD: Expect = expect(EntityKind::CreditCard, 8, 15, 19);
/// "card" alone names any card ("card 3 of 5"): only a run long enough to be its number.
const CARD_BARE: Expect = close(expect(EntityKind::CreditCard, 12, 15, 19));
const PHONE: Expect = expect(EntityKind::Phone, 7, 10, 15);
/// The last four of a social, as a question asks for them or an answer names them.
const SSN_LAST: Expect = expect(EntityKind::Ssn, 3, 4, 4);
const CVV: Expect = expect(EntityKind::Cvv, 3, 3, 4);

/// Cue phrases that name a numeric value (the normalizer has already turned Whisper's usual
/// mishearings into these, see `normalize::cues`). Only phrases that name the value itself:
/// "card" alone is any card, "number" alone any number.
const CUES: &[(&str, Expect)] = &[
    ("social security", SSN),
    ("social security number", SSN),
    ("ssn", SSN),
    ("my social", SSN),
    ("your social", SSN),
    ("full social", SSN),
    ("the social", close(SSN)),
    ("social on file", SSN),
    ("social ends in", SSN_LAST),
    ("ssn ends in", SSN_LAST),
    ("last 4 of my social", SSN_LAST),
    ("last 4 of your social", SSN_LAST),
    ("last 4 of the social", SSN_LAST),
    ("last 4 of my ssn", SSN_LAST),
    ("last 4 of your ssn", SSN_LAST),
    ("last 4 of the ssn", SSN_LAST),
    ("routing number", ROUTING),
    ("routing", ROUTING),
    ("aba number", ROUTING),
    ("transit number", ROUTING),
    ("account number", ACCOUNT),
    ("count number", ACCOUNT),
    ("card number", CARD),
    ("credit card number", CARD),
    ("debit card number", CARD),
    ("card", CARD_BARE),
    ("cvv", CVV),
    ("security code", CVV),
    // Not after "social": that is the SSN's cue (see `cue_at`).
    ("security number", CVV),
    ("code on the back", CVV),
    ("3 digit code", CVV),
    ("phone number", PHONE),
    ("cell number", PHONE),
    ("mobile number", PHONE),
    ("call me back at", PHONE),
    ("call me at", PHONE),
    ("reach me at", PHONE),
    ("text me on", PHONE),
    ("text me at", PHONE),
    ("contact number", PHONE),
    ("callback number", PHONE),
    ("best number", PHONE),
    ("good number", PHONE),
    ("number to reach you", PHONE),
    ("number to reach you at", PHONE),
    ("reach you at", PHONE),
    ("reach you on", PHONE),
];

static CUE_INDEX: LazyLock<CueIndex<Expect>> = LazyLock::new(|| CueIndex::with_values(CUES));

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
            let Some((end, want)) = cue_at(&toks, i) else {
                i += 1;
                continue;
            };
            // A shorter cue inside a longer one ("my social" | "social security number") gets
            // its own chance.
            i += 1;
            let Some(first) = after_cue(&toks, end, want.gap + 1).find(|&k| digits(&toks[k]) > 0)
            else {
                continue;
            };
            // The groups, each run of them between backchannel words ("412." | "okay." |
            // "68359.") reported on its own, so the words between stay.
            let mut runs: Vec<(usize, usize)> = Vec::new();
            let (mut k, mut n, mut groups, mut new_run) = (first, 0, 0, true);
            while k < toks.len() && groups < MAX_GROUPS {
                let d = digits(&toks[k]);
                if d == 0 {
                    let skip = (k..toks.len().min(k + MAX_BACKCHANNEL))
                        .take_while(|&j| is_backchannel(toks[j].text))
                        .count();
                    let next = k + skip;
                    let more = next < toks.len() && digits(&toks[next]) > 0;
                    if skip == 0 || !more || n >= want.full {
                        break;
                    }
                    (k, new_run) = (next, true);
                    continue;
                }
                if n + d > want.max {
                    break;
                }
                (n, groups) = (n + d, groups + 1);
                match runs.last_mut() {
                    Some(run) if !new_run => run.1 = k,
                    _ => runs.push((k, k)),
                }
                new_run = false;
                k += 1;
            }
            // The normalizer joins groups said without a pause into one token: a first one
            // longer than the kind is the value with more after it ("card 4482…0329", its
            // expiry joined on), still the value.
            if groups == 0 && digits(&toks[first]) <= want.max + OVERRUN {
                n = digits(&toks[first]);
                runs.push((first, first));
            }
            let Some(&(_, last)) = runs.last() else {
                continue;
            };
            if n >= want.min {
                for &(a, b) in &runs {
                    let bytes = toks[a].bytes.start..toks[b].bytes.end;
                    out.push(entity(text, bytes, want.kind, self.name(), SCORE));
                }
                i = last + 1;
            }
        }
    }
}

/// The cue at token `i`, if any: the index past it and what it announces. "security number"
/// right after "social" is the SSN's cue, not a card's.
fn cue_at(toks: &[Token], i: usize) -> Option<(usize, Expect)> {
    let (end, want) = CUE_INDEX.find(toks, i)?;
    let after_social = i.checked_sub(1).is_some_and(|p| toks[p].text == "social");
    (!(want.kind == EntityKind::Cvv && after_social)).then_some((end, want))
}

/// Words said between the pieces of an answer, by the other speaker or the same one: "412." |
/// "okay." | "68359.".
const BACKCHANNEL: &[&str] = &[
    "okay", "ok", "uh-huh", "mm-hm", "mm-hmm", "mhm", "mm", "hmm", "yep", "yup", "yeah", "yes",
    "right", "sure", "got", "it", "alright", "go", "on", "ahead", "and", "then", "uh", "um",
];
/// Digits past the kind's length that a single joined token may have and still be its value.
const OVERRUN: usize = 8;

/// Backchannel words allowed between two pieces.
const MAX_BACKCHANNEL: usize = 4;

fn is_backchannel(t: &str) -> bool {
    BACKCHANNEL.contains(&t)
}

/// Below a validated match (0.85 and up) and an unvalidated one after its own cue (0.65), above
/// an uncued phone (0.6) or SSN (0.5) reading of the same digits.
const SCORE: f32 = 0.62;

/// The digits of a token that is a group of a number: digits, possibly with `/`, `.` or `-`
/// between them as Whisper writes some groups ("1/8", "1.0482"), and at most one letter where
/// Whisper wrote a digit as one ("5a" for "five eight", "2-1-w-8" for "two one double eight");
/// 0 for any other token.
fn digits(t: &Token) -> usize {
    let b = t.text.as_bytes();
    let d = b.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let first_digit = b.first().is_some_and(u8::is_ascii_digit);
    let ok = b
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || b"/.-".contains(c));
    if !first_digit || !ok || letters > 1 || (letters == 1 && d < 1) {
        return 0;
    }
    d
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
