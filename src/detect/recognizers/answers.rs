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

use super::context::{after_cue, lead_before, CueIndex, LINKS};
use super::{corrected, entity, group_digits, piece_ends, said_zero, tokens, Recognizer, Token};
use crate::detect::normalize::{is_backchannel, NormalizedText};
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
/// An account named by what it is ("my savings", "checking account"): its balance is said
/// after the same words ("my savings are 25000 dollars"), so only a number longer than a sum.
const NAMED_ACCOUNT: Expect = expect(EntityKind::BankAccount, 8, 8, 17);
const CARD: Expect = expect(EntityKind::CreditCard, 8, 15, 19);
/// "card" alone names any card ("card 3 of 5"): only a run long enough to be its number.
const CARD_BARE: Expect = close(expect(EntityKind::CreditCard, 12, 15, 19));
const PHONE: Expect = expect(EntityKind::Phone, 7, 10, 15);
/// The last four of a social, as a question asks for them or an answer names them.
const SSN_LAST: Expect = expect(EntityKind::Ssn, 3, 4, 4);
const CVV: Expect = expect(EntityKind::Cvv, 3, 3, 4);
/// A US ZIP or ZIP+4, a digit lost at a cut.
const ZIP: Expect = expect(EntityKind::Zip, 4, 5, 9);
/// "number" alone: any number, so only four digits or more, and never "number of …" (see
/// `cue_at`). What a caller reads out digit by digit after being asked for a number is an
/// identifier of some kind, whatever the question called it.
const NUMBER: Expect = Expect {
    gap: 2,
    ..expect(EntityKind::IdNumber, 4, 10, 20)
};

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
    // Seven digits or more, so "the social 2024" (an event) is not one.
    ("the social", close(expect(EntityKind::Ssn, 7, 9, 11))),
    ("social on file", SSN),
    ("social ends in", SSN_LAST),
    ("ssn ends in", SSN_LAST),
    // "The last four are 7 3 5 1": the last four of whatever was asked for, four digits.
    ("last 4 are", close(expect(EntityKind::IdNumber, 4, 4, 4))),
    ("last 4 is", close(expect(EntityKind::IdNumber, 4, 4, 4))),
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
    // "2739 a 14307 is my checking": the account named by what it is.
    ("checking account", NAMED_ACCOUNT),
    ("savings account", NAMED_ACCOUNT),
    ("my checking", NAMED_ACCOUNT),
    ("my savings", NAMED_ACCOUNT),
    ("card number", CARD),
    ("credit card number", CARD),
    ("debit card number", CARD),
    ("card", CARD_BARE),
    // How agents ask for a card's number without saying "card number".
    ("long number", CARD),
    ("front of the card", CARD),
    ("number on the card", CARD),
    ("number across the front", CARD),
    ("number", NUMBER),
    // "the case number you gave me was …": the words between are the question's.
    ("number you gave me", NUMBER),
    ("number you gave", NUMBER),
    // "Could I get the passport number for the second traveler?" | "Yeah, it's 411, 778, …":
    // ids.rs reads a passport right after its cue; a request answered in the next turn is here.
    ("passport number", expect(EntityKind::Passport, 6, 9, 9)),
    ("cvv", CVV),
    ("security code", CVV),
    // Not after "social": that is the SSN's cue (see `cue_at`).
    ("security number", CVV),
    ("code on the back", CVV),
    ("3 digit code", CVV),
    // "And the zip code?" | "6.3.122." on the other channel (round eleven's stereo calls, a
    // tuning set since).
    ("zip code", ZIP),
    ("zip", ZIP),
    ("phone number", PHONE),
    ("cell number", PHONE),
    ("my cell is", PHONE),
    ("my cell's", PHONE),
    ("my mobile is", PHONE),
    ("mobile number", PHONE),
    ("call me back at", PHONE),
    ("country code", PHONE),
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
    ("number for you", PHONE),
    ("daytime number", PHONE),
    ("number we can reach", PHONE),
    ("where we can reach you", PHONE),
];

static CUE_INDEX: LazyLock<CueIndex<Expect>> = LazyLock::new(|| CueIndex::with_values(CUES));

/// Cue phrases that name a value only when it was said first and the cue comes after it, linked
/// ("0089 is the code", "4805 550 112 is my work line"): after them a number is something else
/// ("the code 2024 promotion", "my line 3 is busy"). Seen on round five (held out until then, a
/// tuning set since), where callers named what they had read out after reading it.
const BEFORE_CUES: &[(&str, Expect)] = &[
    ("the code", CVV),
    ("my code", CVV),
    ("work line", PHONE),
    ("direct line", PHONE),
    ("home line", PHONE),
    ("landline", PHONE),
    ("land line", PHONE),
    ("my line", PHONE),
    ("my cell", PHONE),
    ("my mobile", PHONE),
    ("my number", PHONE),
];

/// "2259, those are the last four" | "402, the last 3 after the signature": the last digits of
/// what was being read out, said before the words that say so, with or without a link word.
const LAST_CUES: &[(&str, Expect)] = &[
    ("last 4", close(expect(EntityKind::IdNumber, 4, 4, 4))),
    ("last 3", CVV),
];

/// Words that may follow a [`LAST_CUES`] phrase: after anything else it counts ("the last 4
/// years", "the last 3 games").
const AFTER_LAST: &[&str] = &[
    "after", "on", "of", "from", "digits", "numbers", "are", "is", "there", "then", "again",
];

/// Words that may follow a [`BEFORE_CUES`] phrase in the same clause ("… is my work line on
/// Tuesdays"); any other word makes the phrase part of a longer name ("the code year").
const FOLLOW: &[&str] = &[
    "on", "at", "for", "in", "from", "if", "and", "so", "but", "okay", "ok", "right", "please",
    "then", "there", "here", "now", "too", "again",
];

static BEFORE_INDEX: LazyLock<CueIndex<Expect>> =
    LazyLock::new(|| CueIndex::with_values(BEFORE_CUES));
static LAST_INDEX: LazyLock<CueIndex<Expect>> = LazyLock::new(|| CueIndex::with_values(LAST_CUES));

/// Words that name the next part of a value being read out, between its groups: "my social is
/// 283, and the middle is 74, and it ends 6119" (round eight's `joe`, a tuning set since). Only
/// after a cue, between groups; "and" and "then" before them are backchannel words.
const PART_LINKS: &[&str] = &[
    "the middle is",
    "middle is",
    "the middle part is",
    "the middle bit is",
    "the middle 2 are",
    "the middle 2 is",
    // "and it ends …": "and" and "it" are backchannel words, skipped before these.
    "ends",
    "ends in",
    "ends with",
    "the last part is",
    "the last bit is",
    "the end is",
    "the rest is",
    "the 2nd part is",
    "the next part is",
    "the next bit is",
    "the 3rd part is",
    "the final part is",
];

static PART_LINK_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(PART_LINKS));

/// Groups read as one value: enough for a card read four digits at a time, with a split group.
const MAX_GROUPS: usize = 6;

pub struct Answers;

impl Recognizer for Answers {
    fn name(&self) -> &'static str {
        "answers"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let (mut i, mut named_until) = (0, 0);
        let mut said_before: Vec<(usize, usize)> = Vec::new();
        while i < toks.len() {
            let Some((end, want)) = cue_at(&toks, i) else {
                i += 1;
                continue;
            };
            // A shorter cue inside a longer one ("my social" | "social security number") gets
            // its own chance.
            i += 1;
            // "number" at the end of a cue that named it ("routing number") is that cue's (`i` is
            // already one past the cue's first token).
            let bare = want.kind == EntityKind::IdNumber;
            if bare && i <= named_until {
                continue;
            }
            if !bare {
                named_until = named_until.max(end);
            }
            // The value said first: "2 6 1 4 1 1 8 7, and that's my social security number".
            // Once per value: "my social" and "social security number" are both cues.
            // Not for a bare "number": "1500, is that the number" is a total or a count.
            let before = if bare {
                None
            } else {
                value_before(&toks, i - 1, want, true)
            };
            if let Some(runs) = before.filter(|r| *r != said_before) {
                said_before.clone_from(&runs);
                for (a, b) in runs {
                    let bytes = toks[a].bytes.start..toks[b].bytes.end;
                    out.push(entity(text, bytes, want.kind, self.name(), SCORE));
                }
            }
            let first = after_cue(&toks, end, want.gap + 1)
                .find(|&k| group_digits(toks[k].text) > 0)
                .or_else(|| {
                    (!bare)
                        .then(|| after_question(words, text, &toks, end))
                        .flatten()
                });
            let Some(mut first) = first else {
                continue;
            };
            // "call this number tomorrow at 10.30": a clock time is no number asked for.
            if bare && clock_time(toks[first].text) {
                continue;
            }
            if first > end && said_zero(&toks, first - 1) {
                first -= 1;
            }
            // The groups, each run of them between backchannel words ("412." | "okay." |
            // "68359.") reported on its own, so the words between stay.
            let (mut runs, mut n) = groups_from(&toks, first, want);
            // The normalizer joins groups said without a pause into one token: a first one
            // longer than the kind is the value with more after it ("card 4482…0329", its
            // expiry joined on), still the value.
            let overrun = if want.kind == EntityKind::CreditCard {
                OVERRUN
            } else {
                0
            };
            if runs.is_empty() && digits_at(&toks, first) <= want.max + overrun {
                n = digits_at(&toks, first);
                runs.push((first, first));
            }
            // "A3. No, sorry, 823.": what the caller reads out again after a correction is the
            // value too, and the slip before it a misread piece of it.
            let slip = runs.last().map_or(first, |r| r.1);
            if let Some(again) = corrected(&toks, slip) {
                let (more, m) = groups_from(&toks, again, want);
                // Not a figure said after the correction ("No, sorry, 1000 dollars is my
                // limit"): the value read again ends where a number may.
                let ends = more.last().is_some_and(|r| piece_ends(&toks, r.1 + 1));
                if m >= want.min && ends {
                    runs.extend(more);
                    n = n.max(m);
                }
            }
            let Some(&(_, last)) = runs.last() else {
                continue;
            };
            if n >= want.min {
                // A bare "number" says least: any other reading of the digits wins.
                let score = if bare { BARE_SCORE } else { SCORE };
                for &(a, b) in &runs {
                    let bytes = toks[a].bytes.start..toks[b].bytes.end;
                    out.push(entity(text, bytes, want.kind, self.name(), score));
                }
                i = last + 1;
            }
        }
        // The cues that only name a value said before them.
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for i in 0..toks.len() {
            let before = if let Some((end, want)) = BEFORE_INDEX.find(&toks, i) {
                // "0089 is the code." | "… is my work line on Tuesdays", not "2019 is the code
                // year": the cue ends its clause.
                let ends = end >= toks.len()
                    || FOLLOW.contains(&toks[end].text)
                    || text
                        .word_range(toks[end - 1].bytes.clone())
                        .end
                        .checked_sub(1)
                        .and_then(|w| words.get(w))
                        .is_some_and(|w| w.ends_with(['.', ',', '?', '!', ';', ':']));
                ends.then(|| value_before(&toks, i, want, true))
                    .flatten()
                    .map(|r| (r, want))
            } else if let Some((end, want)) = LAST_INDEX.find(&toks, i) {
                let counted = toks
                    .get(end)
                    .is_some_and(|t| !AFTER_LAST.contains(&t.text) && group_digits(t.text) == 0);
                (!counted)
                    .then(|| value_before(&toks, i, want, false))
                    .flatten()
                    .map(|r| (r, want))
            } else {
                None
            };
            let Some((runs, want)) = before else {
                continue;
            };
            for (a, b) in runs {
                if taken.contains(&(a, b)) {
                    continue;
                }
                taken.push((a, b));
                let bytes = toks[a].bytes.start..toks[b].bytes.end;
                out.push(entity(text, bytes, want.kind, self.name(), SCORE));
            }
        }
    }
}

/// Where the answer to a request starts when the request goes on past its cue: "I'll need your
/// full social to open that account." | "Okay, 559." — the first group after the end of the
/// request's sentence (or of the one after it: "… routing number first." | "Hang on, let me find
/// a check." | "Right, 266, 461"), with only backchannel words before it. None when digits come
/// first (the request's own, or an answer the cue rule already judged), or nothing answers.
fn after_question(
    words: &[&str],
    text: &NormalizedText,
    toks: &[Token],
    end: usize,
) -> Option<usize> {
    /// Tokens the request and one more sentence may have after the cue.
    const MAX_REST: usize = 20;
    let mut sentences = 0;
    for k in end..toks.len().min(end + MAX_REST) {
        if group_digits(toks[k].text) > 0 {
            return None;
        }
        let last = text.word_range(toks[k].bytes.clone()).end.checked_sub(1)?;
        // A listener's "okay." (or a call's turn break) ends no request.
        if is_backchannel(toks[k].text) || !words.get(last)?.ends_with(['.', '?', '!']) {
            continue;
        }
        // "Yeah, it's 411, …": the answer's own lead-in.
        let j = (k + 1..toks.len())
            .take(MAX_BACKCHANNEL + 1)
            .find(|&j| !is_backchannel(toks[j].text) && !LINKS.contains(&toks[j].text))?;
        if group_digits(toks[j].text) > 0 || said_zero(toks, j) {
            return Some(j);
        }
        sentences += 1;
        if sentences == 2 {
            return None;
        }
    }
    None
}

/// The pieces of a value said right before the cue at token `cue`, linked to it ("4402 9136, that's
/// my account number"; with `linked` false no link word is needed: "402, the last 3"): each run
/// of groups between backchannel words, as after a cue.
fn value_before(
    toks: &[Token],
    cue: usize,
    want: Expect,
    linked: bool,
) -> Option<Vec<(usize, usize)>> {
    let (lead, link) = lead_before(toks, cue);
    if linked && !link {
        return None;
    }
    let (mut j, mut n, mut groups) = (cue - lead, 0, 0);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut new_run = true;
    while j > 0 && groups < MAX_GROUPS {
        let d = group_digits(toks[j - 1].text);
        // "2739. A 14. 307": a zero said as "a" between two groups is one more digit.
        if d == 0
            && groups > 0
            && !new_run
            && j >= 2
            && said_zero(toks, j - 1)
            && group_digits(toks[j - 2].text) > 0
            && n < want.max
        {
            if let Some(run) = runs.last_mut() {
                run.0 = j - 1;
            }
            (n, j) = (n + 1, j - 1);
            continue;
        }
        if d == 0 {
            let skip = (0..j)
                .rev()
                .take(MAX_BACKCHANNEL)
                .take_while(|&q| is_backchannel(toks[q].text))
                .count();
            let more = j > skip && group_digits(toks[j - skip - 1].text) > 0;
            if skip == 0 || !more || groups == 0 {
                break;
            }
            (j, new_run) = (j - skip, true);
            continue;
        }
        if n + d > want.max {
            break;
        }
        (n, groups) = (n + d, groups + 1);
        match runs.last_mut() {
            Some(run) if !new_run => run.0 = j - 1,
            _ => runs.push((j - 1, j - 1)),
        }
        new_run = false;
        j -= 1;
    }
    // Without a link the value opens its clause: "2259, those are the last four", not "the
    // price was 22.50, the last 3 on the shelf".
    let opens = |a: usize| {
        a == 0
            || matches!(toks[a - 1].text, "it's" | "its" | "that's" | "thats")
            || is_backchannel(toks[a - 1].text)
    };
    let open = linked || runs.first().is_some_and(|&(a, _)| opens(a));
    (n >= want.min && open).then_some(runs)
}

/// Whether `t` is a clock time as Whisper writes one ("10.30", "9.45").
fn clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once('.') else {
        return false;
    };
    let num = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
    };
    matches!((h.len(), m.len()), (1..=2, 2))
        && num(h).flatten().is_some_and(|h| h <= 24)
        && num(m).flatten().is_some_and(|m| m < 60)
}

/// What a figure does right after "number" when it is spoken of rather than asked for.
const FIGURE_VERBS: &[&str] = &[
    "went",
    "goes",
    "dropped",
    "drops",
    "fell",
    "falls",
    "rose",
    "rises",
    "grew",
    "grows",
    "increased",
    "decreased",
    "doubled",
    "jumped",
    "climbed",
    "reached",
    "hit",
    "stood",
    "stands",
];

/// The cue at token `i`, if any: the index past it and what it announces. "security number"
/// right after "social" is the SSN's cue, not a card's.
fn cue_at(toks: &[Token], i: usize) -> Option<(usize, Expect)> {
    let (end, want) = CUE_INDEX.find(toks, i)?;
    let after_social = i.checked_sub(1).is_some_and(|p| toks[p].text == "social");
    // "a number of 2024 models", "number one": a count or a rank, not a value asked for.
    // "the number dropped to 1500": a figure spoken of, moving.
    let of = toks
        .get(end)
        .is_some_and(|t| matches!(t.text, "of" | "one" | "1") || FIGURE_VERBS.contains(&t.text));
    let bare_number = want.kind == EntityKind::IdNumber;
    let refused = (want.kind == EntityKind::Cvv && after_social) || (bare_number && of);
    (!refused).then_some((end, want))
}

/// Digits past a card number's length that a single joined token may have and still be the
/// card (its expiry or code said right after it and joined on).
const OVERRUN: usize = 8;

/// Backchannel words ([`is_backchannel`]: "412." | "okay." | "68359.") allowed between two
/// pieces.
const MAX_BACKCHANNEL: usize = 4;

/// Below a validated match (0.85 and up) and an unvalidated one after its own cue (0.65), above
/// an uncued phone (0.6) or SSN (0.5) reading of the same digits.
const SCORE: f32 = 0.62;

/// The groups of a value from token `first` on: each run of them between backchannel words,
/// and the digits in all.
fn groups_from(toks: &[Token], first: usize, want: Expect) -> (Vec<(usize, usize)>, usize) {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let (mut k, mut n, mut groups, mut new_run) = (first, 0, 0, true);
    while k < toks.len() && groups < MAX_GROUPS {
        let d = digits_at(toks, k);
        if d == 0 {
            let mut skip = (k..toks.len().min(k + MAX_BACKCHANNEL))
                .take_while(|&j| is_backchannel(toks[j].text))
                .count();
            // "… is 283, and the middle is 74, and it ends 6119": words that name the next
            // part of the same value.
            if let Some(end) = PART_LINK_INDEX.at(toks, k + skip) {
                skip = end - k;
            }
            let next = k + skip;
            let more = next < toks.len() && digits_at(toks, next) > 0;
            if skip == 0 || !more || n >= want.full {
                break;
            }
            (k, new_run) = (next, true);
            continue;
        }
        if n + d > want.max {
            break;
        }
        // A word read as a digit ("a", "for") only with the group after it: "card number
        // 4417 1234 5678 9010 for 250 dollars" ends before "for".
        if group_digits(toks[k].text) == 0
            && toks
                .get(k + 1)
                .is_none_or(|t| n + d + group_digits(t.text) > want.max)
        {
            break;
        }
        // A piece after backchannel words: "and a 20 dollar fee" is no more of it.
        if new_run && groups > 0 {
            let run_end = (k..toks.len()).find(|&j| digits_at(toks, j) == 0);
            if !piece_ends(toks, run_end.unwrap_or(toks.len())) {
                break;
            }
        }
        (n, groups) = (n + d, groups + 1);
        match runs.last_mut() {
            Some(run) if !new_run => run.1 = k,
            _ => runs.push((k, k)),
        }
        new_run = false;
        k += 1;
    }
    (runs, n)
}

/// After a bare "number": below every other reading of the same digits (an uncued SSN is 0.5).
const BARE_SCORE: f32 = 0.45;

/// The digits of a token that is a group of a number ([`group_digits`]), or 1 for a zero said
/// as "a"/"oh" right before one ("a 14" for "oh one four").
fn digits_at(toks: &[Token], k: usize) -> usize {
    // "5036 for 555 0781": a "four" or "two" between two groups, as Whisper writes it.
    // Groups of three digits or more on both sides, and no range ("from 100 to 200"), nor
    // one that a word after the groups makes a figure ("grew 10000 to 25000 this year",
    // "12345678 to 200 dollars"): the number may end only where a piece of it may.
    let between = |k: usize| {
        k > 0
            && matches!(toks[k].text, "for" | "to" | "too")
            && group_digits(toks[k - 1].text) >= 3
            && toks.get(k + 1).is_some_and(|t| group_digits(t.text) >= 3)
            && (k < 2 || !matches!(toks[k - 2].text, "from" | "between"))
            && piece_ends(
                toks,
                (k + 1..toks.len())
                    .find(|&j| group_digits(toks[j].text) == 0)
                    .unwrap_or(toks.len()),
            )
    };
    match group_digits(toks[k].text) {
        0 if said_zero(toks, k) || between(k) => 1,
        d => d,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn a_value_named_after_it_is_that_value() {
        let e = one(Answers, "0.471 is the code.", EntityKind::Cvv);
        assert_eq!(e.words, 0..1);
        let e = one(
            Answers,
            "It's 5.5 5, 2, 7 4 0 9 is my direct line",
            EntityKind::Phone,
        );
        assert_eq!(e.words, 1..8);
        let e = one(
            Answers,
            "31.07, those are the last four.",
            EntityKind::IdNumber,
        );
        assert_eq!(e.words, 0..1);
        let e = one(Answers, "613, the last 3 on the back.", EntityKind::Cvv);
        assert_eq!(e.words, 0..1);
        // A code named by what follows, a count of games, a year: no value said first.
        none(Answers, "2019 is the code year.");
        none(Answers, "We won 402, the last 3 games.");
        none(
            Answers,
            "The price was 22.50, the last 3 on the back shelf.",
        );
        none(Answers, "I played the last 4 games and 2 more.");
        none(Answers, "the code 2024 promotion is my code for you");
        // A link is needed before "the code": "1999 the code changed" is a year.
        none(Answers, "In 1999 the code changed.");
    }

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

    #[test]
    fn a_zip_asked_for() {
        // Round eleven's stereo calls (a tuning set since): the question on one channel, the
        // answer as Whisper wrote it on the other.
        let e = one(Answers, "And the zip code 6.3.122.", EntityKind::Zip);
        assert_eq!(e.words, 4..5);
        let e = one(Answers, "what's the zip? 9 0 2. 1 0.", EntityKind::Zip);
        assert_eq!(e.words, 3..8);
        none(Answers, "the zip code 12 is wrong");
    }

    /// Every entity's kind and words.
    fn found(words: &str) -> Vec<(EntityKind, std::ops::Range<usize>)> {
        super::super::test_util::run(Answers, words)
            .into_iter()
            .map(|e| (e.kind, e.words))
            .collect()
    }

    #[test]
    fn cues_of_round_two_in_other_wordings() {
        for (words, kind, range) in [
            (
                "the security number on the card. 5 1 9.",
                EntityKind::Cvv,
                6..9,
            ),
            ("ok and the cvv? it's 0 4 2", EntityKind::Cvv, 5..8),
            ("her social ends in 3 3 0 7", EntityKind::Ssn, 4..8),
            ("last 4 of your social? 8812", EntityKind::Ssn, 5..6),
            (
                "we need your full social. 4 0 2. 77. 9183.",
                EntityKind::Ssn,
                5..10,
            ),
            ("the social on file is 561 22 4410", EntityKind::Ssn, 5..8),
            // "you asked" heard as "u.s.", which the normalizer glued to the number.
            (
                "and my account number, u.s. 4402-91367",
                EntityKind::BankAccount,
                4..6,
            ),
            ("the social 561224410 right", EntityKind::Ssn, 2..3),
            (
                "what's a good number to reach you at? 602 555 0148",
                EntityKind::Phone,
                8..11,
            ),
            (
                "card 4417 1234 5678 9113 thanks",
                EntityKind::CreditCard,
                1..5,
            ),
            // Whisper's letter for a digit inside a group: "five eight" as "5A".
            (
                "the social on file should be 1 triple 2, 5A, 3.01.",
                EntityKind::Ssn,
                6..11,
            ),
        ] {
            let e = one(Answers, words, kind);
            assert_eq!(e.words, range, "{words}");
        }
    }

    #[test]
    fn pieces_between_backchannel_words_until_the_value_is_whole() {
        // Each piece on its own, the "okay" between them left.
        assert_eq!(
            found("your full social please. 412. okay. 68359."),
            vec![(EntityKind::Ssn, 4..5), (EntityKind::Ssn, 6..7)]
        );
        // A whole card number is not continued into the next speaker's "7 days ago".
        assert_eq!(
            found("so the card number is 4539 1488 0343 646 okay. 7 days ago"),
            vec![(EntityKind::CreditCard, 5..9)]
        );
        // A card with its expiry joined on by the normalizer is still the card.
        assert_eq!(
            found("card 448-2617. 339-0. 588-23. 0329. code 816."),
            vec![(EntityKind::CreditCard, 1..5)]
        );
    }

    #[test]
    fn a_number_asked_for_is_an_identifier_of_some_kind() {
        // Whatever the question called it: the digits read out after "number".
        assert_eq!(
            found("the number is 287. 4195."),
            vec![(EntityKind::IdNumber, 3..5)]
        );
        assert_eq!(
            found("what's the number on your letter? uh 55 1 08 yes 73"),
            vec![
                (EntityKind::IdNumber, 7..10),
                (EntityKind::IdNumber, 11..12)
            ]
        );
        // Whisper's "best date I'm number" for "best daytime number", and an "oh" heard as "A".
        assert_eq!(
            found("what's the best date i'm number for you? 2-4-8-5-5 got it. 0-1-7-6"),
            vec![(EntityKind::Phone, 8..9), (EntityKind::Phone, 11..12)]
        );
        assert_eq!(
            found("the routing number, please. a 14. a 07. yes. two three eight three."),
            vec![
                (EntityKind::RoutingNumber, 4..8),
                (EntityKind::RoutingNumber, 9..13)
            ]
        );
        // A card asked for without "card number".
        assert_eq!(
            found("read me the number across the front of the cart. 4, 2, 5, 3, 3, 8, 0, 7."),
            vec![(EntityKind::CreditCard, 10..18)]
        );
        assert_eq!(
            found("the case number you gave me was 226-11487."),
            vec![(EntityKind::IdNumber, 7..8)]
        );
        // Counts, ranks and short numbers stay.
        none(Answers, "a number of 2024 models were sold");
        none(Answers, "she was number one in 2019");
        none(Answers, "room number 12 is on the left");
        // A figure spoken of, not asked for.
        none(Answers, "the number dropped to 1500 last year");
        none(Answers, "the number went up in 2023");
        none(Answers, "call this number tomorrow at 10.30");
    }

    #[test]
    fn the_answer_after_the_end_of_a_request() {
        // Round four's mono calls (a tuning set since), as Whisper wrote them.
        assert_eq!(
            found(
                "I'll need your full social to open that count. Okay, 559. Uh-uh. 622. Yes. 4232."
            ),
            vec![
                (EntityKind::Ssn, 10..11),
                (EntityKind::Ssn, 12..13),
                (EntityKind::Ssn, 14..15)
            ]
        );
        assert_eq!(
            found("What's a good number to reach you on? 973 Yep. 555 M&HM 016 6"),
            vec![
                (EntityKind::Phone, 8..9),
                (EntityKind::Phone, 10..11),
                (EntityKind::Phone, 12..14)
            ]
        );
        assert_eq!(
            found("I'll need the routing number first. Okay, hang on, let me find a check. Right, two six six, four six one."),
            vec![(EntityKind::RoutingNumber, 15..21)]
        );
        // Not past two sentences, not a figure said in the request, not a bare "number".
        none(
            Answers,
            "I need your account number later. We close at 5. Tomorrow we open. 20 people came.",
        );
        none(
            Answers,
            "Your card number ends in 12, right? 2024 was the year.",
        );
        none(Answers, "What number did you call? Okay. 1 2 3 4 5");
        // Round four's stereo call, as the caller's lane reads it.
        assert_eq!(
            found("Could I get to the passport number for the second trial? okay. Yeah, it's 411, 778, okay. And a full name"),
            vec![(EntityKind::Passport, 14..16)]
        );
    }

    #[test]
    fn the_value_before_a_cue_it_is_linked_to() {
        // One digit lost: no SSN's shape, but said to be one.
        assert_eq!(
            found("2, 6, 1, 4, 1, 1, 8, 7, and that's my social security number."),
            vec![(EntityKind::Ssn, 0..8)]
        );
        assert_eq!(
            found("4402 91367 is my account number"),
            vec![(EntityKind::BankAccount, 0..2)]
        );
        // Not linked to the cue, or too short for it.
        none(Answers, "in 2019 my social security number changed");
        none(Answers, "we had 20 and that's my social life");
        none(Answers, "it was 2019, that's my account number's year");
        // A bare "number" names no value: what came before it is a total, a count or a year.
        none(
            Answers,
            "the total came to 1500, is that the number you have",
        );
        none(Answers, "we sold 2024 and that's the number");
        // A fee in the next sentence, its "a" no zero.
        assert_eq!(
            found("my account number is 44172 and a 20 dollar fee"),
            vec![(EntityKind::BankAccount, 4..5)]
        );
        // Round four's `joe_tel` (a tuning set since): a zero said "a" between the groups.
        assert_eq!(
            found("2739. A 14. 307. Is my checking?"),
            vec![(EntityKind::BankAccount, 0..4)]
        );
        none(Answers, "I'm checking 2 things a 3 times");
        // A balance after the same words, and a range of sums.
        for s in [
            "My savings are 25000 dollars.",
            "My savings account has 12000 in it.",
            "My savings grew 10000 to 25000 this year.",
            "My checking went 1500 to 800 after rent.",
            "My savings is 15000 plus 2000 in bonds.",
        ] {
            none(Answers, s);
        }
        // A figure after a correction is not the value read again.
        assert_eq!(
            found("The security code is 456. No, sorry, 1000 dollars is my limit."),
            vec![(EntityKind::Cvv, 4..5)]
        );
        // "for"/"to" before a figure is a word, and never the value's last word.
        assert_eq!(
            found("my account number is 12345678 to 200 dollars"),
            vec![(EntityKind::BankAccount, 4..5)]
        );
        assert_eq!(
            found("card number 4417 1234 5678 9010 for 250 dollars"),
            vec![(EntityKind::CreditCard, 2..6)]
        );
    }

    #[test]
    fn new_cues_leave_ordinary_speech() {
        // "security number" after "social" is the SSN's cue, not the CVV's.
        assert_eq!(
            found("my social security number is 287. 4195."),
            vec![(EntityKind::Ssn, 5..7)]
        );
        none(Answers, "the social 2024 was great");
        none(Answers, "card 3 of 5 is missing");
        none(Answers, "the card I used in 2019 expired");
        none(Answers, "the security code 12345678 was sent to your phone");
        none(Answers, "we will reach you on 12 15 2024");
        none(Answers, "the contact number is on the website");
    }

    #[test]
    fn parts_named_between_groups_and_longer_corrections() {
        // Round eight's `joe` (a tuning set since) said "the first part of my social is 283,
        // and the middle is 74, and it ends 6119"; other wordings.
        assert_eq!(
            found("my social is 512, the middle part is 38, and the last part is 4471."),
            vec![
                (EntityKind::Ssn, 3..4),
                (EntityKind::Ssn, 8..9),
                (EntityKind::Ssn, 14..15)
            ]
        );
        assert_eq!(
            found("card number 4417 1234, the next part is 5678, and it ends with 9010"),
            vec![
                (EntityKind::CreditCard, 2..4),
                (EntityKind::CreditCard, 8..9),
                (EntityKind::CreditCard, 13..14)
            ]
        );
        // "the middle school" names no part; "ends" after a full value is not more of it.
        assert_eq!(
            found("my social is 512 38 4471 and the middle school is 74 years old"),
            vec![(EntityKind::Ssn, 3..6)]
        );
        // The last piece before the agent's next question (round eight's mono calls, a tuning
        // set since): "6, 6, 8, 0." | "X-piry?" — "uh huh" between pieces.
        assert_eq!(
            found("card number 4349 33 okay 4444 4528 uh huh 6680 expiry 1033"),
            vec![
                (EntityKind::CreditCard, 2..4),
                (EntityKind::CreditCard, 5..7),
                (EntityKind::CreditCard, 9..10)
            ]
        );
        // "Oh no, sorry, I mixed it up": a correction of seven words, then the value again.
        assert_eq!(
            found("my social is 7120 no sorry I mixed it up 7210 a 3552"),
            vec![(EntityKind::Ssn, 3..4), (EntityKind::Ssn, 10..13)]
        );
        assert_eq!(
            found("the account number is 4417 wait I got that wrong 4471 2309 88"),
            vec![
                (EntityKind::BankAccount, 4..5),
                (EntityKind::BankAccount, 10..13)
            ]
        );
    }
}
