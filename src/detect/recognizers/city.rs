//! A city before its US state and ZIP code: "Madison, Wisconsin, 53703". The NER model tags the
//! state, which is coarse geography that HIPAA lets stand, but often not the city in front of it
//! (a city is often also a surname or an ordinary word), and a city is the part that identifies.
//! The state and ZIP together say an address is being read out, so the one or two words before
//! the state are the city unless they are common English words ("in", "near", "the whole").
//! Without the ZIP code, "visiting Texas" stays to the model.

use super::context::phrase_at;
use super::zip::STATES;
use super::{entity, tokens, Recognizer, Token};
use crate::detect::names::is_common;
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::all_digits;
use crate::detect::{Entity, EntityKind};

pub struct City;

impl Recognizer for City {
    fn name(&self) -> &'static str {
        "city"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        let toks: Vec<Token> = tokens(text).collect();
        let city_word = |t: &str| {
            t.len() >= 3 && t.chars().all(|c| c.is_alphabetic() || c == '-') && !is_common(t)
        };
        for k in 1..toks.len() {
            // Full state names only: abbreviations after a word are too often something else.
            let Some(end) = STATES
                .iter()
                .filter(|s| s.len() > 2)
                .find_map(|s| phrase_at(&toks, k, s))
            else {
                continue;
            };
            let zip = toks
                .get(end)
                .is_some_and(|t| all_digits(t.text) && matches!(t.text.len(), 5 | 9));
            if !zip || !city_word(toks[k - 1].text) {
                continue;
            }
            let start = if k >= 2 && city_word(toks[k - 2].text) {
                k - 2
            } else {
                k - 1
            };
            let bytes = toks[start].bytes.start..toks[end - 1].bytes.end;
            out.push(entity(text, bytes, EntityKind::Location, self.name(), 0.7));
            if let Some(first) = street_before(&toks, start) {
                let bytes = toks[first].bytes.start..toks[start - 1].bytes.end;
                out.push(entity(text, bytes, EntityKind::Address, self.name(), 0.7));
            }
        }
    }
}

/// The street line before a city, state and ZIP: a token that starts with a house number and up
/// to three words after it ("17-wheel away" for 17 Willow Way, which no street pattern can
/// match once Whisper has misheard it). The city, state and ZIP code say an address is being
/// read out, so a number just before them is its house number. The first token, if any.
fn street_before(toks: &[Token], city: usize) -> Option<usize> {
    let house = |t: &str| {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=6).contains(&digits)
    };
    let word = |t: &str| {
        t.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    (city.saturating_sub(4)..city)
        .rev()
        .take_while(|&j| house(toks[j].text) || word(toks[j].text))
        .find(|&j| house(toks[j].text))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one, run};
    use super::*;

    #[test]
    fn city_before_state_and_zip() {
        let e = one(
            City,
            "It's Madison, Wisconsin 5-3-7-0-3.",
            EntityKind::Location,
        );
        assert_eq!(e.words, 1..3);
        let e = one(City, "in Salt Lake, Utah 84101", EntityKind::Location);
        assert_eq!(e.words, 1..4);
        let e = one(
            City,
            "springfield oregon nine seven four seven seven",
            EntityKind::Location,
        );
        assert_eq!(e.words, 0..2);
    }

    #[test]
    fn no_zip_or_an_ordinary_word_is_not_a_city() {
        none(City, "we were visiting Wisconsin last year");
        none(City, "I moved to Wisconsin 53703");
        none(City, "Madison, WI 53703");
    }

    #[test]
    fn street_line_before_the_city() {
        let found = run(City, "It's 17-wheel away. Madison, Wisconsin 5-3-7-0-3.");
        let got: Vec<_> = found.iter().map(|e| (e.kind, e.words.clone())).collect();
        assert_eq!(
            got,
            vec![(EntityKind::Location, 3..5), (EntityKind::Address, 1..3)]
        );
        // No number before the city: no street.
        let found = run(City, "we moved to Madison, Wisconsin 53703");
        assert_eq!(found.len(), 1);
    }
}
