//! E-mail addresses, typed ("sarah.johnson@gmail.com") or spoken ("sarah dot johnson at gmail
//! dot com"): normalization has already written spoken addresses out, so one token pattern
//! covers both. The structure (local part, `@`, dotted domain, alphabetic TLD) is the validator.

use std::sync::LazyLock;

use regex::Regex;

use super::{entity, near, score, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::{Entity, EntityKind};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$")
        .expect("static regex")
});

const CUES: &[&str] = &[
    "email", "e-mail", "mail", "address", "contact", "reach", "write",
];

pub struct Email;

impl Recognizer for Email {
    fn name(&self) -> &'static str {
        "email"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for t in tokens(text).filter(|t| EMAIL.is_match(t.text)) {
            let s = score(near(text, &t.bytes, CUES), 0.9, 0.98);
            out.push(entity(text, t.bytes, EntityKind::Email, self.name(), s));
        }
    }
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
    fn not_addresses() {
        none(Email, "we met at the store dot and i looked at gmail");
        none(Email, "sarah@gmail");
        none(Email, "@gmail.com");
        none(Email, "sarah@.com");
    }
}
