//! The leak scorer: can a redacted value still be read in some text?
//!
//! Used to verify redacted audio (re-transcribe it and look for the values that were redacted)
//! and by the tests and evaluation. A value leaks when five consecutive digits of it (all its
//! digits, if it has fewer) can be read in the text's digits after number words are turned into
//! digits, or when one of its words of four or more letters appears as a word of the text. Short
//! words ("at", "dot", "47") are left out: they occur by chance.

use crate::detect::normalize::{bare, NormalizedText};

/// A text prepared for leak checks.
pub struct LeakText {
    digits: String,
    words: std::collections::BTreeSet<String>,
}

impl LeakText {
    pub fn new(text: &str) -> LeakText {
        let raw: Vec<&str> = text.split_whitespace().collect();
        // Number words ("four one five") count as the digits they say.
        let norm = NormalizedText::new(&raw);
        let digits = norm.text().chars().filter(char::is_ascii_digit).collect();
        let words = raw
            .iter()
            .map(|w| bare(w))
            .filter(|w| !w.is_empty())
            .collect();
        LeakText { digits, words }
    }

    /// Whether `value` (an original, in memory only) can still be read here.
    pub fn leaks(&self, value: &str) -> bool {
        let d: String = value.chars().filter(char::is_ascii_digit).collect();
        if !d.is_empty() {
            let w = d.len().min(5);
            if (0..=d.len() - w).any(|i| self.digits.contains(&d[i..i + w])) {
                return true;
            }
        }
        value
            .split(|c: char| !c.is_alphanumeric())
            .map(|w| w.to_lowercase())
            .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()))
            .any(|w| self.words.contains(&w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_words_leak() {
        let t = LeakText::new("my card is four five three nine one 4880 and my name is Sarah.");
        assert!(t.leaks("4539 1488 0343 6467"), "spoken digits count");
        assert!(t.leaks("Sarah Johnson"));
        assert!(!t.leaks("David Miller"));
        assert!(!t.leaks("212 555 0148"));
    }

    #[test]
    fn short_fragments_do_not_count() {
        let t = LeakText::new("we met at 47 main");
        assert!(!t.leaks("512-47-3829"));
        assert!(!t.leaks("Al Bo"));
    }
}
