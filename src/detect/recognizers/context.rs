//! Cue phrases and the values said right after them, shared by the recognizers whose values have
//! no distinctive shape of their own (a CVV is any three digits, a licence number any letters and
//! digits): they report a value only where a cue introduces it.
//!
//! Speech puts a few words between a cue and its value ("my security code **is** 737", "the
//! passport number **on it is** …"), so [`after_cue`] walks past filler words and allows a small
//! number of other words before the value. Alphanumeric values arrive from the normalizer as
//! several tokens ("A B one two three four" → `a b 1234`); [`gather`] joins single letters, digit
//! runs and written alphanumerics ("d1234567") back into one value.

use super::Token;

/// Whether `phrase` (words separated by single spaces) is said at token `i`; its last word may
/// be plural. The index just past the phrase.
pub(super) fn phrase_at(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
    // Most tokens start no phrase: reject them before splitting the phrase.
    if toks.get(i)?.text.as_bytes().first() != phrase.as_bytes().first() {
        return None;
    }
    let mut k = i;
    let mut words = phrase.split(' ').peekable();
    while let Some(w) = words.next() {
        let t = toks.get(k)?.text;
        let last = words.peek().is_none();
        if t != w && !(last && t.strip_suffix('s') == Some(w)) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// Cue phrases indexed by their first byte, so that a token is compared only with the phrases
/// that could start with it (cue lookups run on every token). Build one per cue list, once:
/// `static INDEX: LazyLock<CueIndex> = LazyLock::new(|| CueIndex::new(CUES));`.
///
/// Each phrase carries a value `T` (what it announces); [`CueIndex::new`] builds one without.
pub(super) struct CueIndex<T: Copy = ()> {
    /// Per first byte: the phrase, the length of its first word, whether that word may be plural
    /// (it is also the last), and the value.
    by_first: Vec<Vec<(&'static str, usize, bool, T)>>,
}

impl CueIndex<()> {
    pub(super) fn new(cues: &[&'static str]) -> CueIndex<()> {
        let with: Vec<(&'static str, ())> = cues.iter().map(|&c| (c, ())).collect();
        CueIndex::with_values(&with)
    }

    /// The longest cue said at token `i`: the index just past it.
    pub(super) fn at(&self, toks: &[Token], i: usize) -> Option<usize> {
        self.find(toks, i).map(|(end, ())| end)
    }

    /// The values said after cues: for every cue, `value(end)` (`end` = the token just past the
    /// cue) gives the first and last token of its value, if there is one. Scanning resumes after
    /// a value, or right after a cue without one. The loop shared by the recognizers whose value
    /// only a cue makes personal data (CVV, card expiry, a date of birth said as bare digits).
    pub(super) fn values(
        &self,
        toks: &[Token],
        mut value: impl FnMut(usize) -> Option<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some(end) = self.at(toks, i) else {
                i += 1;
                continue;
            };
            i = end;
            if let Some((first, last)) = value(end) {
                found.push((first, last));
                i = last + 1;
            }
        }
        found
    }
}

impl<T: Copy> CueIndex<T> {
    pub(super) fn with_values(cues: &[(&'static str, T)]) -> CueIndex<T> {
        let mut by_first = vec![Vec::new(); 256];
        for &(c, value) in cues {
            if let Some(&b) = c.as_bytes().first() {
                let first = c.split(' ').next().unwrap_or_default();
                by_first[usize::from(b)].push((c, first.len(), !c.contains(' '), value));
            }
        }
        CueIndex { by_first }
    }

    /// The longest cue said at token `i`: the index just past it and its value.
    pub(super) fn find(&self, toks: &[Token], i: usize) -> Option<(usize, T)> {
        let t = toks.get(i)?.text;
        let (first, len) = (*t.as_bytes().first()?, t.len());
        self.by_first[usize::from(first)]
            .iter()
            // The first word's length rules most phrases out without comparing text.
            .filter(|&&(_, n, plural, _)| len == n || (plural && len == n + 1))
            .filter_map(|&(c, _, _, value)| phrase_at(toks, i, c).map(|end| (end, value)))
            .max_by_key(|&(end, _)| end)
    }
}

/// Words that may stand between a cue and its value without counting against the gap: "my
/// security code **is** …", "date of birth **is the** …", "license **number**, **um**, …".
const FILLERS: &[&str] = &[
    "is", "was", "are", "were", "be", "it", "it's", "its", "that's", "thats", "my", "the", "your",
    "his", "her", "their", "our", "number", "numbers", "no", "num", "#", "code", "id", "of", "on",
    "colon", "um", "uh", "er", "erm", "ah", "oh", "so", "okay", "ok", "just", "would", "will",
    "should", "reads", "says", "like", "that", "this", "as", "follows", "here", "there", "digits",
    "digit", "date", "at", "in", "with", "by", "please", "then", "yeah", "yes", "sure", "and",
];

/// Whether `t` is a filler word (see [`FILLERS`]).
pub(super) fn is_filler(t: &str) -> bool {
    FILLERS.contains(&t)
}

/// The token indices after a cue ending before `end` where its value may start: every index up
/// to and including the `max_words`-th token that is not a filler word.
pub(super) fn after_cue(toks: &[Token], end: usize, max_words: usize) -> std::ops::Range<usize> {
    let mut words = 0;
    let mut k = end;
    while k < toks.len() {
        if !is_filler(toks[k].text) {
            words += 1;
            if words == max_words {
                return end..k + 1;
            }
        }
        k += 1;
    }
    end..toks.len()
}

/// Words between a value and the cue said after it ("4402 9136, **that's my** account number",
/// "440-129-A **is the** chart number"); one of [`LINKS`] must be among them, so that "… 2019
/// my social life" is not one.
const BEFORE_CUE: &[&str] = &[
    "and", "that's", "thats", "that", "is", "was", "my", "the", "it's", "its", "which", "as",
    "those", "these", "are", "were", "your", "our", "his", "her", "their",
];

/// The words that link a value to a cue said after it.
pub(super) const LINKS: &[&str] = &["is", "was", "are", "were", "that's", "thats", "it's", "its"];

/// The words right before the cue starting at token `cue` that may stand between it and a value
/// said first ([`BEFORE_CUE`], at most four): how many, and whether one of them is a link.
pub(super) fn lead_before(toks: &[Token], cue: usize) -> (usize, bool) {
    let lead = (0..cue)
        .rev()
        .take(4)
        .take_while(|&j| BEFORE_CUE.contains(&toks[j].text))
        .count();
    let link = toks[cue - lead..cue]
        .iter()
        .any(|t| LINKS.contains(&t.text));
    (lead, link)
}

/// An alphanumeric value assembled from consecutive tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Gathered {
    /// First and last token index (inclusive).
    pub first: usize,
    pub last: usize,
    /// The characters, lower-case, separators removed.
    pub value: String,
    pub digits: usize,
    pub letters: usize,
}

/// Common short words that are never part of a spelled value, even when they look like letter
/// groups ("my id is ab 1234 **is** that right").
const NOT_LETTER_GROUPS: &[&str] = &[
    "is", "it", "in", "on", "at", "to", "of", "or", "an", "as", "be", "by", "do", "go", "he", "me",
    "my", "no", "so", "up", "us", "we", "am", "and", "are", "but", "can", "did", "for", "get",
    "got", "had", "has", "her", "him", "his", "how", "its", "let", "not", "now", "off", "our",
    "out", "see", "she", "the", "too", "two", "was", "who", "why", "yes", "you", "also", "that",
    "then", "they", "this", "what", "when", "with", "your", "okay", "just", "ok", "uh", "um",
];

/// How a token can take part in a gathered value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// A single letter ("a", "b"), as spelled letters arrive.
    Letter,
    /// Digits, or a written mix of letters and digits ("d1234567", "4b", "1eg4-te5").
    Digits,
    /// A short letter group ("ab"): part of a value only right before digits.
    LetterGroup,
}

fn piece(t: &str) -> Option<Piece> {
    let b = t.as_bytes();
    if b.is_empty()
        || !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        || !b[0].is_ascii_alphanumeric()
    {
        return None;
    }
    if b.iter().any(u8::is_ascii_digit) {
        return Some(Piece::Digits);
    }
    if b.len() == 1 {
        return Some(Piece::Letter);
    }
    (b.len() <= 4 && !b.contains(&b'-') && !NOT_LETTER_GROUPS.contains(&t))
        .then_some(Piece::LetterGroup)
}

/// The value made of the tokens starting at `i`: single letters, digit runs, written
/// alphanumerics, and short letter groups directly before digits, up to `max_len` characters.
/// A trailing "a" or "i" is left out ("… 1234 i think"). `None` when token `i` starts no value.
pub(super) fn gather(toks: &[Token], i: usize, max_len: usize) -> Option<Gathered> {
    let mut g = Gathered {
        first: i,
        last: i,
        value: String::new(),
        digits: 0,
        letters: 0,
    };
    let mut k = i;
    while let Some(t) = toks.get(k) {
        let Some(p) = piece(t.text) else { break };
        if p == Piece::LetterGroup
            && !toks
                .get(k + 1)
                .is_some_and(|n| n.text.bytes().any(|c| c.is_ascii_digit()))
        {
            break;
        }
        let len = t.text.bytes().filter(u8::is_ascii_alphanumeric).count();
        if g.value.len() + len > max_len {
            break;
        }
        g.value
            .extend(t.text.chars().filter(char::is_ascii_alphanumeric));
        g.last = k;
        k += 1;
    }
    // A trailing "a" / "i" is the next sentence, not the value.
    while g.last > g.first && matches!(toks[g.last].text, "a" | "i") {
        g.last -= 1;
        g.value.pop();
    }
    if g.value.is_empty() || (g.last == g.first && matches!(toks[g.first].text, "a" | "i")) {
        return None;
    }
    g.digits = g.value.bytes().filter(u8::is_ascii_digit).count();
    g.letters = g.value.len() - g.digits;
    Some(g)
}

/// Tokens before a cue searched for a payment card being spoken of ([`card_spoken_of`]).
const CARD_WINDOW: usize = 30;

/// Whether a payment card is spoken of in the [`CARD_WINDOW`] tokens before `k`: what makes a
/// bare "code" its security code and "until March 2031" its expiry. A card's word, or a card's
/// number read out (a run of 13 to 19 digits: "4600 0412 0519 1192, and the code is 330").
pub(super) fn card_spoken_of(toks: &[Token], k: usize) -> bool {
    const CARD_WORDS: &[&str] = &[
        "card",
        "visa",
        "mastercard",
        "amex",
        "discover",
        "credit",
        "debit",
        "cvv",
        "expiry",
        "expires",
        "expiration",
    ];
    let end = k.min(toks.len());
    toks[end.saturating_sub(CARD_WINDOW)..end].iter().any(|t| {
        CARD_WORDS.contains(&t.text)
            || ((13..=19).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{tokens, Token};
    use super::*;
    use crate::detect::normalize::NormalizedText;

    fn toks(n: &NormalizedText) -> Vec<Token<'_>> {
        tokens(n).collect()
    }

    fn norm(s: &str) -> NormalizedText {
        NormalizedText::new(&s.split(' ').collect::<Vec<_>>())
    }

    #[test]
    fn phrases_and_cues() {
        let n = norm("my security codes are 737");
        let t = toks(&n);
        assert_eq!(
            phrase_at(&t, 1, "security code"),
            Some(3),
            "plural last word"
        );
        assert_eq!(phrase_at(&t, 1, "security"), Some(2));
        assert_eq!(phrase_at(&t, 0, "security code"), None);
        assert_eq!(phrase_at(&t, 4, "737 x"), None, "past the end");
        let index = CueIndex::new(&["security", "security code", "my"]);
        assert_eq!(index.at(&t, 1), Some(3));
        assert_eq!(index.at(&t, 0), Some(1));
        assert_eq!(index.at(&t, 3), None);
        assert_eq!(index.at(&t, 9), None);
        let index = CueIndex::with_values(&[("security", 1), ("security code", 2)]);
        assert_eq!(index.find(&t, 1), Some((3, 2)));
        let n = norm("two securities");
        assert_eq!(index.find(&toks(&n), 1), None, "only a last word is plural");
        let n = norm("the codes");
        let index = CueIndex::with_values(&[("code", 7)]);
        assert_eq!(index.find(&toks(&n), 1), Some((2, 7)), "plural");
    }

    #[test]
    fn fillers_do_not_count_against_the_gap() {
        let n = norm("cvv is the number on it 737");
        let t = toks(&n);
        // "is the number on it" are fillers: 737 is the first word that counts.
        assert_eq!(after_cue(&t, 1, 1), 1..7);
        let n = norm("cvv of my card is i think 737");
        let t = toks(&n);
        assert_eq!(after_cue(&t, 1, 2), 1..6, "card, i");
        assert_eq!(after_cue(&t, 1, 9), 1..8, "to the end");
    }

    /// Tokens as given, without normalization (which may join spelled letters itself).
    fn raw(s: &str) -> Vec<Token<'_>> {
        let mut pos = 0;
        s.split(' ')
            .map(|t| {
                let bytes = pos..pos + t.len();
                pos = bytes.end + 1;
                Token { bytes, text: t }
            })
            .collect()
    }

    #[test]
    fn gathers_spelled_and_written_values() {
        let t = raw("id a b 123456 thanks");
        let g = gather(&t, 1, 20).unwrap();
        assert_eq!(
            (g.first, g.last, g.value.as_str(), g.digits, g.letters),
            (1, 3, "ab123456", 6, 2)
        );
        let g = gather(&raw("license d1234567 ok"), 1, 20).unwrap();
        assert_eq!((g.value.as_str(), g.digits, g.last), ("d1234567", 7, 1));
        // What the normalizer makes of "a b one two three four five six".
        let n = norm("id a b one two three four five six thanks");
        let g = gather(&toks(&n), 1, 20).unwrap();
        assert_eq!(g.value, "ab123456");
        assert_eq!(
            n.word_range(toks(&n)[g.first].bytes.start..toks(&n)[g.last].bytes.end),
            1..9
        );
        // A letter group counts only right before digits.
        assert_eq!(
            gather(&raw("ab 1234 is it"), 0, 20).unwrap().value,
            "ab1234"
        );
        assert_eq!(gather(&raw("ab cd"), 0, 20), None);
        assert_eq!(gather(&raw("1234 i think"), 0, 20).unwrap().value, "1234");
        assert_eq!(gather(&raw("4 b c 12 a"), 0, 20).unwrap().value, "4bc12");
        assert_eq!(gather(&raw("i think"), 0, 20), None);
        assert_eq!(gather(&raw("is 1234"), 0, 20), None);
        // The length limit stops before a token that would overflow it.
        assert_eq!(gather(&raw("ab12 34567"), 0, 6).unwrap().value, "ab12");
    }
}
