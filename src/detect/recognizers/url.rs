//! Web addresses: with a scheme ("https://…"), starting "www.", or a bare domain ending in a known
//! TLD ("example.com", spoken "example dot com"). Bare domains score lower: "hush.dev" in
//! passing is less likely to identify someone than a full link.

use std::sync::LazyLock;

use regex::Regex;

use super::{entity, near, score, tokens, Recognizer};
use crate::detect::normalize::NormalizedText;
use crate::detect::validators::is_known_tld;
use crate::detect::{Entity, EntityKind};

static SCHEME_OR_WWW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:https?|ftp)://[a-z0-9][^\s]*|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#][^\s]*)?)$",
    )
    .expect("static regex")
});

/// Host labels, then the TLD (captured), then an optional path.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.([a-z]{2,})(?:[/?#][^\s]*)?$")
        .expect("static regex")
});

const CUES: &[&str] = &[
    "website", "site", "url", "link", "web", "domain", "online", "visit", "page", "blog",
];

pub struct Url;

impl Recognizer for Url {
    fn name(&self) -> &'static str {
        "url"
    }

    fn find(&self, _words: &[&str], text: &NormalizedText, out: &mut Vec<Entity>) {
        for t in tokens(text) {
            let (without, with) = if SCHEME_OR_WWW.is_match(t.text) {
                (0.85, 0.95)
            } else if BARE.captures(t.text).is_some_and(|c| is_known_tld(&c[1])) {
                (0.6, 0.7)
            } else {
                continue;
            };
            let s = score(near(text, &t.bytes, CUES), without, with);
            out.push(entity(text, t.bytes, EntityKind::Url, self.name(), s));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{none, one};
    use super::*;

    #[test]
    fn scheme_and_www() {
        let e = one(Url, "see https://example.org/a?b=1 now", EntityKind::Url);
        assert_eq!((e.words, e.score), (1..2, 0.85));
        let e = one(Url, "my website is www.janedoe.net", EntityKind::Url);
        assert_eq!((e.words, e.score), (3..4, 0.95));
    }

    #[test]
    fn bare_and_spoken_domains() {
        let e = one(Url, "go to janedoe.com", EntityKind::Url);
        assert_eq!((e.words, e.score), (2..3, 0.6));
        let e = one(Url, "visit w w w dot jane doe dot com", EntityKind::Url);
        // "jane doe" cannot be joined (speech has no spaces in domains): the domain is doe.com.
        assert_eq!(e.words, 6..9);
        let e = one(Url, "my site is jane dash doe dot com", EntityKind::Url);
        assert_eq!(e.words, 3..8, "jane-doe.com");
    }

    #[test]
    fn not_urls() {
        none(Url, "e.g. the dot com bubble");
        none(Url, "version 3.5 and 192.168.1.1");
        none(Url, "the file is notes.txt");
        none(Url, "sarah@example.com");
    }
}
