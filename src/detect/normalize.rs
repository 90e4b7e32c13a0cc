//! A normalized view of transcript words, aligned byte-for-byte back to those words.
//!
//! Whisper writes the same card number as "4111 1111 1111 1111", "4111-1111-…" or "four one one
//! one …", and the same address as "sarah.johnson@gmail.com" or "sarah dot johnson at gmail dot
//! com". Writing one regex per surface form would be endless, so the rule recognizers run over a
//! single canonical view instead:
//!
//! - every word is lower-cased (ASCII) and stripped of leading/trailing punctuation;
//! - number words become digits ("four" → `4`, "fifteen" → `15`, "twenty six" → `26`, "five
//!   hundred twelve" → `512`, "double five" → `55`, "oh" or Whisper's "O" → `0` when next to
//!   other digits);
//! - "thousand" and the British "and" are understood ("two thousand and five" → `2005`, "five
//!   hundred and twelve" → `512`), as are hyphenated compounds ("twenty-six" → `26`);
//! - ordinal words become written ordinals ("fourteenth" → `14th`, "thirty-first" / "thirty
//!   first" → `31st`) that never join a digit run, so "the second 555 …" stays two tokens;
//! - consecutive numbers are joined into one digit run across spaces, commas, dashes, brackets
//!   and the spoken "dash"/"hyphen", so a spoken or grouped card or phone number is one token
//!   (`+14155552671`). Numbers said in pairs and spoken years are the same grammar, so both are
//!   one run: "forty five thirty nine" → `4539`, "nineteen eighty two" → `1982`, "twenty twenty
//!   seven" → `2027`, "nineteen oh five" → `1905`; where a reading has to be chosen, the one that
//!   gives a digit run wins and the recognizers decide what it is. Written dots are dropped too ("415.555.2671"), except in a dotted quad
//!   ("192.168.1.1") or a decimal ("3.5"), which stay as written and are never joined; the spoken
//!   "dot"/"point" between numbers stays a `.`, so a spoken IP address keeps its shape, and the
//!   spoken "slash" a `/` ("oh four slash twenty seven" → `04/27`). Written numeric dates
//!   ("1982-03-14", "25.12.1982") also stay as written, and a day right after a month name is
//!   not joined to the year after it ("March 14, 1982" → `march 14 1982`, not `march 141982`;
//!   "march fourteen oh five" → `march 14 05`; "March fourteenth nineteen eighty two" → `march
//!   14th 1982`), so dates keep their parts;
//! - spelled letters become one token: "S M I T H", "s. m. i. t. h.", "S-M-I-T-H" → `smith`,
//!   with "double l" → `ll`, "D as in David" → `d` (the letter stands for all four words), and
//!   letter names ("bee", "see", "aitch", "double you", "why", "zed" …) between other letters
//!   ("s see o t t" → `scott`). A run needs three letters, or digits among its letters, so "a",
//!   "I", "plan b" and "I see you" stay words; letter names count only between sure letters or
//!   digits, never at a run's edge, and "a"/"i" never at an edge next to digits ("a 1234");
//! - letters and digits said together in an ID become one alphanumeric token, starting with a
//!   letter: "A B 1 2 3 4" / "a b one two three four" → `ab1234`, "D one two three four five six
//!   seven" → `d1234567`, "G B eight two W E S T one two …" → `gb82west12…`; "o" is a letter
//!   after a letter ("k o w") and a zero elsewhere ("d one o five");
//! - spoken e-mail addresses and domains become their written form ("sarah dot johnson at gmail
//!   dot com" → `sarah.johnson@gmail.com`), but only where the words form a plausible address:
//!   the last label must be a known top-level domain and the local part may not be a common word,
//!   so "I looked at the store" and "the dot com bubble" are left alone. The local part may be
//!   spelled and hold "underscore", "dash"/"hyphen", "plus" and numbers ("j underscore nguyen
//!   eighty two at outlook dot com" → `j_nguyen82@outlook.com`, "s m i t h at …" → `smith@…`); a
//!   domain label may be spelled ("a b c dot com").
//!
//! Tokens are separated by one space. For every byte of the view we keep the index of the source
//! word that produced it (and the last word it stands for, which differs only for "as in" and
//! "double you"), so [`NormalizedText::word_range`] maps any regex match back to the exact words
//! to redact; words that produce no byte (a spoken "dash" inside a number) still fall inside the
//! range of the match around them.
//!
//! Every rule works on words cleaned and classified once; no regex is compiled here.

use std::borrow::Cow;
use std::ops::Range;

use super::validators::{is_known_tld, numeric_date};

/// The normalized view of one list of words.
#[derive(Debug, Clone)]
pub struct NormalizedText {
    text: String,
    /// For every byte of `text`, the index of the word that produced it (non-decreasing).
    word_of_byte: Vec<usize>,
    /// For every byte of `text`, the last word it stands for (non-decreasing, at least
    /// `word_of_byte`): later than its own word only where words that produce no byte of their
    /// own end a token ("d as in david" → `d`, "double you" → `w`).
    last_of_byte: Vec<usize>,
    words: usize,
    /// Every token's bytes and the words consumed to produce it, for the alignment tests.
    #[cfg(test)]
    spans: Vec<(Range<usize>, Range<usize>)>,
}

impl NormalizedText {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Self {
        let cleaned: Vec<Cleaned> = words.iter().map(|w| Cleaned::new(w.as_ref())).collect();
        let mut out = Builder::default();
        #[cfg(test)]
        let mut spans = Vec::new();
        let mut i = 0;
        while i < cleaned.len() {
            let joined = spoken_email(&cleaned, i)
                .or_else(|| spoken_domain(&cleaned, i))
                .or_else(|| day_before_year(&cleaned, i))
                .or_else(|| ordinal(&cleaned, i))
                .or_else(|| spelled_run(&cleaned, i, SPELLED_MIN_LETTERS, true))
                .or_else(|| digit_run(&cleaned, i));
            let (end, pieces) = match joined {
                Some(j) => j,
                None if cleaned[i].is_empty() => {
                    i += 1;
                    continue;
                }
                None => (i + 1, vec![(Cow::Borrowed(cleaned[i].as_str()), i)]),
            };
            #[cfg(test)]
            let from = out.text.len() + usize::from(!out.text.is_empty());
            out.token(&pieces);
            #[cfg(test)]
            spans.push((from..out.text.len(), i..end));
            i = end;
        }
        NormalizedText {
            text: out.text,
            word_of_byte: out.map,
            last_of_byte: out.last,
            words: words.len(),
            #[cfg(test)]
            spans,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The source words that produced the normalized bytes `bytes` (half-open word index range).
    /// Out-of-bounds byte ranges are clamped; an empty byte range gives an empty word range at the
    /// word of its position.
    pub fn word_range(&self, bytes: Range<usize>) -> Range<usize> {
        let end = bytes.end.min(self.text.len());
        let start = bytes.start.min(end);
        if start == end {
            let w = self.word_of_byte.get(start).copied().unwrap_or(self.words);
            return w..w;
        }
        self.word_of_byte[start]..self.last_of_byte[end - 1] + 1
    }
}

/// Output text plus its byte → word maps, built token by token.
#[derive(Default)]
struct Builder {
    text: String,
    map: Vec<usize>,
    last: Vec<usize>,
}

impl Builder {
    /// Appends one token made of `pieces`, each piece attributed to its word. An empty piece
    /// (never the first of a token) makes the byte before it stand for its word as well.
    fn token(&mut self, pieces: &[(Cow<'_, str>, usize)]) {
        if let (Some(&first), Some(&last)) = (self.map.last(), self.last.last()) {
            // The separator belongs to the word before it, keeping the maps non-decreasing.
            self.text.push(' ');
            self.map.push(first);
            self.last.push(last);
        }
        for (s, word) in pieces {
            if s.is_empty() {
                if let Some(last) = self.last.last_mut() {
                    *last = (*last).max(*word);
                }
                continue;
            }
            self.text.push_str(s);
            self.map.extend(std::iter::repeat_n(*word, s.len()));
            self.last.extend(std::iter::repeat_n(*word, s.len()));
        }
    }
}

/// Pieces of one output token and the word each came from. An empty piece claims its word for
/// the byte before it (the "as in david" of a spelled `d`).
type Pieces<'a> = Vec<(Cow<'a, str>, usize)>;

/// One cleaned word and what the parsers ask about it most, worked out once.
#[derive(Debug)]
struct Cleaned {
    text: String,
    num: Num,
    ordinal: Option<usize>,
    /// Whether a spelled run may start here: a letter, letters written as one word, a letter
    /// name (before "as in") or "double"/"triple".
    spell: bool,
}

impl Cleaned {
    fn new(word: &str) -> Cleaned {
        let text = clean(word);
        Cleaned {
            num: classify(&text),
            ordinal: ordinal_value(&text),
            spell: single_letter(&text).is_some()
                || letter_name(&text).is_some()
                || matches!(text.as_str(), "double" | "triple")
                || letter_word(&text).is_some(),
            text,
        }
    }
}

impl Cleaned {
    /// Whether the word is on the stop list (asked only once an address is otherwise found).
    fn stop(&self) -> bool {
        STOPWORDS.contains(&self.text.as_str())
    }
}

impl std::ops::Deref for Cleaned {
    type Target = String;

    fn deref(&self) -> &String {
        &self.text
    }
}

impl PartialEq<str> for Cleaned {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Cleaned {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

/// Lower-cases (ASCII only, so byte lengths are kept) and trims the punctuation speech-to-text
/// attaches to words. Inner whitespace would split the token later, so it is removed. A
/// punctuation-only word becomes empty (and joins numbers around it, like a dash).
fn clean(word: &str) -> String {
    const LEAD: &[char] = &['"', '\'', '(', '[', '{', '<', '¿', '¡', '«', '“', '‘'];
    const TRAIL: &[char] = &[
        '.', ',', '!', '?', ';', ':', '"', '\'', ')', ']', '}', '>', '»', '”', '’', '…',
    ];
    let w = word.trim().trim_start_matches(LEAD).trim_end_matches(TRAIL);
    // Punctuation-only words ("—", "&") carry nothing to match; "@" is kept for "sarah @ x.com".
    if w != "@" && !w.chars().any(char::is_alphanumeric) {
        return String::new();
    }
    let mut s = w.to_ascii_lowercase();
    s.retain(|c| !c.is_whitespace());
    s
}

// ---- spoken e-mail addresses and domains -------------------------------------------------------

/// Spoken words that join address parts; never a part themselves.
const ADDRESS_KEYWORDS: &[&str] = &["at", "@", "dot", "underscore", "dash", "hyphen", "plus"];

/// Common words that precede "at" or "dot" in ordinary speech ("looked at", "the dot com
/// bubble"). A one-word local part or first domain label from this list is not an address.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "is", "am", "are", "was", "were", "be", "been", "being", "it", "its", "this",
    "that", "these", "those", "there", "here", "me", "him", "her", "us", "them", "you", "i", "we",
    "they", "he", "she", "my", "your", "our", "their", "his", "one", "all", "up", "out", "in",
    "on", "of", "to", "for", "and", "or", "but", "so", "not", "no", "yes", "just", "only", "also",
    "what", "who", "where", "when", "how", "why", "which", "look", "looked", "looking", "looks",
    "stay", "stayed", "staying", "work", "works", "worked", "working", "meet", "met", "arrive",
    "arrived", "live", "lives", "lived", "living", "go", "went", "going", "come", "came", "coming",
    "sign", "signed", "stare", "stared", "staring", "laugh", "laughed", "laughing", "point",
    "pointed", "pointing", "aim", "shop", "shopping", "eat", "ate", "eating", "smile", "smiled",
    "good", "great", "best", "now", "then", "still", "again", "back", "home", "once", "least",
    "most", "first", "last", "times", "time", "night", "noon", "bubble",
];

fn is_local_label(w: &str) -> bool {
    is_label(w, b"._%+-")
}

fn is_domain_label(w: &str) -> bool {
    is_label(w, b".-")
}

/// An address part: ASCII alphanumerics plus `extra`, starting and ending alphanumeric.
fn is_label(w: &str, extra: &[u8]) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && !ADDRESS_KEYWORDS.contains(&w)
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// What one part of a spoken local part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Local {
    /// A word ("kowalski", "sarah.j").
    Word,
    /// Spelled letters, maybe with digits ("j", "s m i t h", "k as in kilo o w").
    Spelled,
    /// A number ("eighty two", "1982").
    Digits,
}

/// The spoken separator a local part may contain.
fn local_separator(w: &str) -> Option<&'static str> {
    Some(match w {
        "dot" => ".",
        "underscore" => "_",
        "dash" | "hyphen" => "-",
        "plus" => "+",
        _ => return None,
    })
}

/// A number said inside a local part ("nguyen eighty two", "j oh seven"), without the joiners
/// a digit run takes: in an address a "dash" is a character.
fn local_digits(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>)> {
    let mut pieces = Pieces::new();
    let mut j = k;
    while let Some((next, item)) = number_item(w, j, pieces.is_empty()) {
        if item.first().is_some_and(|(s, _)| s.starts_with('+')) {
            break;
        }
        pieces.extend(item);
        j = next;
    }
    (j > k).then_some((j, pieces))
}

/// One part of a local part at word `k`.
fn local_unit(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>, Local)> {
    if let Some((next, p)) = spelled_run(w, k, 1, false) {
        return Some((next, p, Local::Spelled));
    }
    if let Some((next, p)) = local_digits(w, k) {
        return Some((next, p, Local::Digits));
    }
    let x = w.get(k)?;
    (x.num == Num::Other && is_local_label(x))
        .then(|| (k + 1, vec![(x.as_str().into(), k)], Local::Word))
}

/// `<part> (<separator>? <part>)* (at|@) <domain>` starting at word `i`: parts are words,
/// spelled letters and numbers; separators are "dot", "underscore", "dash"/"hyphen" and
/// "plus". Parts follow each other without a separator only where the later one is a number
/// ("nguyen eighty two" → `nguyen82`), so "is j smith at …" does not swallow "is j".
fn spoken_email(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    let (mut j, mut pieces, mut kind) = local_unit(w, i)?;
    // A one-word part from the stop list: "looked at …", "the 5 at …".
    let stop_at = |start: usize, end: usize| end == start + 1 && w[start].stop();
    let first_end = j;
    let mut parts = 1;
    let mut part_start = i;
    loop {
        if let Some(sep) = w.get(j).and_then(|x| local_separator(x)) {
            let Some((next, p, k)) = local_unit(w, j + 1) else {
                break;
            };
            pieces.push((sep.into(), j));
            pieces.extend(p);
            part_start = j + 1;
            (j, kind) = (next, k);
        } else if kind != Local::Digits {
            let Some((next, p)) = local_digits(w, j).filter(|_| !stop_at(part_start, j)) else {
                break;
            };
            pieces.extend(p);
            part_start = j;
            (j, kind) = (next, Local::Digits);
        } else {
            break;
        }
        parts += 1;
    }
    if !matches!(w.get(j).map(|x| x.as_str()), Some("at" | "@")) {
        return None;
    }
    if parts == 1 && stop_at(i, first_end) {
        return None;
    }
    let (end, domain) = domain(w, j + 1)?;
    pieces.push(("@".into(), j));
    pieces.extend(domain);
    Some((end, pieces))
}

/// A domain spoken with at least one "dot" ("example dot com", "w w w dot example dot co dot
/// uk"). Written domains ("example.com") are already one word and need no joining.
fn spoken_domain(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    domain(w, i).filter(|(end, _)| w[i..*end].iter().any(|x| x == "dot"))
}

/// One domain label at word `k`: a word, or spelled letters ("w w w", "a b c").
fn domain_label(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>)> {
    if let Some(run) = spelled_run(w, k, SPELLED_MIN_LETTERS, false) {
        return Some(run);
    }
    let x = w.get(k)?;
    is_domain_label(x).then(|| (k + 1, vec![(x.as_str().into(), k)]))
}

/// Whether the label made of `pieces` ends in a known top-level domain ("com", "gmail.com").
fn ends_in_tld(pieces: &[(Cow<'_, str>, usize)]) -> bool {
    match pieces {
        [(s, _)] => s.rsplit('.').next().is_some_and(is_known_tld),
        _ => is_known_tld(&pieces.iter().map(|(s, _)| s.as_ref()).collect::<String>()),
    }
}

/// The longest `<label> ((dot|dash) <label>)*` starting at word `j` whose last label ends in a
/// known top-level domain. The first label may be written ("gmail.com"), but not a stop word.
fn domain(w: &[Cleaned], j: usize) -> Option<(usize, Pieces<'_>)> {
    let (mut k, mut pieces) = domain_label(w, j)?;
    let first_end = k;
    // A written first label ("gmail.com") may already end the domain.
    let mut best = (pieces.len() == 1 && pieces[0].0.contains('.') && ends_in_tld(&pieces))
        .then_some((k, pieces.len()));
    while k + 1 < w.len() {
        let sep = match w[k].as_str() {
            "dot" => ".",
            "dash" | "hyphen" => "-",
            _ => break,
        };
        let Some((next, label)) = domain_label(w, k + 1) else {
            break;
        };
        let tld = sep == "." && ends_in_tld(&label);
        pieces.push((sep.into(), k));
        pieces.extend(label);
        k = next;
        if tld {
            best = Some((k, pieces.len()));
        }
    }
    let (end, n) = best?;
    if first_end == j + 1 && w[j].stop() {
        return None;
    }
    pieces.truncate(n);
    Some((end, pieces))
}

// ---- spelled letters ----------------------------------------------------------------------------

/// Fewest letters a spelled run without digits needs: fewer are words ("a", "i", "plan b").
const SPELLED_MIN_LETTERS: usize = 3;
/// Longest stretch of words one spelled run may take (a spelled IBAN is about 34 items), so a
/// long run of single letters costs linear time.
const MAX_SPELLED_WORDS: usize = 64;

const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";

/// The one-letter string for the lower-case letter `c`.
fn letter_str(c: u8) -> &'static str {
    let i = usize::from(c - b'a');
    &ALPHABET[i..=i]
}

/// The letter a one-letter word is.
fn single_letter(w: &str) -> Option<u8> {
    match w.as_bytes() {
        [c] if c.is_ascii_lowercase() => Some(*c),
        _ => None,
    }
}

/// The letter a spelled letter name stands for ("bee" → b, "aitch" → h). Most are also ordinary
/// words ("you", "see", "why"), so they count only between other letters or digits of a run.
fn letter_name(w: &str) -> Option<u8> {
    if w.len() > 6 {
        return None;
    }
    Some(match w {
        "bee" => b'b',
        "see" | "cee" => b'c',
        "dee" => b'd',
        "ee" => b'e',
        "eff" | "ef" => b'f',
        "gee" => b'g',
        "aitch" | "haitch" => b'h',
        "jay" => b'j',
        "kay" => b'k',
        "el" | "ell" => b'l',
        "em" => b'm',
        "en" => b'n',
        "pee" => b'p',
        "cue" | "queue" => b'q',
        "ar" => b'r',
        "ess" => b's',
        "tee" => b't',
        "you" => b'u',
        "vee" => b'v',
        "ex" => b'x',
        "why" => b'y',
        "zed" | "zee" => b'z',
        _ => return None,
    })
}

/// Letters written as one word: "s-m-i-t-h", "s.m.i.t.h" (two or more).
fn letter_word(w: &str) -> Option<String> {
    if !w.bytes().any(|c| c == b'-' || c == b'.') {
        return None;
    }
    let mut s = String::new();
    for part in w.split(['-', '.']) {
        s.push(char::from(single_letter(part)?));
    }
    (s.len() >= 2).then_some(s)
}

/// How a word can take part in a spelled run, for the streaming hold-back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// A letter, or letters written as one word: "s", "s-m-i-t-h".
    Letter,
    /// "a" or "i": a letter only next to other letters.
    Weak,
    /// A letter name ("bee", "you", "why"): a letter only inside a run.
    Name,
}

/// How the lower-case, punctuation-stripped word `w` can be part of a spelled run.
pub fn spelling(w: &str) -> Option<Spelling> {
    match single_letter(w) {
        Some(b'a' | b'i') => Some(Spelling::Weak),
        Some(_) => Some(Spelling::Letter),
        None if letter_name(w).is_some() => Some(Spelling::Name),
        None => letter_word(w).map(|_| Spelling::Letter),
    }
}

/// Whether the lower-case word `w` is a spoken ordinal ("fourteenth", "thirty-first").
pub fn is_ordinal_word(w: &str) -> bool {
    ordinal_value(w).is_some()
}

/// What one item of a spelled run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spell {
    /// Sure letters, and how many: "s", "s-m-i-t-h", "double l".
    Letters(usize),
    /// A letter spelled out ("d as in david"): a token even alone.
    AsIn,
    /// "a" or "i": a letter, but also a word, so never next to digits at a run's edge.
    Weak,
    /// A letter name ("bee", "double you"): a letter only between two strong items.
    Soft,
    /// A number inside the run ("a b one two three four").
    Digits,
}

impl Spell {
    fn letters(self) -> usize {
        match self {
            Spell::Letters(n) => n,
            Spell::AsIn | Spell::Weak | Spell::Soft => 1,
            Spell::Digits => 0,
        }
    }

    fn strong(self) -> bool {
        matches!(self, Spell::Letters(_) | Spell::AsIn | Spell::Digits)
    }
}

/// "d as in david", "em as in mary": the letter, standing for all four words. The example is a
/// word of two or more letters, not a stop word or a letter name, and after a letter name or
/// "a"/"i" it must start with the letter ("see as in the film", "why as in you", "I as in tea"
/// are not spelling).
fn as_in(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>, Spell)> {
    if w.get(k + 1)? != "as" || w.get(k + 2)? != "in" {
        return None;
    }
    let example = w.get(k + 3)?;
    let y = example.as_bytes();
    if y.len() < 2
        || !y[0].is_ascii_alphabetic()
        || !y.iter().all(|c| c.is_ascii_alphabetic() || *c == b'-')
        || example.stop()
        || example == "as"
        || letter_name(example).is_some()
    {
        return None;
    }
    let x = w[k].as_str();
    let c = match single_letter(x) {
        // "I, as in …" is a pronoun unless the example says the letter ("i as in india").
        Some(c @ (b'a' | b'i')) => Some(c).filter(|&c| y[0] == c),
        Some(c) => Some(c),
        None => letter_name(x).filter(|&c| y[0] == c),
    }?;
    Some((
        k + 4,
        vec![(letter_str(c).into(), k), ("".into(), k + 3)],
        Spell::AsIn,
    ))
}

/// One letter item at word `k`.
fn letter_item(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>, Spell)> {
    let x = w.get(k)?.as_str();
    if let Some(item) = as_in(w, k) {
        return Some(item);
    }
    if let Some(c) = single_letter(x) {
        let kind = if matches!(c, b'a' | b'i') {
            Spell::Weak
        } else {
            Spell::Letters(1)
        };
        return Some((k + 1, vec![(x.into(), k)], kind));
    }
    if let Some(s) = letter_word(x) {
        let n = s.len();
        return Some((k + 1, vec![(s.into(), k)], Spell::Letters(n)));
    }
    let repeat = match x {
        "double" => 2,
        "triple" => 3,
        _ => return letter_name(x).map(|c| (k + 1, vec![(letter_str(c).into(), k)], Spell::Soft)),
    };
    let y = w.get(k + 1)?;
    if let Some(c) = single_letter(y) {
        let item = vec![
            (letter_str(c).repeat(repeat - 1).into(), k),
            (y.as_str().into(), k + 1),
        ];
        return Some((k + 2, item, Spell::Letters(repeat)));
    }
    (repeat == 2 && y == "you").then(|| {
        (
            k + 2,
            vec![("w".into(), k), ("".into(), k + 1)],
            Spell::Soft,
        )
    })
}

/// One item of a spelled run at word `k`, after an item of kind `prev` (`None`: the run's
/// first, which must be a letter).
fn spell_item(w: &[Cleaned], k: usize, prev: Option<Spell>) -> Option<(usize, Pieces<'_>, Spell)> {
    let x = w.get(k)?.as_str();
    let o =
        x == "o" || (matches!(x, "double" | "triple") && w.get(k + 1).is_some_and(|y| y == "o"));
    // "o" is a letter after a letter ("k o w"), otherwise a zero ("d one o five"); at the
    // start, a zero when digits follow ("o five five" is a number, not a run).
    if o && !prev.is_some_and(|p| p != Spell::Digits) {
        match prev {
            Some(_) => return number_item(w, k, false).map(|(n, p)| (n, p, Spell::Digits)),
            None if number_item(w, k, true).is_some() => return None,
            None => {}
        }
    }
    if let Some(item) = letter_item(w, k) {
        return Some(item);
    }
    // A run starts with a letter; an ordinal ("twenty first") ends it.
    if prev.is_none() || ordinal(w, k).is_some() {
        return None;
    }
    number_item(w, k, false).map(|(n, p)| (n, p, Spell::Digits))
}

/// A spelled run starting at word `i`, as one token: letters ("s m i t h", "s. m. i. t. h.",
/// "S-M-I-T-H", "k as in kilo o w a l s k i" → `smith`, `kowalski`) and the digits said
/// among them ("G B eight two W E S T one two …" → `gb82west12…`, "D one two three" → `d123`).
/// It starts with a letter; without digits it needs `min_letters` letters. Letter names count
/// only between two sure letters or digits, and "a"/"i" never next to digits at its edges, so
/// "plan b see you", "I see a" and "a 1234" are left alone. With `joiners`, dashes and
/// punctuation-only words between items are dropped as in digit runs.
fn spelled_run(
    w: &[Cleaned],
    i: usize,
    min_letters: usize,
    joiners: bool,
) -> Option<(usize, Pieces<'_>)> {
    if !w.get(i)?.spell {
        return None;
    }
    let first = spell_item(w, i, None)?;
    if first.2 == Spell::Soft {
        return None;
    }
    let mut items = vec![first];
    let mut k = items[0].0;
    while k < w.len() && k - i < MAX_SPELLED_WORDS {
        let mut j = k;
        if joiners {
            while j < w.len() && class_at(w, j) == Num::Joiner {
                j += 1;
            }
        }
        let Some(item) = spell_item(w, j, items.last().map(|x| x.2)) else {
            break;
        };
        k = item.0;
        items.push(item);
    }
    // Cut the run at the first stretch of letter names without a strong item somewhere before
    // it and one right after it ("a"/"i" in between allowed: "t a why l o r", "s aitch a w").
    let mut strong_before = false;
    let mut a = 0;
    while a < items.len() {
        if items[a].2 != Spell::Soft {
            strong_before |= items[a].2.strong();
            a += 1;
            continue;
        }
        let b = (a..items.len())
            .find(|&b| !matches!(items[b].2, Spell::Soft | Spell::Weak))
            .unwrap_or(items.len());
        if !(strong_before && b < items.len() && items[b].2.strong()) {
            items.truncate(a);
            break;
        }
        a = b;
    }
    // "a"/"i" right after digits is a word ("… 1234 a …"), and so is one right before them.
    while let [.., (_, _, Spell::Digits), (_, _, Spell::Weak)] = items[..] {
        items.pop();
    }
    if let [(_, _, Spell::Weak), (_, _, Spell::Digits), ..] = items[..] {
        return None;
    }
    let letters: usize = items.iter().map(|x| x.2.letters()).sum();
    let digits = items.iter().any(|x| x.2 == Spell::Digits);
    let spelled = items.iter().any(|x| x.2 == Spell::AsIn);
    // Without digits, at least one sure letter: "i a" and "a see i" are words.
    let sure = items
        .iter()
        .any(|x| matches!(x.2, Spell::Letters(_) | Spell::AsIn));
    if !digits && !spelled && (letters < min_letters || !sure) {
        return None;
    }
    let end = items.last().map(|x| x.0)?;
    Some((end, items.into_iter().flat_map(|x| x.1).collect()))
}

// ---- numbers ------------------------------------------------------------------------------------

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const TEENS: [&str; 10] = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"];
const TENS: [&str; 10] = ["", "", "20", "30", "40", "50", "60", "70", "80", "90"];

const UNITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEEN_WORDS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS_WORDS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// What a cleaned word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Num {
    /// zero … nine.
    Digit(usize),
    /// "oh" or "o": a zero only beside other digits ("four oh five"), otherwise an interjection
    /// (or, in a spelled run, a letter).
    Oh,
    /// ten … nineteen (index into `TEENS`).
    Teen(usize),
    /// twenty … ninety (index into `TENS`).
    Tens(usize),
    /// A hyphenated "twenty-six": tens index and unit digit.
    Compound(usize, usize),
    Hundred,
    Thousand,
    /// "double" / "triple" before a digit.
    Repeat(usize),
    /// Digits as written, possibly grouped: "4111", "415-555", "(415)", "80,304", "+44".
    Written,
    /// Spoken "plus" before a number.
    Plus,
    /// Dropped between two numbers: "dash", "hyphen" or a punctuation-only word ("-", "—").
    Joiner,
    /// Spoken "dot"/"point" between two numbers: kept as ".".
    Point,
    /// Spoken "slash" between two numbers: kept as "/" ("oh four slash twenty seven").
    Slash,
    Other,
}

/// Whether a lower-case, punctuation-stripped word can be part of a spoken number ("four",
/// "oh", "twenty-one", "double", "hundred", "dash", "point"): the streaming detector holds such
/// words back in case the number continues in the next segment.
pub fn is_number_word(w: &str) -> bool {
    !matches!(classify(w), Num::Other | Num::Written) && !w.is_empty()
}

fn classify(w: &str) -> Num {
    if let Some(d) = UNITS.iter().position(|&u| u == w) {
        return Num::Digit(d);
    }
    if let Some(t) = TEEN_WORDS.iter().position(|&u| u == w) {
        return Num::Teen(t);
    }
    if let Some(t) = tens_index(w) {
        return Num::Tens(t);
    }
    match w {
        "oh" | "o" => Num::Oh,
        "hundred" => Num::Hundred,
        "thousand" => Num::Thousand,
        "double" => Num::Repeat(2),
        "triple" => Num::Repeat(3),
        "plus" => Num::Plus,
        "" | "dash" | "hyphen" => Num::Joiner,
        "dot" | "point" => Num::Point,
        "slash" => Num::Slash,
        _ if written_digits(w).is_some() => Num::Written,
        _ => match w.split_once('-') {
            Some((t, u)) => match (tens_index(t), UNITS.iter().position(|&x| x == u)) {
                (Some(t), Some(u)) if u > 0 => Num::Compound(t, u),
                _ => Num::Other,
            },
            None => Num::Other,
        },
    }
}

fn tens_index(w: &str) -> Option<usize> {
    TENS_WORDS.iter().position(|&u| !u.is_empty() && u == w)
}

/// The digits of a written number that may join a run, with whether it had a leading `+`.
/// `None` for anything else, including dotted quads, decimals and numeric dates, which keep
/// their separators.
fn written_digits(w: &str) -> Option<(bool, String)> {
    let b = w.as_bytes();
    let allowed = |c: &u8| c.is_ascii_digit() || b",-().".contains(c);
    let (plus, rest) = match b.split_first() {
        Some((b'+', rest)) => (true, rest),
        _ => (false, b),
    };
    if !rest.iter().any(u8::is_ascii_digit) || !rest.iter().all(allowed) {
        return None;
    }
    let dots = rest.iter().filter(|&&c| c == b'.').count();
    let digits: String = rest
        .iter()
        .filter(|c| c.is_ascii_digit())
        .map(|&c| char::from(c))
        .collect();
    let s = std::str::from_utf8(rest).unwrap_or_default();
    let quad = {
        let parts: Vec<&str> = s.split('.').collect();
        parts.len() == 4
            && parts
                .iter()
                .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
    };
    // One dot between two groups of three or more digits ("77734 192.058") is how Whisper
    // writes a digit group, not a decimal: spoken decimals come out as "3.5" or "12.75".
    let grouped = dots == 1
        && s.split_once('.').is_some_and(|(a, b)| {
            a.len() >= 3 && b.len() == 3 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        });
    ((dots != 1 || grouped) && !quad && !numeric_date(s)).then_some((plus, digits))
}

fn class_at(w: &[Cleaned], k: usize) -> Num {
    w.get(k).map_or(Num::Other, |x| x.num)
}

/// A run of numbers starting at word `i`, joined into one token.
fn digit_run(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    let mut pieces = Pieces::new();
    let mut k = i;
    // "plus" starts a number ("plus four four …"), but after one it is arithmetic ("two plus two").
    let after_number = i > 0
        && !matches!(
            class_at(w, i - 1),
            Num::Plus | Num::Joiner | Num::Point | Num::Slash | Num::Other
        );
    if class_at(w, i) == Num::Plus && !after_number && number_item(w, i + 1, false).is_some() {
        pieces.push(("+".into(), i));
        k += 1;
    }
    let mut items = 0;
    loop {
        // An ordinal ("twenty first") is its own token, never the tail of a run.
        if items > 0 && ordinal(w, k).is_some() {
            break;
        }
        if let Some((next, item)) = number_item(w, k, pieces.is_empty()) {
            pieces.extend(item);
            items += 1;
            k = next;
            continue;
        }
        // A joiner continues the run only between two numbers.
        let joiner = class_at(w, k);
        if items == 0 || !matches!(joiner, Num::Joiner | Num::Point | Num::Slash) {
            break;
        }
        let Some((next, item)) = number_item(w, k + 1, false) else {
            break;
        };
        match joiner {
            Num::Point => pieces.push((".".into(), k)),
            Num::Slash => pieces.push(("/".into(), k)),
            _ => {}
        }
        pieces.extend(item);
        items += 1;
        k = next;
    }
    (items > 0).then_some((k, pieces))
}

/// One number at word `k` (possibly several words: "twenty six", "five hundred twelve", "double
/// five", "two thousand and five"); `first` when it would start the run.
fn number_item(w: &[Cleaned], k: usize, first: bool) -> Option<(usize, Pieces<'_>)> {
    let spoken = match class_at(w, k) {
        Num::Digit(d) => hundred(w, k + 1, vec![(DIGITS[d].into(), k)]),
        Num::Teen(t) => hundred(w, k + 1, vec![(TEENS[t].into(), k)]),
        Num::Tens(_) | Num::Compound(..) => tens(w, k)?,
        // "a hundred" / "a thousand" only start a number; mid-run they end one.
        Num::Hundred if first => hundred(w, k, vec![("1".into(), k)]),
        Num::Thousand if first => return Some(thousand(w, k, vec![("1".into(), k)])),
        Num::Repeat(r) => {
            let d = match class_at(w, k + 1) {
                Num::Digit(d) => d,
                Num::Oh => 0,
                _ => return None,
            };
            return Some((
                k + 2,
                vec![
                    (DIGITS[d].repeat(r - 1).into(), k),
                    (DIGITS[d].into(), k + 1),
                ],
            ));
        }
        Num::Oh if !first || oh_leads_digits(w, k) => return Some((k + 1, vec![("0".into(), k)])),
        Num::Written => {
            let (plus, digits) = written_digits(&w[k])?;
            if plus && !first {
                return None;
            }
            let token = if plus { format!("+{digits}") } else { digits };
            return Some((k + 1, vec![(token.into(), k)]));
        }
        _ => return None,
    };
    let (next, lead) = spoken;
    Some(if class_at(w, next) == Num::Thousand {
        thousand(w, next, lead)
    } else {
        (next, lead)
    })
}

/// "twenty" → `20`, "twenty six" / "twenty-six" → `26`, "fifteen" → `15` at word `k`.
fn tens(w: &[Cleaned], k: usize) -> Option<(usize, Pieces<'_>)> {
    match (class_at(w, k), class_at(w, k + 1)) {
        (Num::Tens(t), Num::Digit(u)) if u > 0 => Some((
            k + 2,
            vec![(DIGITS[t].into(), k), (DIGITS[u].into(), k + 1)],
        )),
        (Num::Tens(t), _) => Some((k + 1, vec![(TENS[t].into(), k)])),
        (Num::Compound(t, u), _) => Some((k + 1, vec![(format!("{t}{u}").into(), k)])),
        (Num::Teen(t), _) => Some((k + 1, vec![(TEENS[t].into(), k)])),
        _ => None,
    }
}

/// Where the number after a "hundred"/"thousand" at `k` starts: `k + 1`, or past a British
/// "and" that is followed by a number ("five hundred and twelve"); a trailing "and" ("two
/// hundred and then …") is left alone.
fn after_scale(w: &[Cleaned], k: usize) -> usize {
    let follows = |j| {
        matches!(
            class_at(w, j),
            Num::Digit(1..) | Num::Teen(_) | Num::Tens(_) | Num::Compound(..)
        )
    };
    if w.get(k + 1).is_some_and(|x| x == "and") && follows(k + 2) {
        k + 2
    } else {
        k + 1
    }
}

/// After leading digits `lead` ending before word `k`: if `k` is "hundred", the hundreds form
/// ("five hundred" → `500`, "five hundred five" → `505`, "nineteen hundred eighty two" → `1982`).
fn hundred<'a>(w: &'a [Cleaned], k: usize, mut lead: Pieces<'a>) -> (usize, Pieces<'a>) {
    if class_at(w, k) != Num::Hundred {
        return (k, lead);
    }
    let j = after_scale(w, k);
    if let Some((next, rest)) = tens(w, j) {
        lead.extend(rest);
        return (next, lead);
    }
    match class_at(w, j) {
        Num::Digit(u) if u > 0 => {
            lead.push(("0".into(), k));
            lead.push((DIGITS[u].into(), j));
            (j + 1, lead)
        }
        _ => {
            lead.push(("00".into(), k));
            (k + 1, lead)
        }
    }
}

/// `lead` thousand at word `k` plus an optional remainder below a thousand, zero-padded to three
/// digits ("two thousand and five" → `2005`, "two thousand twenty two" → `2022`, "five
/// thousand" → `5000`). The padding zeros belong to the word "thousand".
fn thousand<'a>(w: &'a [Cleaned], k: usize, mut lead: Pieces<'a>) -> (usize, Pieces<'a>) {
    let j = after_scale(w, k);
    let rest = match class_at(w, j) {
        Num::Digit(u) if u > 0 => Some(hundred(w, j + 1, vec![(DIGITS[u].into(), j)])),
        Num::Teen(_) | Num::Tens(_) | Num::Compound(..) => tens(w, j),
        _ => None,
    };
    match rest {
        Some((next, rest)) => {
            let len: usize = rest.iter().map(|(s, _)| s.len()).sum();
            if len < 3 {
                lead.push(("0".repeat(3 - len).into(), k));
            }
            lead.extend(rest);
            (next, lead)
        }
        None => {
            lead.push(("000".into(), k));
            (k + 1, lead)
        }
    }
}

/// Whether the "oh"s starting at word `k` are followed by a digit ("oh five" yes, "oh well" no).
fn oh_leads_digits(w: &[Cleaned], k: usize) -> bool {
    let next = (k..w.len())
        .find(|&x| class_at(w, x) != Num::Oh)
        .unwrap_or(w.len());
    matches!(
        class_at(w, next),
        Num::Digit(_)
            | Num::Teen(_)
            | Num::Tens(_)
            | Num::Compound(..)
            | Num::Repeat(_)
            | Num::Written
    )
}

// ---- ordinals and dates -------------------------------------------------------------------------

/// The value of a one-word ordinal: "first" → 1, "fourteenth" → 14, "thirty-first" → 31.
fn ordinal_value(w: &str) -> Option<usize> {
    if !["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)) {
        return None;
    }
    const UNIT_ORD: [&str; 10] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEEN_ORD: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS_ORD: [&str; 10] = [
        "",
        "",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let unit = |x: &str| UNIT_ORD.iter().position(|&u| !u.is_empty() && u == x);
    if let Some(u) = unit(w) {
        return Some(u);
    }
    if let Some(t) = TEEN_ORD.iter().position(|&u| u == w) {
        return Some(10 + t);
    }
    if let Some(t) = TENS_ORD.iter().position(|&u| !u.is_empty() && u == w) {
        return Some(10 * t);
    }
    let (t, u) = w.split_once('-')?;
    Some(10 * tens_index(t)? + unit(u)?)
}

/// `14` → `14th`, `1` → `1st`, `22` → `22nd`, `13` → `13th`.
fn ordinal_suffix(n: usize) -> &'static str {
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

/// A spoken ordinal at word `i` ("fourteenth", "thirty-first", "twenty first") as one written
/// ordinal token (`14th`, `31st`, `21st`).
fn ordinal(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    if let Some(n) = w.get(i).and_then(|x| x.ordinal) {
        return Some((i + 1, vec![(format!("{n}{}", ordinal_suffix(n)).into(), i)]));
    }
    let Num::Tens(t) = class_at(w, i) else {
        return None;
    };
    let u = w
        .get(i + 1)
        .and_then(|x| x.ordinal)
        .filter(|u| (1..=9).contains(u))?;
    let n = 10 * t + u;
    Some((
        i + 2,
        vec![
            (DIGITS[t].into(), i),
            (format!("{u}{}", ordinal_suffix(n)).into(), i + 1),
        ],
    ))
}

/// The month (1–12) a word names: full names and the usual abbreviations.
pub fn month_number(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(m) = MONTHS.iter().position(|&m| m == w) {
        return u32::try_from(m + 1).ok();
    }
    let m = match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// A day number right after a month name and before a year ("March 14, 1982", "march fourteen
/// nineteen eighty two", "march fourteen oh five"): just the day, so the run joiner does not glue
/// it to the year. A two-digit year counts only when it starts with "oh": "march twenty twenty
/// one" is March 2021.
fn day_before_year(w: &[Cleaned], i: usize) -> Option<(usize, Pieces<'_>)> {
    if i == 0 || month_number(&w[i - 1]).is_none() {
        return None;
    }
    let (next, day) = number_item(w, i, true)?;
    let day_digits: String = day.iter().map(|(s, _)| s.as_ref()).collect();
    if day_digits.len() > 2 || !(1..=31).contains(&day_digits.parse::<u32>().ok()?) {
        return None;
    }
    // Punctuation-only words ("," on its own) may stand between day and year.
    let j = (next..w.len()).find(|&j| !w[j].is_empty())?;
    let (_, year) = digit_run(w, j)?;
    let year: String = year.iter().map(|(s, _)| s.as_ref()).collect();
    let full = year.len() == 4 && (1000..=2999).contains(&year.parse::<u32>().ok()?);
    let oh = year.len() == 2 && class_at(w, j) == Num::Oh;
    (full || oh).then_some((next, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn norm(words: &str) -> NormalizedText {
        NormalizedText::new(&words.split(' ').collect::<Vec<_>>())
    }

    /// The words behind the first occurrence of `needle` in the view.
    fn words_of(n: &NormalizedText, needle: &str) -> Range<usize> {
        let start = n
            .text()
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {:?}", n.text()));
        n.word_range(start..start + needle.len())
    }

    #[test]
    fn cleans_case_and_punctuation() {
        assert_eq!(
            norm("Hello, World! \"Quoted\" (x)").text(),
            "hello world quoted x"
        );
        assert_eq!(norm("... ok").text(), "ok");
    }

    #[test]
    fn spoken_digits_become_one_run() {
        let n = norm(
            "my card is four one one one one one one one one one one one one one one one thanks",
        );
        assert_eq!(n.text(), "my card is 4111111111111111 thanks");
        assert_eq!(words_of(&n, "4111111111111111"), 3..19);
    }

    #[test]
    fn written_groups_join_across_separators() {
        assert_eq!(norm("call 415-555-2671 now").text(), "call 4155552671 now");
        assert_eq!(norm("call (415) 555-2671.").text(), "call 4155552671");
        assert_eq!(norm("4111 1111 1111 1111").text(), "4111111111111111");
        assert_eq!(norm("+1 415 555 2671").text(), "+14155552671");
        assert_eq!(norm("415.555.2671").text(), "4155552671");
        assert_eq!(norm("80,304 people").text(), "80304 people");
        let n = norm("415 dash 555 dash 2671");
        assert_eq!(n.text(), "4155552671");
        assert_eq!(words_of(&n, "4155552671"), 0..5);
        // Mixed written and spoken.
        assert_eq!(norm("415 five five five 2671").text(), "4155552671");
    }

    #[test]
    fn compound_number_words() {
        assert_eq!(norm("twenty six").text(), "26");
        assert_eq!(norm("twenty").text(), "20");
        assert_eq!(norm("nineteen eighty two").text(), "1982");
        assert_eq!(norm("five hundred").text(), "500");
        assert_eq!(norm("five hundred twelve").text(), "512");
        assert_eq!(norm("five hundred five").text(), "505");
        assert_eq!(norm("nineteen hundred eighty two").text(), "1982");
        assert_eq!(norm("a hundred days").text(), "a 100 days");
        assert_eq!(
            norm("four one five five fifty five twenty six seventy one").text(),
            "4155552671"
        );
    }

    #[test]
    fn double_triple_and_oh() {
        let n = norm("double five triple oh");
        assert_eq!(n.text(), "55000");
        // The repeated digit belongs to "double", the last to the digit word.
        assert_eq!(n.word_range(0..1), 0..1);
        assert_eq!(n.word_range(1..2), 1..2);
        assert_eq!(norm("four oh five").text(), "405");
        assert_eq!(norm("oh five").text(), "05");
        assert_eq!(norm("oh my god").text(), "oh my god");
        assert_eq!(norm("oh oh").text(), "oh oh");
        assert_eq!(norm("double trouble").text(), "double trouble");
    }

    #[test]
    fn plus_starts_a_number_only() {
        assert_eq!(norm("plus four four").text(), "+44");
        assert_eq!(norm("two plus two").text(), "2 plus 2");
        assert_eq!(norm("415 +44").text(), "415 +44");
    }

    #[test]
    fn a_dot_between_digit_groups_joins_them() {
        assert_eq!(
            norm("my count number is 77734 192.058.").text(),
            "my count number is 77734192058"
        );
        assert_eq!(norm("it costs 3.5 dollars").text(), "it costs 3.5 dollars");
    }

    #[test]
    fn dotted_quads_and_decimals_keep_their_dots() {
        assert_eq!(
            norm("server 192.168.1.1 is up").text(),
            "server 192.168.1.1 is up"
        );
        assert_eq!(norm("3.5 percent").text(), "3.5 percent");
        assert_eq!(
            norm("one nine two dot one six eight dot one dot one").text(),
            "192.168.1.1"
        );
        assert_eq!(norm("three point five").text(), "3.5");
        // A trailing joiner is not part of the number.
        assert_eq!(norm("five dash").text(), "5 dash");
        assert_eq!(norm("five dot").text(), "5 dot");
    }

    #[test]
    fn dates_and_prices_are_not_runs() {
        assert_eq!(norm("12/25/1982").text(), "12/25/1982");
        assert_eq!(norm("1982-03-14.").text(), "1982-03-14");
        assert_eq!(norm("25.12.1982").text(), "25.12.1982");
        assert_eq!(norm("4111-1111-1111-1111").text(), "4111111111111111");
        assert_eq!(norm("$1,299.99").text(), "$1,299.99");
    }

    #[test]
    fn thousands_and_british_and() {
        assert_eq!(norm("two thousand and five").text(), "2005");
        assert_eq!(norm("two thousand twenty two").text(), "2022");
        assert_eq!(norm("two thousand and twenty-two").text(), "2022");
        assert_eq!(norm("five thousand people").text(), "5000 people");
        assert_eq!(norm("a thousand days").text(), "a 1000 days");
        assert_eq!(norm("two thousand five hundred").text(), "2500");
        assert_eq!(norm("five hundred and twelve").text(), "512");
        assert_eq!(norm("nineteen hundred and eighty two").text(), "1982");
        // A trailing "and" is not part of the number.
        assert_eq!(norm("two hundred and then").text(), "200 and then");
        assert_eq!(norm("two thousand and so on").text(), "2000 and so on");
        let n = norm("in two thousand and five ok");
        assert_eq!(words_of(&n, "2005"), 1..5);
        assert_eq!(norm("twenty-six").text(), "26");
        assert_eq!(norm("four-ish").text(), "four-ish");
    }

    #[test]
    fn ordinals_become_written_ordinals() {
        assert_eq!(norm("the fourteenth of march").text(), "the 14th of march");
        assert_eq!(norm("first second third").text(), "1st 2nd 3rd");
        assert_eq!(norm("thirty-first").text(), "31st");
        assert_eq!(norm("twenty first").text(), "21st");
        assert_eq!(norm("twenty second").text(), "22nd");
        assert_eq!(norm("eleventh twelfth thirtieth").text(), "11th 12th 30th");
        let n = norm("on the twenty third");
        assert_eq!(words_of(&n, "23rd"), 2..4);
        // An ordinal never joins a digit run.
        assert_eq!(norm("the second 555 1234").text(), "the 2nd 5551234");
        assert_eq!(norm("nineteen twenty first").text(), "19 21st");
        assert_eq!(norm("14th").text(), "14th");
    }

    #[test]
    fn month_day_year_keep_their_parts() {
        let n = norm("My date of birth is March 14, 1982.");
        assert_eq!(n.text(), "my date of birth is march 14 1982");
        assert_eq!(words_of(&n, "14"), 6..7);
        assert_eq!(words_of(&n, "1982"), 7..8);
        assert_eq!(
            norm("march fourteen nineteen eighty two").text(),
            "march 14 1982"
        );
        assert_eq!(
            norm("march twenty one , two thousand and five").text(),
            "march 21 2005"
        );
        assert_eq!(
            norm("march fourteenth nineteen eighty two").text(),
            "march 14th 1982"
        );
        // A year alone after a month is still one number.
        assert_eq!(norm("march nineteen eighty two").text(), "march 1982");
        assert_eq!(norm("march twenty twenty one").text(), "march 2021");
        // No year after it: the run is left as it was.
        assert_eq!(norm("may 5551234").text(), "may 5551234");
        assert_eq!(norm("on 14 1982").text(), "on 141982");
    }

    #[test]
    fn whisper_transcripts() {
        let n = norm("My card number is 4539 148 0343 6467");
        assert_eq!(n.text(), "my card number is 453914803436467");
        assert_eq!(words_of(&n, "453914803436467"), 4..8);
        let n = norm("My count number is 7-7-3-4, 192-058.");
        assert_eq!(n.text(), "my count number is 7734192058");
        assert_eq!(words_of(&n, "7734192058"), 4..6);
        assert_eq!(
            norm("My Obenas GB82, WEST-1234-5698-7654-32.").text(),
            "my obenas gb82 west-1234-5698-7654-32"
        );
    }

    #[test]
    fn spoken_email() {
        let n = norm("it is sarah dot johnson at gmail dot com thanks");
        assert_eq!(n.text(), "it is sarah.johnson@gmail.com thanks");
        assert_eq!(words_of(&n, "sarah.johnson@gmail.com"), 2..9);
        assert_eq!(
            norm("john underscore smith at example dot co dot uk").text(),
            "john_smith@example.co.uk"
        );
        assert_eq!(
            norm("Sarah.Johnson at gmail.com").text(),
            "sarah.johnson@gmail.com"
        );
        // Overshooting labels are trimmed back to the last known TLD.
        assert_eq!(
            norm("bob at mail dot com dot she").text(),
            "bob@mail.com dot she"
        );
    }

    #[test]
    fn at_and_dot_in_ordinary_speech_are_left_alone() {
        for s in [
            "we met at the store dot",
            "i looked at google dot store",
            "look at it",
            "email me at home",
            "the dot com bubble",
            "she arrived at noon",
        ] {
            let n = norm(s);
            assert!(!n.text().contains('@'), "{s} -> {}", n.text());
        }
        assert_eq!(norm("the dot com bubble").text(), "the dot com bubble");
        assert_eq!(
            norm("looked at amazon dot com").text(),
            "looked at amazon.com"
        );
    }

    #[test]
    fn spoken_domains() {
        let n = norm("visit w w w dot example dot com today");
        assert_eq!(n.text(), "visit www.example.com today");
        assert_eq!(words_of(&n, "www.example.com"), 1..8);
        assert_eq!(norm("example dot org").text(), "example.org");
        assert_eq!(norm("example dot nothing").text(), "example dot nothing");
    }

    #[test]
    fn word_range_edges() {
        let n = norm("a b");
        assert_eq!(n.word_range(0..0), 0..0);
        assert_eq!(n.word_range(3..3), 2..2);
        assert_eq!(n.word_range(0..100), 0..2);
        assert_eq!(n.word_range(2..3), 1..2);
        let empty = NormalizedText::new::<&str>(&[]);
        assert_eq!(empty.text(), "");
        assert_eq!(empty.word_range(0..5), 0..0);
        // Punctuation-only words produce no bytes but keep indices aligned.
        let n = NormalizedText::new(&["hi", "—", "...", "there"]);
        assert_eq!(n.text(), "hi there");
        assert_eq!(words_of(&n, "there"), 3..4);
    }

    #[test]
    fn spelled_letters_become_one_token() {
        for s in [
            "S M I T H",
            "s. m. i. t. h.",
            "S-M-I-T-H",
            "S.M.I.T.H.",
            "s - m - i - t - h",
            "s m i t h",
        ] {
            assert_eq!(norm(s).text(), "smith", "{s}");
        }
        let n = norm("it is S M I T H thanks");
        assert_eq!(n.text(), "it is smith thanks");
        assert_eq!(words_of(&n, "smith"), 2..7);
        assert_eq!(norm("k o w a l s k i").text(), "kowalski");
        assert_eq!(norm("j o h n s o n").text(), "johnson");
        // "double l" and "triple x".
        assert_eq!(norm("b o double l").text(), "boll");
        assert_eq!(norm("m i double s").text(), "miss");
        assert_eq!(norm("x triple x").text(), "xxxx");
    }

    #[test]
    fn single_letters_in_speech_are_left_alone() {
        for s in [
            "a cat and i",
            "i am a b student",
            "plan b",
            "u.s",
            "take a 5 minute break",
            "i 5",
            "vitamin",
        ] {
            assert_eq!(norm(s).text(), s, "{s}");
        }
        // Three letters are a spelled run: acronyms join, harmlessly.
        assert_eq!(norm("the f b i").text(), "the fbi");
    }

    #[test]
    fn letter_names_count_only_inside_a_run() {
        for s in [
            "i see you",
            "see you why",
            "you see",
            "plan b see you",
            "i see a problem",
            "thank you",
            "why bee",
            "double you",
            "s m i t h see you later",
        ] {
            let n = norm(s);
            assert!(
                !n.text().contains("cu") && !n.text().contains("ica"),
                "{s} -> {}",
                n.text()
            );
        }
        assert_eq!(
            norm("s m i t h see you later").text(),
            "smith see you later"
        );
        // Between sure letters or digits they are letters.
        assert_eq!(norm("s see o t t").text(), "scott");
        assert_eq!(norm("b ee e").text(), "bee");
        assert_eq!(norm("t a why l o r").text(), "taylor");
        assert_eq!(norm("n g you y e n").text(), "nguyen");
        assert_eq!(norm("a b see d").text(), "abcd");
        assert_eq!(norm("w double you w").text(), "www");
        let n = norm("s aitch a w");
        assert_eq!(n.text(), "shaw");
        assert_eq!(n.word_range(1..2), 1..2);
        // "zed", "zee", "ex", "cue", "pee", "ar", "ess", "tee", "vee", "el", "em", "en", "jay",
        // "kay", "gee", "eff", "dee", "bee".
        assert_eq!(
            norm("x a zed b zee c ex d cue e pee f ar g ess h tee j vee k el l em m en n jay o kay p gee q eff r dee s bee t").text(),
            "xazbzcxdqepfrgshtjvkllmmnnjokpgqfrdsbt"
        );
    }

    #[test]
    fn spelled_ids_with_digits() {
        let n = norm("my licence is D one two three four five six seven ok");
        assert_eq!(n.text(), "my licence is d1234567 ok");
        assert_eq!(words_of(&n, "d1234567"), 3..11);
        assert_eq!(norm("A B 1 2 3 4").text(), "ab1234");
        assert_eq!(norm("a b one two three four").text(), "ab1234");
        assert_eq!(norm("x y twelve thirty four").text(), "xy1234");
        assert_eq!(
            norm("G B eight two W E S T one two three four five six nine eight seven six five four three two").text(),
            "gb82west12345698765432"
        );
        assert_eq!(
            norm("G B 8 2, W E S T, 1 2 3 4, 5 6 9 8, 7 6 5 4, 3 2.").text(),
            "gb82west12345698765432"
        );
        assert_eq!(
            norm("n l nine one a b n a zero four one seven one six four three zero zero").text(),
            "nl91abna0417164300"
        );
        // A letter after the digits ends a UK National Insurance number.
        assert_eq!(
            norm("q q one two three four five six c").text(),
            "qq123456c"
        );
        assert_eq!(
            norm("passport x y dash one two three").text(),
            "passport xy123"
        );
        // "o" after a letter is the letter, after a digit a zero.
        assert_eq!(norm("d o one two").text(), "do12");
        assert_eq!(norm("d one o two").text(), "d102");
        assert_eq!(norm("d one double o two").text(), "d1002");
        // "a" and "i" next to digits are words.
        assert_eq!(norm("a 1234").text(), "a 1234");
        assert_eq!(norm("i 555 1234").text(), "i 5551234");
        assert_eq!(norm("d 1234 a day").text(), "d1234 a day");
        // A run never starts with digits: a digit run stays a digit run.
        assert_eq!(norm("4111 1111 b").text(), "41111111 b");
        // An ordinal ends a run.
        assert_eq!(norm("a b c twenty first").text(), "abc 21st");
    }

    #[test]
    fn as_in_spelling() {
        let n = norm("it is D as in David thanks");
        assert_eq!(n.text(), "it is d thanks");
        assert_eq!(words_of(&n, "d"), 2..6);
        assert_eq!(norm("M as in Mary").text(), "m");
        let n = norm("k as in kilo o w a l s k i");
        assert_eq!(n.text(), "kowalski");
        assert_eq!(words_of(&n, "kowalski"), 0..11);
        assert_eq!(n.word_range(0..1), 0..4, "the k stands for 'k as in kilo'");
        assert_eq!(n.word_range(1..2), 4..5);
        assert_eq!(norm("s as in sam m i t h as in harry").text(), "smith");
        assert_eq!(norm("em as in mary a r y").text(), "mary");
        assert_eq!(norm("b as in x-ray one two").text(), "b12");
        // A letter name needs a matching example word; an ordinary "as in" stays.
        assert_eq!(norm("see as in the film").text(), "see as in the film");
        assert_eq!(norm("such as in march").text(), "such as in march");
        assert_eq!(norm("d as in").text(), "d as in");
        assert_eq!(norm("i as in india").text(), "i");
        assert_eq!(norm("i as in tea").text(), "i as in tea");
    }

    #[test]
    fn double_you_stands_for_both_words() {
        let n = norm("a b double you x");
        assert_eq!(n.text(), "abwx");
        assert_eq!(n.word_range(2..3), 2..4);
        assert_eq!(n.word_range(3..4), 4..5);
    }

    #[test]
    fn spoken_email_with_spelling_digits_and_separators() {
        let n = norm("it is r dot kowalski at gmail dot com ok");
        assert_eq!(n.text(), "it is r.kowalski@gmail.com ok");
        assert_eq!(words_of(&n, "r.kowalski@gmail.com"), 2..9);
        let n = norm("j underscore nguyen eighty two at outlook dot com");
        assert_eq!(n.text(), "j_nguyen82@outlook.com");
        assert_eq!(words_of(&n, "j_nguyen82@outlook.com"), 0..9);
        assert_eq!(norm("s m i t h at gmail dot com").text(), "smith@gmail.com");
        assert_eq!(
            norm("j o h n dot s m i t h one nine at yahoo dot co dot uk").text(),
            "john.smith19@yahoo.co.uk"
        );
        assert_eq!(
            norm("mary dash ann plus news at proton dot org").text(),
            "mary-ann+news@proton.org"
        );
        assert_eq!(
            norm("mary hyphen ann at example dot org").text(),
            "mary-ann@example.org"
        );
        assert_eq!(
            norm("k as in kilo o w a l s k i at gmail dot com").text(),
            "kowalski@gmail.com"
        );
        assert_eq!(
            norm("sarah one nine eight two at gmail dot com").text(),
            "sarah1982@gmail.com"
        );
        assert_eq!(
            norm("james oh seven at mi6 dot uk").text(),
            "james07@mi6.uk"
        );
        // Spelled domain labels.
        assert_eq!(norm("bob at a b c dot com").text(), "bob@abc.com");
        // Two words are not joined, and a stop word does not start a part.
        assert_eq!(
            norm("it is j smith at gmail dot com").text(),
            "it is j smith@gmail.com"
        );
        assert_eq!(norm("is five at gmail dot com").text(), "is 5@gmail.com");
        assert_eq!(norm("i met twenty two at noon").text(), "i met 22 at noon");
        assert_eq!(norm("two plus two at home").text(), "2 plus 2 at home");
    }

    #[test]
    fn spoken_years_and_pairs_are_digit_runs() {
        assert_eq!(norm("nineteen eighty two").text(), "1982");
        assert_eq!(norm("twenty twenty seven").text(), "2027");
        assert_eq!(norm("two thousand and five").text(), "2005");
        assert_eq!(norm("nineteen oh five").text(), "1905");
        assert_eq!(norm("twenty oh five").text(), "2005");
        assert_eq!(norm("nineteen").text(), "19");
        assert_eq!(norm("in nineteen").text(), "in 19");
        // Card and phone digits said in pairs are the same grammar.
        assert_eq!(
            norm("forty five thirty nine fourteen eighty eight oh three forty three sixty four sixty seven").text(),
            "4539148803436467"
        );
        assert_eq!(norm("forty five thirty nine").text(), "4539");
        let n = norm("four one five five five five oh one nine two");
        assert_eq!(n.text(), "4155550192");
        // Whisper's "O" for "oh".
        assert_eq!(norm("four O five").text(), "405");
        assert_eq!(norm("o five five five").text(), "0555");
        assert_eq!(norm("o my").text(), "o my");
    }

    #[test]
    fn dates_with_spoken_years_and_ordinals() {
        let n = norm("born March fourteenth nineteen eighty two");
        assert_eq!(n.text(), "born march 14th 1982");
        assert_eq!(words_of(&n, "14th"), 2..3);
        assert_eq!(words_of(&n, "1982"), 3..6);
        assert_eq!(
            norm("june the twenty first twenty twenty seven").text(),
            "june the 21st 2027"
        );
        // "oh five" after a month or a day is a two-digit year.
        assert_eq!(norm("april oh five").text(), "april 05");
        assert_eq!(norm("march fourteenth oh five").text(), "march 14th 05");
        assert_eq!(norm("march fourteen oh five").text(), "march 14 05");
        assert_eq!(norm("march twenty twenty one").text(), "march 2021");
        // Spoken expiry with "slash".
        assert_eq!(
            norm("expires oh four slash twenty seven").text(),
            "expires 04/27"
        );
        assert_eq!(norm("slash five").text(), "slash 5");
        assert_eq!(norm("five slash").text(), "5 slash");
    }

    /// Words a digit may come from: spelled numbers and number modifiers.
    fn is_number_word(w: &str) -> bool {
        matches!(
            classify(w),
            Num::Digit(_)
                | Num::Oh
                | Num::Teen(_)
                | Num::Tens(_)
                | Num::Compound(..)
                | Num::Hundred
                | Num::Thousand
                | Num::Repeat(_)
        ) || ordinal_value(w).is_some()
    }

    /// Whether letter `c` of a token may come from cleaned word `w`: the word holds it, names
    /// it ("see" → c), or is the "double" of "double you" / "double l".
    fn letter_source(c: u8, w: &str) -> bool {
        w.as_bytes().contains(&c) || letter_name(w) == Some(c) || matches!(w, "double" | "triple")
    }

    fn word_strategy() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::sample::select(vec![
                "zero",
                "oh",
                "o",
                "O",
                "one",
                "two",
                "five",
                "nine",
                "eleven",
                "nineteen",
                "twenty",
                "ninety",
                "hundred",
                "thousand",
                "and",
                "first",
                "twenty-first",
                "fourteenth",
                "forty-two",
                "march",
                "1982-03-14",
                "12.25.1982",
                "double",
                "triple",
                "plus",
                "dash",
                "hyphen",
                "dot",
                "point",
                "slash",
                "at",
                "underscore",
                "gmail",
                "com",
                "w",
                "the",
                "sarah",
                "card",
                "my",
                "-",
                ",",
                "...",
                "+1",
                "(415)",
                "555-2671",
                "80,304",
                "192.168.1.1",
                "3.5",
                "4111",
                "Sarah.J@x.com",
                "é",
                "日本",
            ])
            .prop_map(String::from),
            // Spelling: letters, letter names, "as in", letters written as one word.
            4 => prop::sample::select(vec![
                "a", "i", "b", "s", "m", "t", "k", "G", "B.", "x", "D", "y", "bee", "see", "you",
                "why", "aitch", "em", "double", "as", "in", "as", "in", "david", "kilo", "x-ray",
                "S-M-I-T-H", "s.m", "a-b", "u.s.", "zed", "ess",
            ])
            .prop_map(String::from),
            2 => "[a-zA-Z0-9,.@()+$ -]{0,8}",
            1 => "\\PC{0,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn alignment_is_total_monotone_and_digits_have_a_source(words in prop::collection::vec(word_strategy(), 0..24)) {
            let n = NormalizedText::new(&words);
            prop_assert_eq!(n.word_of_byte.len(), n.text().len());
            prop_assert_eq!(n.last_of_byte.len(), n.text().len());
            let mut prev = (0, 0);
            for (p, (&w, &l)) in n.word_of_byte.iter().zip(&n.last_of_byte).enumerate() {
                prop_assert!(l < words.len(), "byte {} maps to word {} of {}", p, l, words.len());
                prop_assert!(w <= l, "byte {} maps to words {}..={}", p, w, l);
                prop_assert!(w >= prev.0 && l >= prev.1, "maps not monotone at byte {}", p);
                prev = (w, l);
                let c = n.text().as_bytes()[p];
                let cleaned = clean(&words[w]);
                if c.is_ascii_digit() {
                    prop_assert!(
                        words[w].as_bytes().contains(&c) || is_number_word(&cleaned),
                        "digit {} at {} from word {:?}", char::from(c), p, words[w]
                    );
                }
                if c.is_ascii_lowercase() {
                    prop_assert!(
                        letter_source(c, &cleaned),
                        "letter {} at {} from word {:?}", char::from(c), p, words[w]
                    );
                }
            }
            // Every token covers exactly the words consumed to produce it, in order, and the
            // words no token took produce nothing.
            let mut covered = 0;
            for (bytes, ws) in &n.spans {
                prop_assert!(!bytes.is_empty() && ws.start < ws.end && ws.start >= covered);
                prop_assert!(words[covered..ws.start].iter().all(|x| clean(x).is_empty()));
                prop_assert_eq!(n.word_range(bytes.clone()), ws.clone(), "{:?}", &n.text()[bytes.clone()]);
                covered = ws.end;
            }
            prop_assert!(words[covered..].iter().all(|x| clean(x).is_empty()));
            let len = n.text().len();
            for a in 0..=len {
                for b in a..=len.min(a + 6) {
                    let r = n.word_range(a..b);
                    prop_assert!(r.start <= r.end && r.end <= words.len());
                    if b > a {
                        prop_assert!(r.start < r.end);
                        // Monotone: extending the byte range never shrinks the word range.
                        let wider = n.word_range(a..len);
                        prop_assert!(wider.start == r.start && wider.end >= r.end);
                    }
                }
            }
        }

        /// Letter names and "a"/"i" in speech: a run of ordinary words (no single letters
        /// other than "a"/"i") is never joined.
        #[test]
        fn ordinary_words_are_not_spelled(words in prop::collection::vec(prop::sample::select(vec![
            "i", "a", "see", "you", "why", "bee", "tea", "are", "in", "as", "the",
            "ex", "em", "el", "jay", "kay", "pee", "queue",
        ]), 0..12)) {
            let n = NormalizedText::new(&words);
            prop_assert_eq!(n.text(), words.join(" "));
        }
    }
}
