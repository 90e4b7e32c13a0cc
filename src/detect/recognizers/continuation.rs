//! The rest of a number read out in pieces, after any detector found its first piece:
//! "2-4-2-3-0-7-7-6" (a card) | "go on." | "9-2-7-0" | "right." | "6-9-8-2".
//!
//! In a mono recording both voices share one transcript, so the agent's "go on", "yes" and
//! "mm-hm" land between the caller's groups, and a recognizer (or the NER model) that matched the
//! first group stops at them. `answers` joins such pieces only after a cue that names the value;
//! here the found first piece is the cue. A pass after every recognizer and the NER model: the
//! digit groups that follow a found number with nothing but backchannel words between
//! ([`is_backchannel`]), or come before it with one or more of them between, are more of it,
//! reported as its kind. Each piece must end where a piece read out ends ([`piece_ends`]: not
//! "7 days ago"), the number stops at its usual length (so the next speaker's digits after a
//! whole card are not read as more of it), and never goes past the longest the kind can be.

use super::{group_digits as digits, piece_ends, said_zero, tokens, Token};
use crate::detect::normalize::{is_backchannel, NormalizedText};
use crate::detect::{DetectorKind, Entity, EntityKind};

/// The reported detector name.
const NAME: &str = "continuation";

/// Below a validated match and the cue-led `answers` (0.62): the words it takes are no other
/// entity's anyway.
const SCORE: f32 = 0.6;

/// Backchannel words allowed between two pieces ("and then, hm, keep going").
const MAX_BACKCHANNEL: usize = 5;

/// Pieces added after the first: a card read four digits at a time, with a split group.
const MAX_PIECES: usize = 6;

/// The usual and the longest digit count of a kind that is read out in pieces; `None` for kinds
/// that are not (names, dates, expiry dates: their digits after them are something else).
fn lengths(kind: EntityKind) -> Option<(usize, usize)> {
    use EntityKind::*;
    Some(match kind {
        CreditCard => (15, 19),
        Ssn | RoutingNumber => (9, 11),
        BankAccount => (8, 17),
        Phone => (10, 15),
        Iban => (20, 34),
        Cvv => (3, 4),
        Zip => (5, 9),
        // Of no fixed length: a member ID of ten, or an IBAN the NER model called a licence.
        IdNumber | DriverLicense | Passport | MedicalRecord | HealthPlan | VehicleId | DeviceId => {
            (16, 24)
        }
        _ => return None,
    })
}

/// Adds to `found` the pieces that continue its numbers (see the module docs).
pub fn continue_numbers(text: &NormalizedText, found: &mut Vec<Entity>) {
    let toks: Vec<Token> = tokens(text).collect();
    if toks.is_empty() {
        return;
    }
    let words: Vec<std::ops::Range<usize>> = toks
        .iter()
        .map(|t| text.word_range(t.bytes.clone()))
        .collect();
    // The entity (index into `found`) each token is part of, if any.
    let owner = |k: usize, found: &[Entity]| {
        found
            .iter()
            .position(|e| e.words.start < words[k].end && words[k].start < e.words.end)
    };
    // Only what merging will keep: a long-number reading under a checked card is no ID to
    // continue with the card's own length.
    let outranked = |i: usize| {
        let e = &found[i];
        found.iter().any(|f| {
            f.score > e.score && f.words.start < e.words.end && e.words.start < f.words.end
        })
    };
    let mut order: Vec<usize> = (0..found.len())
        .filter(|&i| lengths(found[i].kind).is_some() && !outranked(i))
        .collect();
    order.sort_by_key(|&i| found[i].words.start);
    let mut added: Vec<Entity> = Vec::new();
    let mut restarts: Vec<Entity> = Vec::new();
    let mut consumed = vec![false; found.len()];
    for i in order {
        if consumed[i] {
            continue;
        }
        let e = found[i].clone();
        let (full, max) = lengths(e.kind).expect("filtered");
        let inside: Vec<usize> = (0..toks.len())
            .filter(|&k| words[k].start < e.words.end && e.words.start < words[k].end)
            .collect();
        let mut n: usize = inside.iter().map(|&k| digits(toks[k].text)).sum();
        let Some(&last) = inside.last() else { continue };
        if n == 0 {
            continue;
        }
        // A run the normalizer joined is one number: the NER model may have tagged only some
        // of the words said for it ("3 5 9" of "3 5 9 8 5 3 0 1").
        for &k in &inside {
            widen(&mut added, &e, &words[k]);
        }
        let (mut k, mut pieces) = (last + 1, 0);
        while k < toks.len() && pieces < MAX_PIECES && n < full {
            let skip = (k..toks.len().min(k + MAX_BACKCHANNEL))
                .take_while(|&j| {
                    (is_backchannel(toks[j].text) || CORRECTION.contains(&toks[j].text))
                        && owner(j, found).is_none()
                })
                .count();
            let mut start = k + skip;
            if start >= toks.len() {
                break;
            }
            // A zero said as "a"/"oh" before the group is part of it.
            let zero = said_zero(&toks, start) && owner(start, found).is_none();
            let group = start + usize::from(zero);
            // A group another detector already took (of any kind: the NER model may have called
            // a piece of a card an address) counts toward the length and the chain goes on past it.
            if let Some(j) = owner(group, found) {
                let them: usize = (group..toks.len())
                    .take_while(|&q| owner(q, found) == Some(j))
                    .map(|q| digits(toks[q].text))
                    .sum();
                if them == 0 || zero {
                    break;
                }
                if found[j].kind == e.kind {
                    consumed[j] = true;
                }
                let owner_entity = found[j].clone();
                for q in (group..toks.len()).take_while(|&q| owner(q, found) == Some(j)) {
                    widen(&mut added, &owner_entity, &words[q]);
                }
                n += them;
                k = group
                    + (group..toks.len())
                        .take_while(|&q| owner(q, found) == Some(j))
                        .count();
                pieces += 1;
                continue;
            }
            let d = digits(toks[group].text) + usize::from(zero);
            if d == usize::from(zero) || n + d > max || !piece_ends(&toks, group + 1) {
                break;
            }
            if zero {
                start = group - 1;
            }
            let bytes = toks[start].bytes.start..toks[group].bytes.end;
            added.push(piece(e.kind, text.word_range(bytes)));
            n += d;
            pieces += 1;
            k = group + 1;
        }
        // The groups said before it, a backchannel word or more between: "Q R T, six six one"
        // | "yes" | "oh four four nine two", where only the last piece had its cue's shape.
        let mut k = inside[0];
        while pieces < MAX_PIECES && n < full {
            let skip = (0..k)
                .rev()
                .take(MAX_BACKCHANNEL)
                .take_while(|&j| is_backchannel(toks[j].text) && owner(j, found).is_none())
                .count();
            // "3767, a 49573627054": a lone "a"/"oh" right before the found piece is a zero
            // or a filler between two groups of one number, as a backchannel word would be.
            let lone_zero = skip == 0
                && k >= 2
                && said_zero(&toks, k - 1)
                && owner(k - 1, found).is_none()
                && digits(toks[k - 2].text) > 0;
            let Some(group) = k
                .checked_sub(skip + 1 + usize::from(lone_zero))
                .filter(|_| skip > 0 || lone_zero)
            else {
                break;
            };
            let d = digits(toks[group].text);
            if owner(group, found).is_some() || d == 0 || n + d > max {
                break;
            }
            let zero =
                group > 0 && said_zero(&toks, group - 1) && owner(group - 1, found).is_none();
            let start = group - usize::from(zero);
            let end = if lone_zero { k - 1 } else { group };
            let bytes = toks[start].bytes.start..toks[end].bytes.end;
            added.push(piece(e.kind, text.word_range(bytes)));
            n += d + usize::from(zero) + usize::from(lone_zero);
            pieces += 1;
            k = start;
        }
    }
    // "4313, sorry, hang on, I'll start over. 4313 4291 …": the slip read out before a
    // restart is a piece of the number read again after it.
    for e in found
        .iter()
        .chain(&added)
        .filter(|e| lengths(e.kind).is_some())
    {
        let Some(first) = (0..toks.len()).find(|&k| words[k].start >= e.words.start) else {
            continue;
        };
        if let Some((a, b)) = slip_before(&toks, first) {
            // The slip is the start of the same number: "room 302, sorry, I mean 4417 …" and
            // "we paid 250, sorry, 415 555 0123" are other figures before another number.
            let said = |toks: &[Token]| -> String {
                toks.iter()
                    .take_while(|t| digits(t.text) > 0)
                    .flat_map(|t| t.text.chars())
                    .filter(char::is_ascii_digit)
                    .collect()
            };
            let again = said(&toks[first..]);
            let same = same_start(&said(&toks[a..=b]), &again);
            if same && (a..=b).all(|k| owner(k, found).is_none()) {
                let bytes = toks[a].bytes.start..toks[b].bytes.end;
                restarts.push(piece(e.kind, text.word_range(bytes)));
            }
        }
    }
    // "It's 4641 98, hold on, the light's bad in here. Okay, 4641 9899 …": a number broken off
    // by other words and read again from its start. The earlier reading is the same number's
    // start (five digits or more, all of them the start of the one read again), whatever was
    // said between.
    for e in found
        .iter()
        .chain(&added)
        .filter(|e| lengths(e.kind).is_some())
    {
        let Some(first) = (0..toks.len()).find(|&k| words[k].start >= e.words.start) else {
            continue;
        };
        let again: String = toks[first..]
            .iter()
            .zip(&words[first..])
            .take_while(|(_, w)| w.start < e.words.end)
            .flat_map(|(t, _)| t.text.chars())
            .filter(char::is_ascii_digit)
            .collect();
        // The nearest run of digit groups before it, within the window.
        let Some(b) = (first.saturating_sub(BROKEN_OFF)..first)
            .rev()
            .find(|&k| digits(toks[k].text) > 0)
        else {
            continue;
        };
        let a = (0..=b)
            .rev()
            .take_while(|&k| digits(toks[k].text) > 0)
            .last()
            .unwrap_or(b);
        let said: String = toks[a..=b]
            .iter()
            .flat_map(|t| t.text.chars())
            .filter(char::is_ascii_digit)
            .collect();
        let free = (a..=b).all(|k| owner(k, found).is_none());
        if free && said.len() >= 5 && again.len() > said.len() && again.starts_with(&said) {
            let bytes = toks[a].bytes.start..toks[b].bytes.end;
            restarts.push(piece(e.kind, text.word_range(bytes)));
        }
    }
    found.extend(added);
    found.extend(restarts);
}

/// Tokens before a number searched for its broken-off first reading.
const BROKEN_OFF: usize = 16;

/// Words between a slip and the number read out again: "sorry, hang on, I'll start over", with
/// "for" as Whisper writes a "four" said first.
const RESTART: &[&str] = &[
    "sorry",
    "no",
    "wait",
    "oops",
    "hang",
    "on",
    "i'll",
    "i",
    "will",
    "let",
    "me",
    "start",
    "again",
    "over",
    "from",
    "the",
    "top",
    "beginning",
    "okay",
    "ok",
    "um",
    "uh",
    "for",
    "actually",
    "mean",
    "scratch",
    "that",
];
/// Of those, the ones that say the reading starts again. "No" too: "308-41. No. 308-472961."
/// (round twelve's `joe`, a tuning set since); the two readings must still start alike.
const RESTART_MARKS: &[&str] = &[
    "sorry", "oops", "again", "over", "scratch", "mean", "wait", "no",
];

/// Words of a correction the caller says between two pieces of a number ("oh two, no, sorry,
/// oh three five one": round twelve's calls, a tuning set since): skipped as backchannel is.
const CORRECTION: &[&str] = &["no", "sorry", "wait", "actually", "i", "mean", "oops"];

/// Whether two readings of a number start alike: two digits in common at their start, one
/// digit lost or misheard at the start of either ("4313" and "3134…", its "four" heard as "for").
fn same_start(slip: &str, again: &str) -> bool {
    let (s, a) = (slip.as_bytes(), again.as_bytes());
    (0..=1).any(|i| {
        (0..=1).any(|j| matches!((s.get(i..i + 2), a.get(j..j + 2)), (Some(x), Some(y)) if x == y))
    })
}

/// The digit groups of a slip right before a restart that ends at token `first`: their first
/// and last token, three digits or more.
fn slip_before(toks: &[Token], first: usize) -> Option<(usize, usize)> {
    let between = (0..first)
        .rev()
        .take(8)
        .take_while(|&j| RESTART.contains(&toks[j].text))
        .count();
    let marked = (first - between..first).any(|j| RESTART_MARKS.contains(&toks[j].text));
    let last = first
        .checked_sub(between + 1)
        .filter(|_| marked && between > 0)?;
    let run = (0..=last)
        .rev()
        .take(MAX_PIECES)
        .take_while(|&j| digits(toks[j].text) > 0)
        .count();
    let a = last + 1 - run;
    let n: usize = (a..=last).map(|j| digits(toks[j].text)).sum();
    (run > 0 && n >= 3).then_some((a, last))
}

/// A piece found here: `words`, as `kind`.
fn piece(kind: EntityKind, words: std::ops::Range<usize>) -> Entity {
    Entity {
        kind,
        words,
        score: SCORE,
        detector: DetectorKind::Rule(NAME),
    }
}

/// Covers the rest of a token's words `token` that the NER model's `e` tags only in part, as
/// `e`'s kind. (Rules report whole tokens; the normalizer may have joined a number word before a
/// value into its token, "last 4 8812", which a rule rightly leaves out.)
fn widen(added: &mut Vec<Entity>, e: &Entity, token: &std::ops::Range<usize>) {
    let inside = e.words.start <= token.start && token.end <= e.words.end;
    if inside || e.detector != DetectorKind::Ner {
        return;
    }
    added.push(piece(e.kind, token.clone()));
}

#[cfg(test)]
mod tests {
    use super::super::test_util::ent;
    use super::*;
    use crate::detect::normalize::NormalizedText;

    /// The entities added after `first` over `text`: kind and words.
    fn added(text: &str, first: Vec<Entity>) -> Vec<(EntityKind, std::ops::Range<usize>)> {
        let words: Vec<&str> = text.split(' ').collect();
        let n = NormalizedText::new(&words);
        let mut found = first.clone();
        continue_numbers(&n, &mut found);
        found[first.len()..]
            .iter()
            .map(|e| {
                assert_eq!(e.detector, DetectorKind::Rule(NAME));
                (e.kind, e.words.clone())
            })
            .collect()
    }

    #[test]
    fn a_piece_after_a_correction_is_more_of_the_number() {
        // Round twelve's calls (a tuning set since), as Whisper wrote them: the piece after
        // the correction (the slip "02" is joined to "496" by the normalizer).
        assert_eq!(
            added(
                "0118. Okay. 496. 02. No. Sorry. 0351.",
                vec![ent(EntityKind::Phone, 0..1), ent(EntityKind::Phone, 2..4)]
            ),
            vec![(EntityKind::Phone, 6..7)]
        );
        // Round twelve's joe: a reading restarted after "no".
        assert_eq!(
            added(
                "It's 308-41. No. 308-472961.",
                vec![ent(EntityKind::Ssn, 3..4)]
            ),
            vec![(EntityKind::Ssn, 1..2)]
        );
        // A number after "no" that is no piece: a count, and another figure.
        assert!(added(
            "4111 1111 1111 1111 no 3 days ago",
            vec![ent(EntityKind::CreditCard, 0..4)]
        )
        .is_empty());
        assert!(added(
            "It's 512. No. 308-472961.",
            vec![ent(EntityKind::Ssn, 3..4)]
        )
        .is_empty());
    }

    #[test]
    fn a_number_broken_off_and_read_again_is_that_number() {
        // Words 1..7 are the first reading, 12..16 the number read again and found.
        assert_eq!(
            added(
                "it's 5 3 1 8 2 7 wait, let me get my glasses on. right, 5318 2741 0033 9921",
                vec![ent(EntityKind::CreditCard, 12..16)]
            ),
            vec![(EntityKind::CreditCard, 1..7)]
        );
        // Another figure before it, and one too short to tell.
        assert!(added(
            "we paid 53180 for it, by the way. right, 5318 2741 0033 9921",
            vec![ent(EntityKind::CreditCard, 9..13)]
        )
        .is_empty());
        assert!(added(
            "room 531 is where I am. right, 5318 2741 0033 9921",
            vec![ent(EntityKind::CreditCard, 7..11)]
        )
        .is_empty());
    }

    #[test]
    fn pieces_after_backchannel_words_are_more_of_the_number() {
        // Mono: the agent's words between the caller's groups.
        assert_eq!(
            added(
                "the long one 4-1-7-7-0-2-3-9 go on. 5-5-1-8, right. 2-0-6-4, and the expiry?",
                vec![ent(EntityKind::CreditCard, 3..4)]
            ),
            vec![
                (EntityKind::CreditCard, 6..7),
                (EntityKind::CreditCard, 8..9)
            ]
        );
        // A member ID whose letters the NER model found, the rest after "yes".
        assert_eq!(
            added(
                "it's KLM 772 yes. oh 3 9 1 5. thanks",
                vec![ent(EntityKind::HealthPlan, 1..3)]
            ),
            vec![(EntityKind::HealthPlan, 4..9)]
        );
        // "A" for the "oh" of a group, and a piece another detector called something else
        // counts and is stepped over.
        assert_eq!(
            added(
                "routing 0-4-4 okay. A 18. mm-hmm 22 main 7 yes 5",
                vec![
                    ent(EntityKind::RoutingNumber, 1..2),
                    ent(EntityKind::Address, 6..8)
                ]
            ),
            vec![
                (EntityKind::RoutingNumber, 3..5),
                (EntityKind::RoutingNumber, 8..9)
            ]
        );
    }

    #[test]
    fn pieces_before_the_found_one_after_a_backchannel_word() {
        // Only the last piece had the shape its cue wants.
        assert_eq!(
            added(
                "your insurance card? qrt 661 yes. oh 4 4 9 2. thanks",
                vec![ent(EntityKind::HealthPlan, 6..11)]
            ),
            vec![(EntityKind::HealthPlan, 4..5)]
        );
        // A lone "a" between the groups (round four's `joe`, a tuning set since).
        assert_eq!(
            added(
                "american express 3767, a 49573627054.",
                vec![ent(EntityKind::CreditCard, 4..5)]
            ),
            vec![(EntityKind::CreditCard, 2..4)]
        );
        // Not without a backchannel word between, and not a question's own digits.
        assert!(added("the last 4 8812", vec![ent(EntityKind::Ssn, 3..4)]).is_empty());
        assert!(added(
            "what's the 3 digit code? 394",
            vec![ent(EntityKind::Cvv, 5..6)]
        )
        .is_empty());
    }

    #[test]
    fn a_slip_before_a_restart_is_part_of_the_number() {
        // Round four's `joe_noisy` (a tuning set since); "for" is the "four" said first.
        assert_eq!(
            added(
                "4 3 1 3 sorry hang on. I'll start over for three 1 3 4 2 9 1 1 9 2 5 1 3 2",
                vec![ent(EntityKind::IdNumber, 11..25)]
            ),
            vec![(EntityKind::IdNumber, 0..4)]
        );
        // No restart said, or a count before it.
        assert!(added(
            "room 4313 and then 4313 4291 1192 5132",
            vec![ent(EntityKind::CreditCard, 4..8)]
        )
        .is_empty());
        assert!(added(
            "we need 2 sorry hang on 4313 4291 1192 5132",
            vec![ent(EntityKind::CreditCard, 6..10)]
        )
        .is_empty());
        // Another figure before a number said after "sorry": not how that number starts.
        assert!(added(
            "room 302, sorry, I mean 4417 1234 5678 9010",
            vec![ent(EntityKind::CreditCard, 5..9)]
        )
        .is_empty());
        assert!(added(
            "we paid 250 sorry 415 555 0123",
            vec![ent(EntityKind::Phone, 4..7)]
        )
        .is_empty());
    }

    #[test]
    fn a_joined_run_tagged_in_part_is_covered_whole() {
        // The NER model tagged "36 ok 3 5 9" of "… 36 ok 3 5 9 8 5 3 0 1 mmm 8 6 5 9 2 5 3".
        assert_eq!(
            added(
                "the iban 36 ok 3 5 9 8 5 3 0 1 mmm 8 6 5 9 2 5 3",
                vec![Entity {
                    detector: DetectorKind::Ner,
                    ..ent(EntityKind::DriverLicense, 2..7)
                }]
            ),
            vec![
                (EntityKind::DriverLicense, 4..12),
                (EntityKind::DriverLicense, 13..20)
            ]
        );
    }

    #[test]
    fn a_whole_number_and_other_words_end_it() {
        // A whole card: the next "7 days ago" is not more of it.
        assert!(added(
            "card 4539 1488 0343 6467 okay. 7 days ago",
            vec![ent(EntityKind::CreditCard, 1..5)]
        )
        .is_empty());
        // A weaker reading of the same digits (a long number under the card) is not continued
        // with its own, longer length.
        let weak = Entity {
            score: 0.5,
            ..ent(EntityKind::IdNumber, 1..5)
        };
        assert!(added(
            "card 4539 1488 0343 646 okay. 7 days ago",
            vec![ent(EntityKind::CreditCard, 1..5), weak]
        )
        .is_empty());
        // Ordinary words between: not a continuation.
        assert!(added(
            "my account 4417 is old and 2019 was the year",
            vec![ent(EntityKind::BankAccount, 2..3)]
        )
        .is_empty());
        // Kinds not read in pieces.
        assert!(added(
            "born on 03/04/1988 yes 12",
            vec![ent(EntityKind::Date, 2..3)]
        )
        .is_empty());
        assert!(added("mr smith okay 4412", vec![ent(EntityKind::Person, 1..2)]).is_empty());
        // "a" not before digits is a word.
        assert!(added(
            "account 5512 okay a dog",
            vec![ent(EntityKind::BankAccount, 1..2)]
        )
        .is_empty());
        // Never past the longest the kind can be.
        assert!(added("cvv 123 okay 4567", vec![ent(EntityKind::Cvv, 1..2)]).is_empty());
        // A count in the next sentence: the pieces of a number read out end at a backchannel
        // word, the next piece or the end, never at "days" or "kids".
        assert!(added(
            "the last four of your social? 8812. great, thanks. 7 days ago",
            vec![ent(EntityKind::Ssn, 6..7)]
        )
        .is_empty());
        assert_eq!(
            added(
                "the long one 4-1-7-7-0-2-3-9 go on. 5-5-1-8 is that right?",
                vec![ent(EntityKind::CreditCard, 3..4)]
            ),
            vec![(EntityKind::CreditCard, 6..7)]
        );
        assert!(added(
            "my number is 555 0148. okay, and 2 kids",
            vec![ent(EntityKind::Phone, 3..5)]
        )
        .is_empty());
    }
}
