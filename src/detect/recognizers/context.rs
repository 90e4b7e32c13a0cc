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
pub(super) struct CueIndex {
    by_first: Vec<Vec<&'static str>>,
}

impl CueIndex {
    pub(super) fn new(cues: &[&'static str]) -> CueIndex {
        let mut by_first = vec![Vec::new(); 256];
        for c in cues {
            if let Some(&b) = c.as_bytes().first() {
                by_first[usize::from(b)].push(*c);
            }
        }
        CueIndex { by_first }
    }

    /// The longest cue said at token `i`: the index just past it.
    pub(super) fn at(&self, toks: &[Token], i: usize) -> Option<usize> {
        let first = *toks.get(i)?.text.as_bytes().first()?;
        self.by_first[usize::from(first)]
            .iter()
            .filter_map(|c| phrase_at(toks, i, c))
            .max()
    }
}

/// Words that may stand between a cue and its value without counting against the gap: "my
/// security code **is** …", "date of birth **is the** …", "license **number**, **um**, …".
const FILLERS: &[&str] = &[
    "is", "was", "are", "were", "be", "it", "it's", "its", "that's", "thats", "my", "the", "your",
    "his", "her", "their", "our", "number", "numbers", "no", "num", "#", "code", "id", "of", "on",
    "colon", "um", "uh", "er", "erm", "ah", "oh", "so", "okay", "ok", "just", "would", "will",
    "should", "reads", "says", "like", "that", "this", "as", "follows", "here", "there", "digits",
    "digit", "date", "at", "in", "with", "by", "please", "then", "yeah", "yes", "sure",
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

#[cfg(test)]
mod scratch {
    #[test]
    #[ignore]
    fn show_normalized() {
        let s = std::env::var("NORM").unwrap_or_default();
        for line in s.split('|') {
            let words: Vec<&str> = line.split(' ').collect();
            let n = crate::detect::normalize::NormalizedText::new(&words);
            eprintln!("{line:?} -> {:?}", n.text());
        }
    }
}

#[cfg(test)]
mod presidio_scratch {
    use super::super::{default_recognizers, recognize};
    use std::collections::BTreeMap;

    #[test]
    #[ignore]
    fn presidio_precision() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/eval/presidio_synth_dataset_v2.json"
        );
        let data: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let rules = default_recognizers();
        let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut gold_hit: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let show = std::env::var("SHOW").ok();
        for x in data.as_array().unwrap() {
            let text = x["full_text"].as_str().unwrap();
            let mut words = Vec::new();
            let mut offs = Vec::new();
            let mut pos = 0;
            for w in text.split_whitespace() {
                let start = text[pos..].find(w).unwrap() + pos;
                words.push(w);
                offs.push(start..start + w.len());
                pos = start + w.len();
            }
            let found = recognize(&rules, &words);
            let spans: Vec<(String, usize, usize)> = x["spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    (
                        s["entity_type"].as_str().unwrap().to_string(),
                        s["start_position"].as_u64().unwrap() as usize,
                        s["end_position"].as_u64().unwrap() as usize,
                    )
                })
                .collect();
            for (t, a, b) in &spans {
                let hit = found.iter().any(|e| {
                    let (s, f) = (offs[e.words.start].start, offs[e.words.end - 1].end);
                    s < *b && *a < f
                });
                if !hit && std::env::var("MISS").ok().as_deref() == Some(t.as_str()) {
                    eprintln!(
                        "  miss {:?} in {:?}",
                        &text[*a..*b],
                        text.get(a.saturating_sub(40)..*a)
                    );
                }
                let g = gold_hit.entry(t.clone()).or_default();
                g.0 += 1;
                g.1 += usize::from(hit);
            }
            for e in &found {
                let (s, f) = (offs[e.words.start].start, offs[e.words.end - 1].end);
                let gold = spans
                    .iter()
                    .find(|(_, a, b)| s < *b && *a < f)
                    .map_or("NONE".to_string(), |g| g.0.clone());
                let name = format!("{}:{}", e.kind, e.detector);
                if show.as_deref() == Some(&name) || show.as_deref() == Some(e.kind.as_str()) {
                    eprintln!("  [{gold}] {:?}", &text[s..f]);
                }
                *counts.entry((name, gold)).or_default() += 1;
            }
        }
        for ((k, g), n) in &counts {
            eprintln!("{k:40} {g:20} {n}");
        }
        eprintln!("-- gold recall (any rule entity overlapping)");
        for (t, (n, h)) in &gold_hit {
            eprintln!("{t:20} {h}/{n}");
        }
    }
}

#[cfg(test)]
mod perf_scratch {
    use super::super::*;

    #[test]
    #[ignore]
    fn relative_speed() {
        let manifest = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/samples/pii/manifest.json"
        ))
        .unwrap();
        let clips: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
        let mut words: Vec<String> = Vec::new();
        for c in clips.as_array().unwrap() {
            words.extend(
                c["text"]
                    .as_str()
                    .unwrap()
                    .split_whitespace()
                    .map(|w| w.to_lowercase().replace([',', '"'], "")),
            );
        }
        let jfk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/jfk.txt"))
            .unwrap();
        words.extend(
            jfk.split_whitespace()
                .map(|w| w.to_lowercase().replace([',', '"'], "")),
        );
        let passage: Vec<String> = words.iter().cycle().take(300).cloned().collect();
        let old: Vec<Box<dyn Recognizer>> = vec![
            Box::new(Email),
            Box::new(Url),
            Box::new(IpAddress),
            Box::new(Phone),
            Box::new(CreditCard),
            Box::new(Ssn),
            Box::new(Iban),
            Box::new(RoutingNumber),
            Box::new(BankAccount),
            Box::new(Date),
        ];
        let new = default_recognizers();
        let single: Vec<(&str, Vec<Box<dyn Recognizer>>)> = vec![
            ("none", vec![]),
            ("cvv", vec![Box::new(Cvv)]),
            ("expiry", vec![Box::new(CardExpiry)]),
            ("zip", vec![Box::new(Zip)]),
            ("address", vec![Box::new(Address)]),
            ("ids", vec![Box::new(Identifiers)]),
            ("date", vec![Box::new(Date)]),
            ("ssn", vec![Box::new(Ssn)]),
            ("phone", vec![Box::new(Phone)]),
            ("email", vec![Box::new(Email)]),
            ("url", vec![Box::new(Url)]),
            ("ip", vec![Box::new(IpAddress)]),
            ("card", vec![Box::new(CreditCard)]),
            ("iban", vec![Box::new(Iban)]),
            ("routing", vec![Box::new(RoutingNumber)]),
            ("bank", vec![Box::new(BankAccount)]),
        ];
        let time = |rs: &[Box<dyn Recognizer>]| {
            let n = 200;
            (0..15)
                .map(|_| {
                    let t = std::time::Instant::now();
                    for _ in 0..n {
                        std::hint::black_box(crate::detect::merge::merge(recognize(
                            rs,
                            std::hint::black_box(&passage),
                        )));
                    }
                    (n * passage.len()) as f64 / t.elapsed().as_secs_f64() / 1e6
                })
                .fold(0.0, f64::max)
        };
        for _ in 0..2 {
            eprintln!("old {:.2} Mw/s  new {:.2} Mw/s", time(&old), time(&new));
        }
        for (name, rs) in &single {
            eprintln!("{name:10} {:.2} Mw/s", time(rs));
        }
    }
}
