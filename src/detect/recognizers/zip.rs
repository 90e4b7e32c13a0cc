//! Postal codes. Five digits alone are any number, so a ZIP code is reported only with context:
//! - after a cue ("zip", "zip code", "postal code", "postcode"): the first number said, which may
//!   be a US ZIP or ZIP+4 (its dash already removed), a shorter foreign code ("ZIP: 3520"), or a
//!   letters-and-digits code ("K1A 0B1", "SW1A 1AA");
//! - right after a US state at the end of an address ("Springfield, Oregon, 97477", "Boulder CO
//!   80304"): five or nine digits ([`us_zip`]). State abbreviations that are also common words
//!   ("in", "or", "me", "oh", "ok", "hi", "id", "pa", "ma", "al", "de", "la") do not count: "in
//!   80304 cases" is no address.

use super::bank::UNIT_WORDS;
use std::sync::LazyLock;

use super::context::{after_cue, gather, phrase_at, CueIndex};
use super::{entity, tokens, Recognizer, Token};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::{all_digits, us_zip};
use crate::detect::{Entity, EntityKind};

const CUES: &[&str] = &[
    "zip",
    "zip code",
    "zipcode",
    "postal code",
    "postcode",
    "post code",
];

static CUE_INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(CUES));

/// Said right after a code that is the ZIP: "it's 20001 for the zip".
const ZIP_AFTER: &[&str] = &[
    "for the zip",
    "is the zip",
    "is my zip",
    "for zip",
    "as the zip",
    // "84532. That's the zip." (round eleven's `joe`, a tuning set since).
    "that's the zip",
    "thats the zip",
    "that's my zip",
    "thats my zip",
    "is the postcode",
    "is my postcode",
    "that's the postcode",
    "that's my postcode",
];

/// US states, the District of Columbia and territories, by name and by unambiguous postal
/// abbreviation (see the module docs for those left out).
pub(super) const STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "district of columbia",
    "puerto rico",
    "guam",
    "ak",
    "az",
    "ar",
    "ca",
    "co",
    "ct",
    "fl",
    "ga",
    "ia",
    "il",
    "ks",
    "ky",
    "md",
    "mi",
    "mn",
    "ms",
    "mo",
    "mt",
    "ne",
    "nv",
    "nh",
    "nj",
    "nm",
    "ny",
    "nc",
    "nd",
    "ri",
    "sc",
    "sd",
    "tn",
    "tx",
    "ut",
    "vt",
    "va",
    "wa",
    "wv",
    "wi",
    "wy",
    "dc",
    "pr",
    "aa",
    "ae",
    "ap",
];

/// Non-filler words between the cue and the code ("zip code **there** is …").
const MAX_WORDS: usize = 2;

pub struct Zip;

impl Recognizer for Zip {
    fn name(&self) -> &'static str {
        "zip"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let mut i = 0;
        while i < toks.len() {
            if let Some(end) = CUE_INDEX.at(&toks, i) {
                i = end;
                // The first number or spelled letter after the cue starts the code.
                if let Some((first, last)) = after_cue(&toks, end, MAX_WORDS)
                    .find(|&k| {
                        let t = toks[k].text;
                        t.bytes().any(|b| b.is_ascii_digit())
                            || (t.len() == 1 && !matches!(t, "a" | "i"))
                    })
                    .and_then(|k| code_at(&toks, k))
                {
                    let bytes = toks[first].bytes.start..toks[last].bytes.end;
                    out.push(entity(text, bytes, EntityKind::Zip, self.name(), 0.85));
                    i = last + 1;
                }
                continue;
            }
            let t = &toks[i];
            let unit_after = toks.get(i + 1).is_some_and(|n| {
                UNIT_WORDS
                    .iter()
                    .any(|&u| n.text == u || n.text.strip_suffix('s') == Some(u))
            });
            let named_after = ZIP_AFTER
                .iter()
                .any(|p| phrase_at(&toks, i + 1, p).is_some());
            if us_zip(t.text) && ((!unit_after && after_state(&toks, i)) || named_after) {
                out.push(entity(
                    text,
                    t.bytes.clone(),
                    EntityKind::Zip,
                    self.name(),
                    0.75,
                ));
            }
            i += 1;
        }
    }
}

/// A postal code said after a cue, starting at token `k`: 3–9 digits, or 5–8 letters and digits
/// with both. Its first and last token.
fn code_at(toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let t = toks[k].text;
    if all_digits(t) {
        return (3..=9).contains(&t.len()).then_some((k, k));
    }
    let g = gather(toks, k, 8)?;
    ((5..=8).contains(&g.value.len()) && g.digits >= 1 && g.letters >= 1)
        .then_some((g.first, g.last))
}

/// Whether a state name or abbreviation ends right before token `k`.
fn after_state(toks: &[Token], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| toks[p].text) else {
        return false;
    };
    STATES.iter().any(|s| {
        let n = s.split(' ').count();
        s.ends_with(prev) && k >= n && phrase_at(toks, k - n, s) == Some(k)
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn after_a_cue() {
        for (words, range) in [
            ("my zip code is 80304", 4..5),
            ("zip code is eight oh three oh four", 3..8),
            ("ZIP: 80,304", 1..2),
            ("the zip is 80304-1234", 3..4),
            ("zip code 90210 and then", 2..3),
            ("my zip code is 880", 4..5),
            ("postal code is K1A 0B1", 3..5),
            ("my postcode is s w 1 a 1 a a", 3..10),
            ("zip code there is 97477", 4..5),
        ] {
            let e = one(Zip, words, EntityKind::Zip);
            assert_eq!((e.words, e.score), (range, 0.85), "{words}");
        }
    }

    #[test]
    fn after_a_state() {
        for (words, range) in [
            (
                "seven forty-two Evergreen Terrace, Springfield, Oregon, nine seven four seven seven.",
                6..11,
            ),
            ("Boulder, CO 80304", 2..3),
            ("new york new york 10001-1234", 4..5),
            ("Charleston West Virginia 25301 ok", 3..4),
            ("APO AA 61487", 2..3),
            // The cue after the code.
            ("It's 2-0-0-0-1 for the zip.", 1..2),
            ("and 80304 is my zip code", 1..2),
            ("84532. That's the zip.", 0..1),
            ("it's 10027, that's my zip code", 1..2),
        ] {
            let e = one(Zip, words, EntityKind::Zip);
            assert_eq!((e.words, e.score), (range, 0.75), "{words}");
        }
    }

    #[test]
    fn not_zip_codes() {
        none(Zip, "we had 80304 visitors");
        none(Zip, "in 80304 cases");
        none(Zip, "texas 25000 people");
        none(Zip, "california 25000 dollars");
        none(Zip, "colorado 1234");
        none(Zip, "zip code is 12");
        none(Zip, "zip it up");
        none(Zip, "my zip code is unknown but 80304 is my street number");
        none(Zip, "oregon 00000");
        none(Zip, "the postal service 12345");
        none(Zip, "80304 for the zipper");
        none(Zip, "84532 and that's the zip line ride");
    }
}
