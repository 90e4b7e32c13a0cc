//! Long numbers read out with no cue left: "Here you go, 5-4-68, 2-1-W-8, 2-2-1-5-7-0-9." is a
//! card number whose cue was in an earlier sentence and whose "double eight" Whisper wrote as a
//! letter, so no shape rule (length, Luhn) and no cue rule takes it. Speech has few reasons to
//! say twelve or more digits in a row other than an account, card or ID, so adjacent number
//! groups with that many digits together are reported as an identifier ([`EntityKind::IdNumber`])
//! at a low score: any recognizer that knows what the digits are wins over the same words. A
//! list of years ("2019, 2020, 2021") is not one, nor are prices or measures ("19.99 24.99").
//! Known over-reach: dashed pairs such as a list of scores ("21-14 28-7 35-10") reach the rule
//! already joined by the normalizer, as a spoken number said in pairs would.
//!
//! Shorter numbers read out in pieces are identifiers too, at seven digits or more: a number
//! the normalizer joined from two words or more ("119 5616", "9. 12. 1990.", "R 401 992 36")
//! is someone reading something out, most often a value whose cue was misheard ("learn of
//! vermity tambour" for "learner permit number"). Held-out rounds three to six showed that no
//! list of cues keeps up with what Whisper does to them, so the shape is taken alone, at the
//! lowest score ([`READ_OUT_SCORE`]). Not a quantity or a price: round groups ("1,200, 1,500"),
//! money ("$1,250 000"), a number before a unit ("2 500 000 people"), years, or counting.

use std::ops::Range;

use super::bank::UNIT_WORDS;
use super::{entity, piece_ends, tokens, Recognizer, Token};
use crate::detect::normalize::{is_backchannel, NormalizedText};
use crate::detect::{DetectorKind, Entity, EntityKind};

/// Digits adjacent groups need together.
const MIN_DIGITS: usize = 12;

/// Digits read out one at a time that make an identifier on their own: "1, 1, 3, 9, 5, 4, 4"
/// is a number being read from something (a routing number whose cue Whisper garbled); nobody
/// says a count, a price or a year digit by digit.
const MIN_SINGLE_DIGITS: usize = 7;

/// Digits a number read out in two words or more needs to be an identifier on its own.
const MIN_READ_OUT_DIGITS: usize = 7;

/// The score of a read-out number ([`MIN_READ_OUT_DIGITS`]): below every shape with a validator
/// or a cue, so any recognizer that knows what the digits are wins over the same words.
const READ_OUT_SCORE: f32 = 0.45;

/// The detector name a read-out number is reported under: it names no kind, so the merge lets an
/// NER entity inside it keep its own ([`crate::detect::merge`]).
pub const READ_OUT: &str = "read_out_number";

pub struct LongNumbers;

impl Recognizer for LongNumbers {
    fn name(&self) -> &'static str {
        "long_number"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let ours = out.len();
        let toks: Vec<Token> = tokens(text).collect();
        // Numbers read out in pieces, reported after the adjacent groups' rule unless inside one.
        let mut read = Vec::new();
        let mut long = Vec::new();
        // Two shapes of a number read out whose cue was lost or misheard, identifiers on their
        // own at a low score: a word Whisper wrote in three dashed groups or more, nine digits
        // or more ("1-346-55-0157", a phone one digit short), and seven digits said one at a
        // time ([`MIN_SINGLE_DIGITS`]), unless they count up or down.
        for (k, t) in toks.iter().enumerate() {
            let range = text.word_range(t.bytes.clone());
            // "5 4 6 3 6 6 W": Whisper's letter for a "double" said next, two digits more.
            let w = toks.get(k + 1).filter(|n| n.text == "w");
            let said = range.len() + if w.is_some() { 2 } else { 0 };
            let one_by_one = said >= MIN_SINGLE_DIGITS
                && words[range.clone()]
                    .iter()
                    .all(|w| single_digit(w).is_some())
                && !counting(&words[range.clone()]);
            let dashed = range.len() == 1 && dashed_id(words[range.start]);
            if dashed || one_by_one {
                let end = w
                    .filter(|_| one_by_one)
                    .map_or(t.bytes.end, |w| w.bytes.end);
                // Two dashed groups name no kind ("0961-7596216" is a phone to the NER model):
                // reported as read out, so the merge lets a kind inside it stand.
                let two = dashed && words[range.start].matches(['-', '/']).count() == 1;
                out.push(entity(
                    text,
                    t.bytes.start..end,
                    EntityKind::IdNumber,
                    if two { READ_OUT } else { self.name() },
                    0.45,
                ));
            } else if read_out(t.text, words, range) {
                read.push(t.bytes.clone());
            }
        }
        let mut i = 0;
        while i < toks.len() {
            // "5.5.02. 864.8. 786.4. 5.44.": a group with two points in it is no price, and
            // the points beside it are Whisper's between groups read out.
            let dotted = toks[i..]
                .iter()
                .take_while(|t| dotted_group(t.text))
                .count();
            let strict = toks[i..].iter().take_while(|t| digits(t.text) > 0).count();
            let multi = toks[i..i + dotted]
                .iter()
                .any(|t| t.text.bytes().filter(|&c| c == b'.').count() >= 2);
            // A group without a point among them says the same ("15502 864.8 786.4 5.44"),
            // four digits or more and no year: "102 98.6 100.4 99.1" are readings.
            let whole = toks[i..i + dotted].iter().any(|t| {
                t.text.len() >= 4 && t.text.bytes().all(|c| c.is_ascii_digit()) && !year(t.text)
            });
            // Nor do groups with three digits after a point ("2.540, 5.42, 6.453, 9.127"): no
            // price has three, and a reading with three decimals twice is a lab's, not speech.
            let pointed = toks[i..i + dotted]
                .iter()
                .filter(|t| {
                    t.text
                        .split_once('.')
                        .is_some_and(|(a, b)| !a.is_empty() && b.len() == 3 && !b.contains('.'))
                })
                .count();
            let run = if multi || (whole && dotted >= 4) || (pointed >= 2 && dotted >= 3) {
                dotted.max(strict)
            } else {
                strict
            };
            if run == 0 {
                i += 1;
                continue;
            }
            let group = &toks[i..i + run];
            let n: usize = group
                .iter()
                .map(|t| t.text.bytes().filter(u8::is_ascii_digit).count())
                .sum();
            let years = group.iter().all(|t| year(t.text));
            if n >= MIN_DIGITS && !years {
                let bytes = group[0].bytes.start..group[run - 1].bytes.end;
                long.push(bytes.clone());
                out.push(entity(text, bytes, EntityKind::IdNumber, self.name(), 0.5));
            } else if run >= 2 && n >= MIN_READ_OUT_DIGITS && !years {
                // Groups the normalizer left apart ("2.540 5.42 6.453"), read out all the same.
                read.push(group[0].bytes.start..group[run - 1].bytes.end);
            }
            i += run;
        }
        read.extend(across_backchannel(&toks, words, text));
        for bytes in read {
            if !long
                .iter()
                .any(|l| l.start < bytes.end && bytes.start < l.end)
            {
                out.push(entity(
                    text,
                    bytes,
                    EntityKind::IdNumber,
                    READ_OUT,
                    READ_OUT_SCORE,
                ));
            }
        }
        // Characters dictated one at a time, where the rules above found nothing on them.
        for r in dictated(words) {
            if !out[ours..]
                .iter()
                .any(|e| e.words.start < r.end && r.start < e.words.end)
            {
                out.push(Entity {
                    kind: EntityKind::IdNumber,
                    words: r,
                    score: READ_OUT_SCORE,
                    detector: DetectorKind::Rule(READ_OUT),
                });
            }
        }
    }
}

/// Digits that make characters dictated one at a time an identifier ([`dictated`]).
const MIN_DICTATED_DIGITS: usize = 4;

/// Characters dictated one at a time, as Whisper writes them: single digits ("4", "4,", "four",
/// "oh"), capital letters on their own ("J.", "K") and single digits glued with points, commas
/// or dashes into one word ("4.9.2.9.", "2,2,7,1,9", "9-1-6"). People read a card, a code or a
/// member number that way, not an amount, a year or a time, and the cue is often lost: Whisper
/// writes "the mandatory humburt" for "the Medicare number" and then each piece of the answer
/// as a turn of its own ("2." | "J." | "6." | "K."). A run of such words with
/// [`MIN_DICTATED_DIGITS`] digits or more is reported, or three digits when one word glues them
/// ("9.4.6." is a code read out; "3.0" and "9.46" are not single digits glued), unless the digits
/// only count up or down. Known over-reach: a section or version number said digit by digit
/// ("3.1.4"). Word ranges, in `words`.
fn dictated(words: &[&str]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let run = words[i..]
            .iter()
            .take_while(|w| dictated_piece(w).is_some())
            .count();
        if run == 0 {
            i += 1;
            continue;
        }
        let pieces: Vec<(usize, bool)> = words[i..i + run]
            .iter()
            .filter_map(|w| dictated_piece(w))
            .collect();
        let digits: usize = pieces.iter().map(|p| p.0).sum();
        let glued = pieces.iter().any(|p| p.1);
        let chars = pieces.iter().map(|p| p.0.max(1)).sum::<usize>();
        if chars >= 3
            && (digits >= MIN_DICTATED_DIGITS || (glued && digits >= 3))
            && !counting(&words[i..i + run])
        {
            out.push(i..i + run);
        }
        i += run;
    }
    out
}

/// One word of something dictated ([`dictated`]): its digits, and whether it glues several.
fn dictated_piece(w: &str) -> Option<(usize, bool)> {
    if single_digit(w).is_some() {
        // "oh" and "o" are digits only beside written or spoken ones, which a run of one lacks.
        return Some((1, false));
    }
    let t = w.trim_matches(|c: char| c.is_ascii_punctuation());
    if t.len() == 1 && t.as_bytes()[0].is_ascii_uppercase() && t != "I" && t != "A" {
        return Some((0, false));
    }
    let parts: Vec<&str> = t.split(['.', ',', '-']).collect();
    (parts.len() >= 3
        && parts
            .iter()
            .all(|p| p.len() == 1 && p.as_bytes()[0].is_ascii_digit()))
    .then_some((parts.len(), true))
}

/// Most backchannel words a listener puts between two pieces of one number read out.
const MAX_BACKCHANNEL: usize = 3;

/// The pieces of a number read out with a listener's backchannel between them, in a mono
/// recording where both voices share one transcript ("3-9-0-22." | "Okay." | "7-1-8-4.", "BX71"
/// | "Uh-huh" | "40492"): [`MIN_READ_OUT_DIGITS`] or more together, with no cue needed, as a
/// number read out in one go. Each piece is reported (its byte range), not the words between.
fn across_backchannel(toks: &[Token], words: &[&str], text: &NormalizedText) -> Vec<Range<usize>> {
    let piece = |t: &Token| digits(t.text) > 0 || code_piece(t.text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !piece(&toks[i]) {
            i += 1;
            continue;
        }
        // Runs of adjacent pieces, each run after the first behind backchannel words.
        let mut runs: Vec<Range<usize>> = Vec::new();
        runs.push(i..i + 1);
        let mut j = i + 1;
        loop {
            let b = toks[j.min(toks.len())..]
                .iter()
                .take_while(|t| is_backchannel(t.text))
                .count();
            match toks.get(j + b) {
                Some(t) if piece(t) && b == 0 => runs.last_mut().expect("a run").end = j + 1,
                Some(t) if piece(t) && b <= MAX_BACKCHANNEL => runs.push(j + b..j + b + 1),
                _ => break,
            }
            j += b + 1;
        }
        i = j;
        // "… 646" | "okay" | "7 days ago": a piece that a word other than the next piece or a
        // backchannel follows is a count in that sentence, and so is what comes after it.
        if let Some(stop) = runs.iter().position(|r| !piece_ends(toks, r.end)) {
            runs.truncate(stop);
        }
        if runs.len() < 2 {
            continue;
        }
        let all = &toks[runs[0].start..runs[runs.len() - 1].end];
        let n: usize = runs
            .iter()
            .flat_map(|r| &toks[r.clone()])
            .map(|t| t.text.bytes().filter(u8::is_ascii_digit).count())
            .sum();
        if n < MIN_READ_OUT_DIGITS {
            continue;
        }
        // Not amounts, years or counting: the read-out rule's exclusions, over the pieces.
        let first = text.word_range(all[0].bytes.clone()).start;
        let last = text.word_range(all[all.len() - 1].bytes.clone()).end;
        let raw: Vec<&str> = runs
            .iter()
            .flat_map(|r| {
                let w = text.word_range(toks[r.start].bytes.start..toks[r.end - 1].bytes.end);
                words[w].iter().copied()
            })
            .collect();
        let pieces: Vec<&Token> = runs.iter().flat_map(|r| &toks[r.clone()]).collect();
        // Round hundreds are amounts ("1,200" | "okay" | "1,500"), but not beside a group with
        // a leading zero, which no amount has: "07700" | "yes" | "900" | "okay" | "418".
        let round = pieces
            .iter()
            .any(|t| t.text.ends_with("00") && digits(t.text) >= 3);
        let zero_led = pieces
            .iter()
            .any(|t| t.text.starts_with('0') && digits(t.text) >= 3);
        if pieces.iter().all(|t| year(t.text))
            || !read_out_shape(words, first..last, &raw)
            || (round && !zero_led)
        {
            continue;
        }
        out.extend(
            runs.iter()
                .map(|r| toks[r.start].bytes.start..toks[r.end - 1].bytes.end),
        );
    }
    out
}

/// A code's piece as Whisper writes one: one or two letters, then two digits or more ("BX71").
fn code_piece(t: &str) -> bool {
    let letters = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = &t.as_bytes()[letters..];
    (1..=2).contains(&letters) && rest.len() >= 2 && rest.iter().all(u8::is_ascii_digit)
}

/// Whether a token of the view is a number read out in pieces: [`MIN_READ_OUT_DIGITS`] or more,
/// joined by the normalizer from two words or more, digits with at most three letters (a code:
/// "R 401 992 36" is `r40199236`), and not a quantity, a price, years or counting.
fn read_out(t: &str, words: &[&str], range: Range<usize>) -> bool {
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    let letters = t.bytes().filter(u8::is_ascii_alphabetic).count();
    // Twelve digits alone are the adjacent groups' rule's ([`MIN_DIGITS`]).
    if range.len() < 2
        || (digits >= MIN_DIGITS && letters == 0)
        || digits < MIN_READ_OUT_DIGITS
        || letters > 3
        || !t.bytes().all(|c| c.is_ascii_alphanumeric())
        || year(t)
    {
        return false;
    }
    // Said in words, the round check is the token's: "two million three hundred thousand".
    let spelled = !words[range.clone()]
        .iter()
        .any(|w| w.bytes().any(|c| c.is_ascii_digit()));
    !(spelled && t.ends_with("00")) && read_out_shape(words, range.clone(), &words[range])
}

/// The read-out rule's exclusions for the words `raw` (the number's own words; `range` spans
/// them in `words`): round groups, money, a unit after them, counting.
fn read_out_shape(words: &[&str], range: Range<usize>, raw: &[&str]) -> bool {
    let numbers: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation() && c != '$'))
        .filter(|w| w.bytes().any(|c| c.is_ascii_digit()))
        .collect();
    // "1,200, 1,500": round groups are amounts; a number read out rarely ends each in "00".
    // Numbers said in words have no written groups to judge; the callers check their tokens.
    let round = !numbers.is_empty() && numbers.iter().all(|w| w.ends_with("00"));
    let money = raw.iter().any(|w| w.contains(['$', '£', '€']))
        || range.start > 0 && words[range.start - 1].ends_with(['$', '£', '€']);
    // An amount or a count ("2 500 000 people"): the unit words bank, ssn and zip share.
    let unit = words.get(range.end).is_some_and(|w| {
        let w = w
            .trim_matches(|c: char| c.is_ascii_punctuation())
            .to_ascii_lowercase();
        UNIT_WORDS
            .iter()
            .any(|&u| w == u || w.strip_suffix('s') == Some(u))
    });
    !round && !money && !unit && !counting(raw)
}

/// The digits of a number group: a digit run, with at most one letter in it (Whisper's "W" for
/// "double", "A" for "eight"), a group Whisper wrote with a point in it ("1.0482", three digits
/// or more after the point), or a spelled code of three or more dashed parts ("2-1-w-8"); 0
/// for any other token, so prices and measures ("19.99", "1.25") and a pair like "21-14" are
/// not groups.
fn digits(t: &str) -> usize {
    let b = t.as_bytes();
    let d = b.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let dashes = b.iter().filter(|&&c| c == b'-').count();
    let ok = b
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || b"-.".contains(c));
    // A point then one or two digits ends a price or a measure.
    let decimal = t
        .rsplit_once('.')
        .is_some_and(|(_, f)| (1..=2).contains(&f.len()) && f.bytes().all(|c| c.is_ascii_digit()));
    if d == 0 || !ok || letters > 1 || decimal || (dashes > 0 && dashes < 2) {
        return 0;
    }
    d
}

/// A word of three or more dash- or slash-separated digit groups, nine digits or more
/// ("1-346-55-0157"), or eight after a "+", or of two dashed groups, eight digits or more; a
/// date ("2024-01-15") has eight, and years ("2020-2021-2022", "1990/1995/2000", "2019-2020")
/// are none.
fn dashed_id(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',', '?', '!']);
    // A leading "+" says phone: "+4/4/20/7946" (+44 20 7946 …) is one with eight digits.
    let (plus, w) = w.strip_prefix('+').map_or((false, w), |w| (true, w));
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    // Two dashed groups of eight digits or more are no phone piece ("555-0123") but a date or
    // an ID regrouped ("1985-0722" for "1985, 07, 22").
    let two =
        parts.len() == 2 && w.contains('-') && w.bytes().filter(u8::is_ascii_digit).count() >= 8;
    (parts.len() >= 3 || two)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        && parts.iter().map(|p| p.len()).sum::<usize>() >= if plus || two { 8 } else { 9 }
        && !parts.iter().all(|p| year(p))
}

/// One digit, as written ("4,") or said ("four", "oh"): its value.
fn single_digit(w: &str) -> Option<u8> {
    const WORDS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let w = w
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_ascii_lowercase();
    match w.as_bytes() {
        [d] if d.is_ascii_digit() => Some(d - b'0'),
        b"oh" | b"o" => Some(0),
        _ => WORDS.iter().position(|&x| x == w).map(|d| d as u8),
    }
}

/// Digits that count up or down by one ("1, 2, 3, 4, 5, 6, 7", "nine eight seven …"): someone
/// counting aloud, not reading a number.
fn counting(words: &[&str]) -> bool {
    let d: Vec<i16> = words
        .iter()
        .filter_map(|w| single_digit(w))
        .map(i16::from)
        .collect();
    let step = |s: i16| d.windows(2).all(|p| p[1] - p[0] == s);
    d.len() == words.len() && (step(1) || step(-1))
}

/// Digits with points between them only ("5.5.02", "864.8").
fn dotted_group(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.bytes().all(|c| c.is_ascii_digit() || c == b'.')
}

/// Years, one or several joined by the normalizer ("2019 2020 2021" → `201920202021`).
fn year(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len().is_multiple_of(4)
        && b.iter().all(u8::is_ascii_digit)
        && b.chunks(4)
            .all(|y| y.starts_with(b"19") || y.starts_with(b"20"))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one, run};
    use super::*;
    use crate::detect::DetectorKind;

    #[test]
    fn twelve_digits_or_more_in_adjacent_groups() {
        for (words, range) in [
            ("Here you go, 5-4-68, 2-1-W-8, 2-2-1-5-7-0-9.", 3..6),
            ("it's 4417 1234 5678 thanks", 1..4),
            // A group with a point in it, as Whisper writes some ("537-1.0482").
            ("it is 4417 1234 1.0482 5678 thanks", 2..6),
            // Round four's `esp_us_m7` (a tuning set since): points between the groups.
            ("use the other one. 5.5.02. 864.8. 786.4. 5.44.", 3..8),
            ("it's 5.5.02 864.8 786.4 5.44", 1..5),
        ] {
            let e = one(LongNumbers, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.5), "{words}");
        }
    }

    #[test]
    fn shorter_numbers_and_years() {
        none(LongNumbers, "we sold 1200 units in 2019 and 3400 in 2020");
        none(LongNumbers, "in 2019, 2020, 2021 and 2022");
        none(LongNumbers, "call 555 today");
        none(LongNumbers, "it costs 12.50 or 13.75 now");
        none(LongNumbers, "the prices were 19.99 24.99 29.99 now");
        none(LongNumbers, "prices 19.99 24.99 29.99 39.99 now");
        none(LongNumbers, "readings 102.5 98.6 100.4 99.1 today");
        // Readings with a whole one among them.
        none(
            LongNumbers,
            "Her temperature went 102, 98.6, 100.4, 99.1 over the week.",
        );
        none(LongNumbers, "Grades 100 98.5 97.25 96.75 this term.");
    }

    #[test]
    fn seven_digits_or_more_read_out_in_pieces() {
        // Round six (a tuning set since): a card's tail after a misheard digit, a date of birth
        // before a garbled cue, and a permit number after one.
        for (words, range) in [
            ("9. 12. 1990. That's my D-D-O-B.", 0..3),
            ("R 401 992 36", 0..4),
            // Other wordings.
            ("call 555 0123 today", 1..3),
            ("the reference is uh 88 41 076 thanks", 4..7),
            ("Yeah, 31 7702 9, that one.", 1..4),
        ] {
            let found = run(LongNumbers, words);
            assert_eq!(found.len(), 1, "{words}: {found:?}");
            let e = &found[0];
            assert_eq!(
                (e.kind, e.detector),
                (EntityKind::IdNumber, DetectorKind::Rule(READ_OUT))
            );
            assert_eq!(
                (e.words.clone(), e.score),
                (range, READ_OUT_SCORE),
                "{words}"
            );
        }
        let found = run(LongNumbers, "Right, so it's 4695, 2423, a 119 5616");
        let words: Vec<_> = found.iter().map(|e| e.words.clone()).collect();
        assert_eq!(words, [3..5, 6..8]);
        // One word as written, six digits, quantities, money, years and counting.
        none(LongNumbers, "the population was 1,500,000 then");
        none(LongNumbers, "it is 123 456 now");
        none(LongNumbers, "we had 1,200, 1,500 and 2,000 visitors");
        none(LongNumbers, "they paid $1,250 4,000 in fees");
        none(LongNumbers, "about 2 500 000 people live there");
        none(LongNumbers, "it has 12 345 678 miles on it");
        none(LongNumbers, "in 1998 2004 and 2011");
        none(LongNumbers, "one two three four five six seven eight");
        none(LongNumbers, "the 5th, 1999 meeting");
    }

    #[test]
    fn groups_with_three_digits_after_a_point() {
        // Round six's stereo call (a tuning set since): a card read in four pieces, each
        // written with a point.
        let e = one(
            LongNumbers,
            "2.540, 5.42, 6.453, 9.127, 11/28.",
            EntityKind::IdNumber,
        );
        assert_eq!(e.words, 0..4);
        // Three of them, eleven digits: a number read out all the same.
        let found = run(LongNumbers, "2.540, 5.42, 6.453, okay.");
        let words: Vec<_> = found
            .iter()
            .map(|e| (e.words.clone(), e.detector))
            .collect();
        assert_eq!(words, [(0..3, DetectorKind::Rule(READ_OUT))]);
        none(LongNumbers, "it weighed 1.125 then 2.5 and 3.75");
        none(LongNumbers, "readings 102.5 98.6 100.4 99.1 today");
    }

    #[test]
    fn seven_digits_read_out_one_at_a_time() {
        // Round four's espeak voices (a tuning set since): the cue garbled or in a sentence
        // before.
        for (words, range) in [
            ("1, 1, 3, 9, 5, 4, 4", 0..7),
            // The normalizer reads "one" before the digits as one more.
            ("We are coming to you for a good one. 5 5 5 4 1 9 2.", 8..16),
            ("it's four six three four six four five", 1..8),
            // Round seven's `joe` (a tuning set since): "six six double oh" as "6 6 W".
            ("It starts 5 4 6 3 6 6 W and after that", 2..9),
        ] {
            let e = one(LongNumbers, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.45), "{words}");
        }
        none(LongNumbers, "count with me 1 2 3 4 5 6");
        // Counting aloud, up or down.
        none(LongNumbers, "I counted 1, 2, 3, 4, 5, 6, 7 sheep.");
        none(
            LongNumbers,
            "nine eight seven six five four three two one liftoff",
        );
        none(LongNumbers, "we sold 1200 units, 3 4 5 6 7 8 and 9");
        none(LongNumbers, "it was 5 4 6 W");
    }

    #[test]
    fn characters_dictated_one_at_a_time() {
        // Round ten's calls (a tuning set since): a card, a member number and a phone read out
        // a character at a time, the cue lost ("the mandatory humburt"), each piece a turn.
        for (words, range) in [
            ("2. J. 6. K. 4. 9. W. K. 6. 2. My wife.", 0..10),
            ("6. 4. 5. 5. 5.", 0..5),
            ("Okay. 2,2,7,1,9. And the date", 1..2),
            ("4.9.2.9. Okay.", 0..1),
            ("And the cold. 9.4.6.", 3..4),
            // Other wordings.
            ("it's seven two oh one", 1..5),
            ("the code is B, 4, 7, 2, 9 thanks", 3..8),
            ("go ahead 8-3-1-7", 2..3),
        ] {
            let found = run(LongNumbers, words);
            let got: Vec<_> = found
                .iter()
                .map(|e| (e.words.clone(), e.kind, e.detector, e.score))
                .collect();
            assert_eq!(
                got,
                [(
                    range,
                    EntityKind::IdNumber,
                    DetectorKind::Rule(READ_OUT),
                    READ_OUT_SCORE
                )],
                "{words}"
            );
        }
        // Too few digits, decimals, two digits glued, counting, letters without digits, and
        // "I" and "A", which are words.
        none(LongNumbers, "it was 5 4 6 W");
        none(LongNumbers, "And the 3.0 gets higher, 9.46 and 8.28.");
        none(LongNumbers, "1, 2, 3, 4 go");
        none(LongNumbers, "I. B. M. and A. B. C.");
        none(LongNumbers, "plan B 2 3 later");
        none(LongNumbers, "I 2 A 3 and 5");
        none(LongNumbers, "the code is B, 4, 7, 2 thanks");
        // Known over-reach: a section or version number said as single digits ("3.1.4") is
        // written like a code read out and reported.
        assert_eq!(run(LongNumbers, "see section 3.1.4 there").len(), 1);
    }

    #[test]
    fn pieces_with_a_listeners_backchannel_between() {
        // Round seven's mono calls (a tuning set since): the agent's "okay" between the
        // caller's pieces, a code's letters first.
        for (words, pieces) in [
            (
                "I do, it's 3-9-0-22. Okay. 7-1-8-4. Thanks.",
                vec![3..4, 5..6],
            ),
            ("BX71 Uh-huh 40492", vec![0..1, 2..3]),
            // Other wordings.
            (
                "sure 48 17 mm-hmm 2 29 yeah go on 1",
                vec![1..3, 4..6, 9..10],
            ),
            ("it's 5521 right 088 ok and 41", vec![1..2, 3..4, 6..7]),
        ] {
            let found = run(LongNumbers, words);
            let got: Vec<_> = found.iter().map(|e| e.words.clone()).collect();
            assert_eq!(got, pieces, "{words}");
            assert!(found
                .iter()
                .all(|e| e.detector == DetectorKind::Rule(READ_OUT)));
        }
        // Too few digits, amounts, years, counting, and words that are no backchannel.
        none(LongNumbers, "room 204 okay and 3 people at 7 30");
        none(LongNumbers, "I paid 1500 okay and 2000 yeah");
        none(LongNumbers, "it was 1998 yeah 2004 and then 2011");
        none(LongNumbers, "1, 2, 3 okay 4, 5, 6, 7");
        none(LongNumbers, "it's $12 okay 40 and 300");
        none(LongNumbers, "about 120 okay 4500 miles");
        none(LongNumbers, "we had 48 people, 2291 chairs");
        none(LongNumbers, "it is 453918 okay 7 days ago");
    }

    #[test]
    fn pieces_said_in_words_and_round_groups_beside_a_leading_zero() {
        // Round eight's mono calls (a tuning set since): "Oh, seven, seven hundred." | "Yes." |
        // "Nine hundred." | "Okay." | "Four, one eight." (a UK mobile); other wordings.
        for (words, pieces) in [
            (
                "Oh, seven, seven hundred. Yes. Nine hundred. Okay. Four, one eight.",
                vec![0..4, 5..7, 8..11],
            ),
            ("0161 okay 400 right 2291", vec![0..1, 2..3, 4..5]),
        ] {
            let got: Vec<_> = run(LongNumbers, words)
                .iter()
                .map(|e| e.words.clone())
                .collect();
            assert_eq!(got, pieces, "{words}");
        }
        // Digits said as words, one token of the view.
        let found = run(
            LongNumbers,
            "four one nine nine nine two five nine is the one",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].words, 0..8);
        // Amounts said in words, with or without a backchannel between.
        none(
            LongNumbers,
            "seven hundred okay nine hundred yes twelve hundred",
        );
        none(LongNumbers, "two million three hundred thousand");
        none(
            LongNumbers,
            "one thousand two hundred okay one thousand five hundred",
        );
    }

    #[test]
    fn dashed_groups_of_nine_digits_or_more() {
        for (words, range) in [
            ("with the country code 1-346-55-0157", 4..5),
            ("the flat is +4/4/20/7946 0532", 3..4),
            ("ref 12-345-6789.", 1..2),
        ] {
            let e = one(LongNumbers, words, EntityKind::IdNumber);
            assert_eq!((e.words, e.score), (range, 0.45), "{words}");
        }
        // Two groups of eight digits or more: round seven's stereo call (a tuning set since), a
        // date of birth regrouped; a kind-less reading, so a phone the model finds keeps its kind.
        for (words, range) in [
            ("1985-0722", 0..1),
            ("it's 20417-336", 1..2),
            ("my registered 0961-7596216.", 2..3),
        ] {
            let found = run(LongNumbers, words);
            assert_eq!(found.len(), 1, "{words}");
            let e = &found[0];
            assert_eq!(
                (e.words.clone(), e.detector),
                (range, DetectorKind::Rule(READ_OUT))
            );
        }
        none(LongNumbers, "the match on 2024-01-15 ended 21-14");
        none(LongNumbers, "call 555-0123 or 1-800-55");
        none(LongNumbers, "on 12/25/2024 or 1/2/2025");
        none(LongNumbers, "use the 2020-2021-2022 data");
        none(LongNumbers, "the years 1990/1995/2000 were big");
        none(LongNumbers, "from 2019-2020 on, call 555-0199");
    }
}
