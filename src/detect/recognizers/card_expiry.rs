//! Card expiry dates, reported only after an expiry cue ("expires", "expiry", "expiration date",
//! "exp", "valid thru", "good through", and Whisper's "exploration"), since a month and a year
//! alone are no card detail.
//!
//! Shapes after the cue (the normalizer has already turned spoken numbers into digits, joining
//! them: "oh four twenty seven" → `0427`, "four twenty twenty seven" → `42027`):
//! - written with a slash: `04/27`, `4/27`, `04/2027`, or `04 slash 27`;
//! - one digit run: `427` (M YY), `0427` (MM YY), `42027` (M YYYY), `042027` (MM YYYY);
//! - a month name and a year: "April 2027", "April twenty twenty seven", "April of 27".
//!
//! Every shape is validated by [`card_expiry`]: month 1–12, a two-digit year or 2000–2099.

use std::sync::LazyLock;

use super::context::{after_cue, card_spoken_of, phrase_at, CueIndex};
use super::{entity, tokens, Recognizer, Token};
use crate::detect::normalize::{month_number, NormalizedText};
use crate::detect::validators::{all_digits, card_expiry};
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &[
    "expires",
    "expire",
    "expiring",
    "expired",
    "expiry",
    "expiration",
    "exp",
    "valid thru",
    "valid through",
    "valid until",
    "good thru",
    "good through",
    "good until",
    "good till",
    "good til",
    // Whisper's mishearing of "expiration".
    "exploration",
    // "The new one lapses in June 2032" (round ten's `joe`, a tuning set since).
    "lapses",
    "lapse",
    "lapsing",
    // The date printed on a card just spoken of: "the date on it is August 2030".
    "date on it",
    "date on the card",
    // The agent's question on a call: "and the month and year it runs out?" | "oh three, 31".
    "month and year",
    "month and the year",
    "month and year it runs out",
    "month and the year it runs out",
    "month and year it expires",
    "month and the year it expires",
    // "When does it run out? 11. 31." (round eleven's `joe`, a tuning set since): the question
    // about the card just spoken of, answered with digits.
    "does it run out",
    "will it run out",
    "when it runs out",
];

static CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(CUES));

/// Weaker cues, Whisper's forms of "valid until" among them ("Valed until", "Valor then till"):
/// only a month name and a year after them is an expiry ("runs out November 2029"), never bare
/// digits ("until 1130" is a time).
const MONTH_CUES: &[&str] = &[
    "until", "till", "til", "thru", "through", "runs out", "run out",
    // "The end date? Uh, January 2028." (round eight's `joe`, a tuning set since; Whisper wrote
    // "end day").
    "end date", "end day",
    // "Good intel, the end of February, 2032" for "good until …" (round twelve's `joe`).
    "intel",
];

/// What "it" (the card) does before a weak cue: "it says valid through …", "it runs until …".
const IT_VERBS: &[&str] = &["says", "said", "reads", "shows", "runs", "run", "lasts"];

static MONTH_CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(MONTH_CUES));

/// Said after a month and year as digits, a card's face: "it says 12-30 on the front".
const AFTER: &[&str] = &["on the front", "on the back"];

/// The cue said after the date: "oh seven thirty is the expiration date".
const CUE_AFTER: &[&str] = &[
    "is the expiration",
    "is the expiry",
    "is the exp",
    "is when it expires",
    "that's when it expires",
    "thats when it expires",
    "that's the expiry",
    "that's the expiration",
    "is when the card expires",
    // "1029 is the date on the front, month and year": the date printed on the card.
    "is the date on the front",
    "is the date on the back",
    "is the date on the card",
    "is the date on it",
    "that's the date on the card",
    "that's the date on the front",
];

/// Words an expiry date may be followed by before the cue that names it ("… that's when the
/// card expires").
const MAX_WORDS_BEFORE_CUE: usize = 5;

/// Whether an expiry word ("expires", "expiry", …) follows token `k` within
/// [`MAX_WORDS_BEFORE_CUE`] words with no number between, and not "the expiry of" something.
fn expiry_word_after(toks: &[Token], k: usize) -> bool {
    const WORDS: &[&str] = &["expires", "expire", "expired", "expiry", "expiration"];
    toks.iter()
        .enumerate()
        .skip(k + 1)
        .take(MAX_WORDS_BEFORE_CUE)
        .take_while(|(_, t)| !t.text.bytes().any(|b| b.is_ascii_digit()))
        .any(|(j, t)| WORDS.contains(&t.text) && toks.get(j + 1).is_none_or(|n| n.text != "of"))
}

/// Words of a month read out and corrected right after the cue: "expires June 0, no, July
/// 2030" (the slip's month and digits, and the correction's own words).
const SLIP: &[&str] = &["no", "sorry", "wait", "i", "mean", "actually", "oops"];

/// Tokens after the cue searched for a corrected month and year.
const MAX_SLIP: usize = 6;

/// Non-filler words allowed between the cue and the date ("expires **at the end of** …" are
/// fillers; "expiration date **on the card** is …").
const MAX_WORDS: usize = 2;

pub struct CardExpiry;

impl Recognizer for CardExpiry {
    fn name(&self) -> &'static str {
        "card_expiry"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let found = CUE_INDEX.values(&toks, |end| {
            after_cue(&toks, end, MAX_WORDS)
                .find_map(|k| expiry_at(&toks, k))
                .or_else(|| corrected_month(&toks, end))
                .or_else(|| misheard_month(&toks, end))
        });
        // Whisper's other spellings of the cue ("Expiraries, October, 2031" for "expiry's
        // October …", round ten's `joe`): any word that starts "expir" is one.
        let respelled = (0..toks.len())
            .filter(|&k| toks[k].text.starts_with("expir") && !CUES.contains(&toks[k].text))
            .filter_map(|k| after_cue(&toks, k + 1, MAX_WORDS).find_map(|j| expiry_at(&toks, j)));
        let found: Vec<(usize, usize)> = found.into_iter().chain(respelled).collect();
        let by_month = MONTH_CUE_INDEX.values(&toks, |end| {
            // "until the end of June": one word besides fillers.
            let k = after_cue(&toks, end, 2).find(|&k| month_number(toks[k].text).is_some())?;
            // "open until March 2025", "the contract runs until …": only where a card is
            // spoken of, or "valid" (as Whisper heard it: "valed", "valor") or "good" comes
            // right before the cue.
            let cue = (0..end)
                .rev()
                .find(|&c| MONTH_CUE_INDEX.at(&toks, c) == Some(end))?;
            let word = |back: usize| cue.checked_sub(back).map_or("", |j| toks[j].text);
            // "It's got through March 2031": "got" as the card's "good", never "we got
            // through May 2020" (a hard time lived through).
            let got = word(1) == "got" && matches!(word(2), "it" | "it's" | "its");
            // "It runs out February of 2028": on a call "it" is the card just spoken of.
            let runs_out = word(1) == "it"
                && toks[cue].text.starts_with("run")
                && (end..k).all(|j| {
                    let t = toks[j].text;
                    super::context::is_filler(t)
                        || t == "end"
                        || (j + 1 == k && t.len() == 4 && all_digits(t))
                });
            let valid = got
                || toks[cue.saturating_sub(2)..cue]
                    .iter()
                    .any(|t| t.text.starts_with("val") || t.text == "good");
            // "It runs until the end of June": "it" is what was just spoken of, on a call the
            // card; "your contract runs until …" names something else. "Underneath it says
            // valid through May of 2030", the cue as Whisper heard it ("ballot through", "has
            // melted through", "underneath it and mallet through"): "it" then a verb of what
            // is printed, or "it" on a side of the card ("underneath it …"), a word or two
            // before the cue. Not "it" alone ("I lived with it through June 2019", "it rained
            // through May", "it has snowed through March").
            let it = (2..=3).any(|b| {
                let side = matches!(
                    word(b + 1),
                    "underneath" | "beneath" | "below" | "under" | "back" | "front"
                );
                // "It runs through December" is a show or a lease, "runs until" the card.
                let verb = IT_VERBS.contains(&word(b - 1))
                    && !(toks[cue].text == "through"
                        && matches!(word(b - 1), "runs" | "run" | "lasts"));
                matches!(word(b), "it" | "it's") && (verb || side)
            });
            // "The end date? Uh, January 2028.": names an expiry on its own. Known over-reach:
            // a contract's end date said with month and year.
            let end_date = toks[cue].text == "end";
            if !valid && !it && !runs_out && !end_date && !card_spoken_of(&toks, cue) {
                return None;
            }
            // "It runs out 2027 August": the year said first.
            let year_first = || {
                let y = toks[k - 1].text;
                let ok = k > end && y.len() == 4 && all_digits(y);
                (ok && card_expiry(month_number(toks[k].text)?, y)).then_some((k - 1, k))
            };
            expiry_at(&toks, k)
                .filter(|&(_, last)| toks[last].text.len() == 4)
                .or_else(year_first)
        });
        // "12-30 on the front": MM YY written as four digits, then where it is printed on a
        // card ("on the card", or the front or back where a card was spoken of).
        // "March 2028, that's when it expires": a month and year with the cue after it.
        let month_then_cue = (0..toks.len()).filter_map(|k| {
            month_number(toks[k].text)?;
            let (_, last) = expiry_at(&toks, k)?;
            let cue_after = CUE_AFTER.iter().any(|p| {
                phrase_at(&toks, last + 1, p)
                    .is_some_and(|e| toks.get(e).is_none_or(|t| t.text != "of"))
            });
            (cue_after || expiry_word_after(&toks, last)).then_some((k, last))
        });
        let printed = (0..toks.len()).filter_map(|k| {
            let t = toks[k].text;
            // "… is the expiry date", not "… is the expiry of the offer".
            let cue_after = CUE_AFTER.iter().any(|p| {
                phrase_at(&toks, k + 1, p)
                    .is_some_and(|e| toks.get(e).is_none_or(|t| t.text != "of"))
            });
            // "3, 28. That's when the card expires": an expiry word a few words on, M YY too.
            let said_after = expiry_word_after(&toks, k);
            let on_card = phrase_at(&toks, k + 1, "on the card").is_some() || cue_after;
            let face = AFTER.iter().any(|p| phrase_at(&toks, k + 1, p).is_some())
                && card_spoken_of(&toks, k);
            // Three digits are M YY only with a year a card in a wallet has ("911" is no date).
            let len_ok = t.len() == 4
                || (said_after
                    && t.len() == 3
                    && t.get(1..)
                        .is_some_and(|y| (20..50).contains(&y.parse().unwrap_or(0))));
            ((on_card || face || said_after)
                && len_ok
                && all_digits(t)
                && expiry_at(&toks, k).is_some())
            .then_some((k, k))
        });
        let all: Vec<(usize, usize)> = found
            .into_iter()
            .chain(by_month)
            .chain(month_then_cue)
            .chain(printed)
            .collect();
        for (i, &(first, last)) in all.iter().enumerate() {
            if all[..i].iter().any(|&(f, l)| f <= last && first <= l) {
                continue;
            }
            let bytes = toks[first].bytes.start..toks[last].bytes.end;
            out.push(entity(
                text,
                bytes,
                EntityKind::CardExpiry,
                self.name(),
                0.85,
            ));
        }
    }
}

/// A month and year said again after a slip right after the cue ("expires June 0, July 2030",
/// "expires June, no, July 2030"): every token between the cue and it is a month, a digit group
/// of up to two digits, a filler or a word of correction, one is a month, and one is a word of
/// correction or digits no day has. Reported from the slip's month on.
fn corrected_month(toks: &[Token], end: usize) -> Option<(usize, usize)> {
    let slip = |t: &str| {
        month_number(t).is_some()
            || (t.len() <= 2 && all_digits(t))
            || SLIP.contains(&t)
            || super::context::is_filler(t)
    };
    let k = (end + 1..toks.len().min(end + MAX_SLIP))
        .take_while(|&k| slip(toks[k - 1].text))
        .find(|&k| month_number(toks[k].text).is_some() && expiry_at(toks, k).is_some())?;
    let slipped = (end..k).find(|&j| month_number(toks[j].text).is_some())?;
    // A slip, not a day: a word of correction, or digits no day has ("June 0"). "Expires
    // June 1, July 2030 is when we move" is a day and another date.
    let corrected = (end..k).any(|j| {
        let t = toks[j].text;
        SLIP.contains(&t) || (all_digits(t) && t.parse::<u32>().is_ok_and(|d| d == 0 || d > 31))
    });
    corrected
        .then(|| expiry_at(toks, k))
        .flatten()
        .map(|(_, last)| (slipped, last))
}

/// A year of this century right after the cue, or after one word there that is no number (a
/// month Whisper misheard: "expiring Gen. 2033"): the year tells half the expiry, so it goes
/// with the word before it. Not a year followed by more digits (a card number read on).
fn misheard_month(toks: &[Token], end: usize) -> Option<(usize, usize)> {
    let year = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text.len() == 4 && all_digits(t.text) && t.text.starts_with("20"))
            && toks.get(k + 1).is_none_or(|n| !all_digits(n.text))
    };
    let word = toks.get(end)?.text;
    if year(end) {
        return Some((end, end));
    }
    let misheard = word.bytes().all(|b| b.is_ascii_alphabetic())
        && !super::context::is_filler(word)
        && word.len() <= 8;
    (misheard && year(end + 1)).then_some((end, end + 1))
}

/// The expiry starting at token `k`: its first and last token.
fn expiry_at(toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let t = toks[k].text;
    let next = |j: usize| toks.get(j).map_or("", |t| t.text);
    // "april 2027", "april of 27", "april 20 27".
    if let Some(month) = month_number(t) {
        let y = k + 1 + usize::from(next(k + 1) == "of");
        let (year, last) = year_at(toks, y)?;
        return card_expiry(month, &year).then_some((k, last));
    }
    // "04 slash 27", and "11 of 33" / "11 on 33" (as Whisper wrote "eleven of thirty three"
    // on round twelve's calls, a tuning set since).
    if all_digits(t) && t.len() <= 2 && matches!(next(k + 1), "slash" | "of" | "on") {
        let (year, last) = year_at(toks, k + 2)?;
        return card_expiry(t.parse().ok()?, &year).then_some((k, last));
    }
    // "04/27", and "8.29" as Whisper writes "eight, twenty nine" after "expires".
    if let Some((m, y)) = t.split_once('/').or_else(|| t.split_once('.')) {
        let ok = (1..=2).contains(&m.len()) && all_digits(m) && card_expiry(m.parse().ok()?, y);
        return ok.then_some((k, k));
    }
    if !all_digits(t) {
        return None;
    }
    let month_len = match t.len() {
        3 | 5 => 1,
        4 | 6 => 2,
        _ => return None,
    };
    let (m, y) = t.split_at(month_len);
    card_expiry(m.parse().ok()?, y).then_some((k, k))
}

/// A year at token `y` ("27", "2027", or "20 27" when the normalizer kept them apart): its
/// digits and last token.
fn year_at(toks: &[Token], y: usize) -> Option<(String, usize)> {
    let t = toks.get(y)?.text;
    // Whisper wrote "June twenty twenty seven" as "June 2020/27".
    if let Some(yy) = t
        .strip_prefix("2020/")
        .filter(|yy| yy.len() == 2 && all_digits(yy))
    {
        return Some((format!("20{yy}"), y));
    }
    if !all_digits(t) {
        return None;
    }
    if t == "20" {
        if let Some(n) = toks
            .get(y + 1)
            .filter(|n| n.text.len() == 2 && all_digits(n.text))
        {
            return Some((format!("20{}", n.text), y + 1));
        }
    }
    Some((t.to_string(), y))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn round_eleven_shapes() {
        // Round eleven's joe (a tuning set since), as Whisper wrote it, then other wordings.
        for (words, range) in [
            ("53 86 expiring Gen. 2033 Code 802", 3..5),
            ("it expires 2031 I think", 2..3),
            ("March 2020, that's when it expires.", 0..2),
            ("October 2029 is when the card expires", 0..2),
            ("It runs out at the end of August 2032.", 7..9),
            ("it runs out at the end of May 2030", 7..9),
            ("When does it run out? 11. 31.", 5..7),
            // Round twelve's joe (a tuning set since).
            ("Good intel, the end of February, 2032.", 5..7),
            ("It runs out 2027 August, I think.", 3..5),
            ("when does it expire 11 on 33 and what's", 4..7),
            ("the expiry is oh one of thirty", 3..7),
            ("and when will it run out? oh four, twenty nine", 6..10),
        ] {
            let e = one(CardExpiry, words, EntityKind::CardExpiry);
            assert_eq!(e.words, range, "{words}");
        }
        // A year that starts a longer number, a year far from the cue, a month and year with
        // no cue.
        none(CardExpiry, "expiring card 2033 4455 6677");
        none(CardExpiry, "it expired and in the year 2033 we moved");
        none(CardExpiry, "March 2020, that's when we moved");
        none(CardExpiry, "the lease runs out at the end of August 2032");
        none(CardExpiry, "when does it run out? 11 o'clock I think");
    }

    #[test]
    fn a_corrected_month_a_date_on_the_front_and_it_runs_out() {
        let e = one(
            CardExpiry,
            "it expires March 1, sorry, May 2029",
            EntityKind::CardExpiry,
        );
        assert_eq!(e.words, 2..7);
        let e = one(
            CardExpiry,
            "0831 is the date on the front.",
            EntityKind::CardExpiry,
        );
        assert_eq!(e.words, 0..1);
        let e = one(
            CardExpiry,
            "It runs out in August of 2031.",
            EntityKind::CardExpiry,
        );
        assert_eq!(e.words, 4..7);
        none(CardExpiry, "It runs out of steam in August of 2031.");
        none(CardExpiry, "1999 is the date on the front page.");
        // A word that starts "expir" needs a date after it like any cue.
        none(CardExpiry, "the experience was expiriential in 2030");
        none(CardExpiry, "Expiraries are checked every Monday at 10");
        // "no" is a filler after the cue: the month read again is the first value after it.
        let e = one(
            CardExpiry,
            "expires June, no, July 2030",
            EntityKind::CardExpiry,
        );
        assert_eq!(e.words, 3..5);
        none(
            CardExpiry,
            "my lease expires June 1, July 2030 is when we move",
        );
    }

    #[test]
    fn written_and_spoken() {
        for (words, range) in [
            ("it expires 04/27", 2..3),
            ("expiration date is 04/2027.", 3..4),
            ("expiry 4/27", 1..2),
            ("expires oh four twenty seven", 1..5),
            ("expires 04 27", 1..3),
            ("the expiration date is oh four slash twenty seven", 4..9),
            ("valid thru 12/29", 2..3),
            ("good through april 2027", 2..4),
            ("it expires in April twenty twenty seven", 3..7),
            ("expires at the end of april of 27", 5..8),
            ("exp. date 11 28", 2..4),
            ("expires four twenty twenty seven", 1..5),
            ("expiration date on the card is 12 2030", 6..8),
            ("expires twelve twenty six", 1..4),
            // Whisper heard "Expiration is September twenty thirty." as:
            ("Exploration is September 2030.", 2..4),
            // Round ten's `joe` (a tuning set since): "lapses", and "expiry's" respelled.
            ("The new one lapses in June 2032.", 5..7),
            ("Expiraries, October, 2031.", 1..3),
            // Other wordings.
            ("my card lapses at the end of 03 29", 7..9),
            ("expirey date march 2030 ok", 2..4),
            ("it says expiring, uh, 11/28", 4..5),
        ] {
            let e = one(CardExpiry, words, EntityKind::CardExpiry);
            assert_eq!((e.words, e.score), (range, 0.85), "{words}");
        }
    }

    #[test]
    fn needs_a_cue_and_a_valid_month() {
        none(CardExpiry, "on 04/27 we met");
        none(CardExpiry, "april 2027");
        none(CardExpiry, "expires 13/27");
        none(CardExpiry, "expires 1327");
        none(CardExpiry, "expires in 2027");
        none(CardExpiry, "expires april 1999");
        none(CardExpiry, "the offer expires tomorrow at noon 1230 people");
        none(CardExpiry, "expires 00 27");
        none(CardExpiry, "space exploration in 2030");
        // The weak cues take a month name and a four-digit year only.
        none(CardExpiry, "open until 1130 tonight");
        none(CardExpiry, "wait till march");
        none(CardExpiry, "until march 27 we stay");
        none(CardExpiry, "room 1230 on the left");
        // Until a month and year with no card spoken of, or printed on something else.
        none(CardExpiry, "the store is open until March 2025");
        none(CardExpiry, "Your contract runs until December 2026.");
        none(CardExpiry, "The office is open through May 2030.");
        none(CardExpiry, "It says the sale runs through May 2030.");
        none(CardExpiry, "The date on it is the 5th of May.");
        none(CardExpiry, "Day 1030 of the project.");
        // "it" or "got" before a weak cue with nothing about a card: a time lived through.
        for s in [
            "I lived with it through June 2019.",
            "We were in it until March 2020.",
            "I kept at it until December 2021.",
            "It rained through May 2023.",
            "It was open through March 2024.",
            "It has snowed through March 2023.",
            "We got through May 2020 somehow.",
            "It runs through December 2026, the lease.",
            "I got through until December 2021 on savings.",
        ] {
            none(CardExpiry, s);
        }
        none(CardExpiry, "the price is 8.29 dollars");
        none(CardExpiry, "1230 is the expiry of the offer code");
        none(CardExpiry, "It says 1230 on the back of the receipt");
    }

    #[test]
    fn month_and_year_after_until_or_runs_out_and_digits_on_the_card() {
        for (words, range) in [
            ("Valed until March 2031.", 2..4),
            ("Valor then till March 2031.", 3..5),
            ("The card runs out, November 2029.", 4..6),
            ("The card? It says 12-30 on the front.", 4..5),
            ("0628 on the card", 0..1),
            ("0730 is the expiration date.", 0..1),
            ("It runs until the end of June 2030.", 6..8),
            ("It stays good till 04, 2029.", 4..6),
            ("The 4-digit code is 0.650. Expires 8.29.", 6..7),
            ("and the month and the year it runs out? 0-3, 31.", 9..11),
            // Round four's `joe` variants (a tuning set since), as Whisper wrote them.
            ("Oh, 627. That's when it expires.", 0..2),
            ("The date on it is August 2030.", 5..7),
            ("Underneath it says ballot through May of 2030.", 5..8),
            ("X-Day 1030.", 1..2),
            ("X day 1030.", 2..3),
            ("It's got through March 2031.", 3..5),
            ("underneath it has melted through May of 2030", 5..8),
            ("Underneath it and mallet through May 2030.", 5..7),
            // Round seven's `joe` (a tuning set since): M YY, the cue a few words after.
            ("Free, 28. That's when the card expires.", 0..2),
            // Other wordings.
            ("It's 1129, which is when it expires.", 1..2),
            ("0931 and then my visa expires", 0..1),
        ] {
            let e = one(CardExpiry, words, EntityKind::CardExpiry);
            assert_eq!(e.words, range, "{words}");
        }
    }

    #[test]
    fn an_expiry_word_after_needs_a_month_and_year_before_it() {
        for s in [
            "I waited 45 minutes and then it expired",
            "in 1325 the lease expires",
            "call 911, the permit expires",
            "it's 0931, the expiry of the offer",
        ] {
            none(CardExpiry, s);
        }
    }

    #[test]
    fn an_end_date_with_a_month_and_year() {
        // Round eight's `joe` (a tuning set since): "The end date? Uh, January twenty twenty
        // eight." as "the end day, January 2028."; other wordings.
        for (words, range) in [
            ("the end day, January 2028.", 3..5),
            ("and the end date on it? march of 2031", 6..9),
        ] {
            let e = one(CardExpiry, words, EntityKind::CardExpiry);
            assert_eq!(e.words, range, "{words}");
        }
        // Bare digits after it are no expiry, nor is a day.
        none(CardExpiry, "the end date is 1130");
        none(CardExpiry, "the end day was friday");
    }

    #[test]
    fn whisper_year_with_a_slash() {
        let e = one(
            CardExpiry,
            "It's good through June 2020/27.",
            EntityKind::CardExpiry,
        );
        assert_eq!(e.words, 3..5);
    }
}
