//! E-mail addresses, typed ("sarah.johnson@gmail.com") or spoken ("sarah dot johnson at gmail
//! dot com"): normalization has already written spoken addresses out, so one token pattern
//! covers both. The structure (local part, `@`, dotted domain, alphabetic TLD) is the validator.
//!
//! A user name said with "underscore" is the local part of an address even when Whisper
//! misheard the rest ("sam underscore oyelaran two at icloud dot com" → "Sam_Oilair into a
//! nightclub.com"): little other speech comes out of Whisper with an underscore, written
//! (`sam_oilair`) or as the word between two others ("them underscore oil"), so those words are
//! reported as an address on their own, lower than a whole one. A written one made only of
//! ordinary words reads as code ("client_ip") and is left alone.

use std::sync::LazyLock;

use regex::Regex;

use super::{entity, near, score, tokens, Recognizer};
use crate::detect::names::{in_dictionary, is_census_name};
use crate::detect::normalize::NormalizedText;
use crate::detect::{DetectorKind, Entity, EntityKind};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$")
        .expect("static regex")
});

/// Words joined by underscores, as Whisper writes a spoken user name.
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z0-9]+(?:_[a-z0-9]+)+$").expect("static regex"));

/// Whether a written user name holds something personal: a digit, a first name or surname, or
/// a part of three letters or more that is not an English word. Whisper also writes code it has
/// seen in training with underscores ("client_ip", "street_name"), and those are not people.
fn personal(handle: &str) -> bool {
    handle.split('_').any(|p| {
        p.bytes().any(|b| b.is_ascii_digit())
            || is_census_name(p)
            || (p.len() >= 3 && !in_dictionary(p))
    })
}

/// A user name alone: a whole address scores higher over the same words.
const HANDLE_SCORE: f32 = 0.7;

const CUES: &[&str] = &[
    "email", "e-mail", "mail", "address", "contact", "reach", "write",
];

pub struct Email;

impl Recognizer for Email {
    fn name(&self) -> &'static str {
        "email"
    }

    fn find(&self, words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for t in tokens(text).filter(|t| EMAIL.is_match(t.text)) {
            let s = score(near(text, &t.bytes, CUES), 0.9, 0.98);
            out.push(entity(text, t.bytes, EntityKind::Email, self.name(), s));
        }
        handles(words, text, out);
    }
}

/// User names: a token with underscores, or the words on both sides of a spoken "underscore"
/// (see the module docs). The spoken form is read on the words as transcribed: punctuation
/// around it ("an underscore, then …") means it was talk about the character.
fn handles(words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
    let whole: Vec<_> = out
        .iter()
        .filter(|e| e.detector == DetectorKind::Rule("email"))
        .map(|e| e.words.clone())
        .collect();
    let mut found = Vec::new();
    for t in tokens(text).filter(|t| HANDLE.is_match(t.text) && personal(t.text)) {
        found.push(entity(
            text,
            t.bytes,
            EntityKind::Email,
            "email",
            HANDLE_SCORE,
        ));
    }
    let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric());
    for k in 1..words.len().saturating_sub(1) {
        let (before, after) = (words[k - 1], words[k + 1]);
        let after = after.trim_end_matches(['.', ',', '?', '!']);
        if words[k].eq_ignore_ascii_case("underscore")
            && plain(before)
            && plain(after)
            && !["a", "an", "the"].contains(&before.to_ascii_lowercase().as_str())
        {
            found.push(Entity {
                kind: EntityKind::Email,
                words: k - 1..k + 2,
                score: HANDLE_SCORE,
                detector: DetectorKind::Rule("email"),
            });
        }
    }
    // Inside a whole address, the user name is already covered.
    found.retain(|h| {
        !whole
            .iter()
            .any(|w| w.start <= h.words.start && h.words.end <= w.end)
    });
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn typed_address() {
        let e = one(
            Email,
            "write to Sarah.Johnson@Gmail.com.",
            EntityKind::Email,
        );
        assert_eq!(e.words, 2..3);
        assert_eq!(e.score, 0.98);
    }

    #[test]
    fn spoken_address_covers_exactly_its_words() {
        let e = one(
            Email,
            "my email is sarah dot johnson at gmail dot com thanks",
            EntityKind::Email,
        );
        assert_eq!(e.words, 3..10);
        assert_eq!(e.score, 0.98);
        let e = one(
            Email,
            "it is j underscore doe at example dot co dot uk",
            EntityKind::Email,
        );
        assert_eq!(e.words, 2..11);
        assert_eq!(e.score, 0.9, "no cue nearby");
    }

    #[test]
    fn user_names_whisper_wrote_apart_from_their_address() {
        let e = one(
            Email,
            "It's Sam_Oilair into a nightclub.com",
            EntityKind::Email,
        );
        assert_eq!((e.words, e.score), (1..2, 0.7));
        let e = one(
            Email,
            "them underscore oil Aaron to a nightclub dot com",
            EntityKind::Email,
        );
        assert_eq!(e.words, 0..3);
        none(Email, "an underscore, then a dash");
        // Code, not a person.
        none(Email, "set client_ip and street_name");
        one(Email, "it's jsmith_1982 thanks", EntityKind::Email);
        none(Email, "type underscore, then");
        none(Email, "_ _");
    }

    #[test]
    fn not_addresses() {
        none(Email, "we met at the store dot and i looked at gmail");
        none(Email, "sarah@gmail");
        none(Email, "@gmail.com");
        none(Email, "sarah@.com");
    }
}
