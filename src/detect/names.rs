//! Name memory: what one recording teaches about person names, beyond what each detector sees.
//!
//! The NER model and the cue phrases ([`crate::detect::recognizers::NameCues`]) find names in
//! one window of words. Three things need more than that window, and live here:
//!
//! - **Re-mention.** Once a name is found with confidence, every later mention of one of its
//!   pieces in the same recording is a name too ("Rita Kowalczyk … yes, Kowalczyk"), even where
//!   the model, without the first name beside it, misses it. [`NameMemory::known`] also lets the
//!   redactor redact mentions that came *before* the name was recognized (see
//!   `redact::remention`); the learned pieces live in memory for one recording only.
//! - **Spelled names.** "that's S M I T H", "D as in David": a spelled run (the one grammar of
//!   [`mod@crate::detect::normalize::spelling`]) after a spelling cue, next to a name, or spelling a
//!   name already learned, is a name.
//! - **Allow and deny lists** from the policy: words never treated as names (a company called
//!   "Ford") and names always redacted (e.g. the staff of a clinic).
//! - **Census names.** A first name or frequent surname of the US Census (`names_census.txt`)
//!   written with a capital inside a sentence is a name even when the model, with no first name
//!   or cue beside it, does not tag it ("Car was Mendez, 290 Birch Street"): see `census_names`.
//!
//! Names found anywhere also grow over capitalized neighbours (Whisper splits a rare surname into
//! capitalized ordinary words) and over a short run of lower-case fragments up to a closing word
//! ("this is [PERSON] watch a coo calling": see [`fragment_run`]). [`Names`] is the immutable configuration shared by every session;
//! [`NameMemory`] is one recording's state. This module does not touch redaction or outputs.

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use super::entity::{DetectorKind, Entity, EntityKind};
pub use super::normalize::bare;
use super::normalize::spelling::spelled_letters;

/// NER person entities at or above this score teach their pieces for re-mention. Lower-scored
/// ones are redacted where they are but not spread, so one false positive on an ordinary word
/// cannot redact that word throughout a recording.
const LEARN_SCORE: f32 = 0.8;
/// Pieces shorter than this are not learned ("Al", "Jo" collide with ordinary speech).
const MIN_PIECE: usize = 3;

/// Score of a name announced by a cue phrase (the `name_cue` recognizer).
pub(crate) const CUE_SCORE: f32 = 0.85;
const SPELLED_SCORE: f32 = 0.8;
const REMENTION_SCORE: f32 = 0.75;

/// Names configuration from the policy.
#[derive(Debug, Clone, Default)]
pub struct NameLists {
    /// Words or phrases never reported as names.
    pub allow: Vec<String>,
    /// Words or phrases always reported as names.
    pub deny: Vec<String>,
}

/// The name pass's configuration (allow and deny lists), shared by every session.
#[derive(Debug, Default)]
pub struct Names {
    allow: Vec<Vec<String>>,
    deny: Vec<Vec<String>>,
}

/// What one recording has taught: learned piece (bare, lower-case) → the full name it came
/// from, so a re-mention gets the same pseudonym as the first mention. Memory only: no
/// `Debug` that could print a name.
#[derive(Default)]
pub struct NameMemory {
    known: BTreeMap<String, String>,
}

impl std::fmt::Debug for NameMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NameMemory")
            .field("known", &self.known.len())
            .finish()
    }
}

impl NameMemory {
    /// The learned name pieces and the full name each came from (memory only; never logged).
    pub fn known(&self) -> &BTreeMap<String, String> {
        &self.known
    }

    /// Forgets everything learned.
    pub fn reset(&mut self) {
        self.known.clear();
    }
}

impl Names {
    pub fn new(lists: &NameLists) -> Names {
        let phrases = |v: &[String]| -> Vec<Vec<String>> {
            v.iter()
                .map(|p| p.split_whitespace().map(bare).collect::<Vec<_>>())
                .filter(|p| !p.is_empty() && p.iter().all(|w| !w.is_empty()))
                .collect()
        };
        Names {
            allow: phrases(&lists.allow),
            deny: phrases(&lists.deny),
        }
    }

    /// Adds spelled, deny-list and re-mention entities to `found` (which holds the rule,
    /// cue-phrase and NER entities), teaches `memory` the pieces of confident names whose words
    /// are all `own` (the words of the stream being detected, not context from another
    /// speaker), grows names over capitalized neighbours, then drops name entities that the
    /// allow list covers.
    pub fn apply<S: AsRef<str>>(
        &self,
        memory: &mut NameMemory,
        words: &[S],
        own: &[bool],
        found: &mut Vec<Entity>,
    ) {
        let bare_words: Vec<String> = words.iter().map(|w| bare(w.as_ref())).collect();
        let mut add = Vec::new();
        self.deny_names(&bare_words, &mut add);
        // Learn before re-mention so a name and its repetition in the same window both count.
        for e in found.iter().chain(&add) {
            let confident = match e.detector {
                DetectorKind::Ner => e.score >= LEARN_SCORE,
                DetectorKind::Rule(_) => true,
            };
            let teaches = e
                .words
                .clone()
                .all(|i| own.get(i).copied().unwrap_or(false));
            if e.kind == EntityKind::Person && confident && teaches {
                self.learn(memory, &bare_words[e.words.clone()]);
            }
        }
        self.spelled_names(memory, words, &bare_words, found, &mut add);
        let covered: Vec<bool> = (0..words.len())
            .map(|i| {
                found
                    .iter()
                    .chain(&add)
                    .any(|e| e.kind == EntityKind::Person && e.words.contains(&i))
            })
            .collect();
        rementions(memory, &bare_words, &covered, &mut add);
        found.extend(add);
        for e in found.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            e.words = extend_capitalized(words, &bare_words, e.words.clone());
            // Then over the fragments Whisper split the rest of a rare name into.
            let last = e.words.end - 1;
            // (A capitalized word after the name was its neighbour, taken above, or the next
            // line of a written address: "Marisa Bisliev" / "Apt. 123".)
            let next_lower = words
                .get(e.words.end)
                .is_some_and(|w| lower_case(w.as_ref()));
            if next_lower && !ends_clause(words[last].as_ref()) {
                if let Some(end) = fragment_run(words, &bare_words, e.words.end, true) {
                    e.words.end = end;
                }
            }
        }
        let census = census_names(words, &bare_words, found);
        found.extend(census);
        if !self.allow.is_empty() {
            found.retain(|e| e.kind != EntityKind::Person || !self.allowed(&bare_words, e));
        }
    }

    fn learn(&self, memory: &mut NameMemory, name: &[String]) {
        let full = name.join(" ");
        for piece in name {
            let p = strip_possessive(piece);
            if p.len() >= MIN_PIECE
                && p.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && !is_common(p)
                && !TITLES.contains(&p)
                && !self.allow.iter().any(|a| a.len() == 1 && a[0] == p)
            {
                memory
                    .known
                    .entry(p.to_string())
                    .or_insert_with(|| full.clone());
            }
        }
    }

    fn deny_names(&self, w: &[String], out: &mut Vec<Entity>) {
        for phrase in &self.deny {
            for i in 0..w.len().saturating_sub(phrase.len() - 1) {
                if phrase
                    .iter()
                    .zip(&w[i..])
                    .all(|(p, x)| p == strip_possessive(x))
                {
                    out.push(person(i..i + phrase.len(), 1.0, "name_deny_list"));
                }
            }
        }
    }

    /// Spelled runs of letters ("s m i t h", "d as in david") after a spelling cue, next to a
    /// name, or spelling a known name.
    fn spelled_names<S: AsRef<str>>(
        &self,
        memory: &NameMemory,
        words: &[S],
        w: &[String],
        found: &[Entity],
        out: &mut Vec<Entity>,
    ) {
        for (run, letters) in spelled_letters(words) {
            let (i, end) = (run.start, run.end);
            let cue = w[i.saturating_sub(5)..i]
                .iter()
                .any(|x| SPELL_CUES.contains(&x.as_str()));
            let beside_name = found.iter().chain(out.iter()).any(|e| {
                e.kind == EntityKind::Person && e.words.end + 3 >= i && e.words.start <= end + 1
            });
            if cue || beside_name || memory.known.contains_key(&letters) {
                out.push(person(i..end, SPELLED_SCORE, "name_spelled"));
            }
        }
    }

    fn allowed(&self, w: &[String], e: &Entity) -> bool {
        self.allow.iter().any(|phrase| {
            (e.words.start..e.words.end).all(|i| {
                // Every word of the entity belongs to an occurrence of an allowed phrase.
                (0..phrase.len()).any(|k| {
                    i >= k
                        && i - k + phrase.len() <= w.len()
                        && phrase
                            .iter()
                            .zip(&w[i - k..])
                            .all(|(p, x)| p == strip_possessive(x))
                })
            })
        })
    }
}

fn rementions(memory: &NameMemory, w: &[String], covered: &[bool], out: &mut Vec<Entity>) {
    if memory.known.is_empty() {
        return;
    }
    for (i, x) in w.iter().enumerate() {
        if !covered[i] && memory.known.contains_key(strip_possessive(x)) {
            out.push(person(i..i + 1, REMENTION_SCORE, "name_remention"));
        }
    }
}

/// Words before a spelled run that say it is a spelling.
const SPELL_CUES: &[&str] = &[
    "spell", "spelled", "spelt", "spelling", "name", "surname", "that's", "it's",
];

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "doctor",
    "professor",
    "sir",
    "madam",
    "reverend",
];

/// Grows a name over capitalized neighbours in the same clause, because Whisper splits a rare
/// surname it mishears into words that look ordinary but keep their capitals ("Rupert
/// Featherstonehaugh" → "Rupert Featherstone Off"): the model or a re-mention finds one piece and
/// the rest would be left readable. Leftwards only over name-like words (a capitalized word
/// before a name may just start the sentence); rightwards over any capitalized word except "I".
fn extend_capitalized<S: AsRef<str>>(
    raw: &[S],
    w: &[String],
    mut r: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let raw = |i: usize| raw[i].as_ref();
    while r.start > 0
        && capitalized(raw(r.start - 1))
        && name_like(&w[r.start - 1])
        && !ends_clause(raw(r.start - 1))
    {
        r.start -= 1;
    }
    while r.end < w.len()
        && !ends_clause(raw(r.end - 1))
        && capitalized(raw(r.end))
        && w[r.end].chars().all(|c| c.is_alphabetic())
        && w[r.end] != "i"
        && !TITLES.contains(&w[r.end].as_str())
    {
        r.end += 1;
    }
    r
}

/// Most words a misheard rare name is taken to be split into after its first piece or cue.
pub(crate) const MAX_FRAGMENTS: usize = 3;
/// Longest fragment, in letters: Whisper splits a rare name into short pieces ("watch a coo");
/// a longer word after a name is an ordinary word ("regarding reimbursement").
const MAX_FRAGMENT_LEN: usize = 7;
/// Words that close a name: "this is X *calling*", "X *from* billing", "X *here*".
pub(crate) const NAME_CLOSERS: &[&str] = &["calling", "speaking", "from", "here"];

/// Function words: a run that holds one is a clause ("John *and his* wife calling"), never the
/// pieces of one name. "a" is allowed inside a run only ("watch *a* coo").
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "if",
    "then",
    "than",
    "that",
    "this",
    "these",
    "those",
    "my",
    "your",
    "his",
    "her",
    "its",
    "our",
    "their",
    "me",
    "you",
    "him",
    "she",
    "he",
    "it",
    "we",
    "they",
    "us",
    "them",
    "i",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "about",
    "as",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "since",
    "until",
    "via",
    "per",
    "regarding",
    "concerning",
    "is",
    "am",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "not",
    "no",
    "yes",
    "just",
    "also",
    "too",
    "very",
    "again",
    "please",
    "thanks",
    "today",
    "now",
];

/// Street and unit abbreviations, which no name fragment is.
const ADDRESS_ABBREVIATIONS: &[&str] = &["apt", "ste", "st", "rd", "ave", "blvd", "ln", "dr", "ct"];

/// The end of a run of name fragments that starts at `start`: 1 to [`MAX_FRAGMENTS`] short
/// alphabetic words (no function word, number word or title; "a" only inside), closed by a
/// [`NAME_CLOSERS`] word right after it or, when `punct_closes`, by clause punctuation on its
/// last word; at least one of them must be a word no common-word list has ("coo"), so a run of
/// ordinary words ("a good time,") never grows a name. `None` when no such run starts there.
pub(crate) fn fragment_run<S: AsRef<str>>(
    raw: &[S],
    w: &[String],
    start: usize,
    punct_closes: bool,
) -> Option<usize> {
    let mut uncommon = false;
    for i in start..(start + MAX_FRAGMENTS).min(w.len()) {
        let x = strip_possessive(&w[i]);
        let inner_a = x == "a" && i > start;
        // Whisper writes the pieces of a name it did not know in lower case ("watch a coo");
        // past the first word, a capitalized one is the next line of a written address
        // ("Rue Ettatawer Apt.", "Hoog St"), not a fragment.
        let fragment = (i == start || lower_case(raw[i].as_ref()))
            && !x.is_empty()
            && !ADDRESS_ABBREVIATIONS.contains(&x)
            && x.len() <= MAX_FRAGMENT_LEN
            && x.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            && (inner_a || !FUNCTION_WORDS.contains(&x))
            && !TITLES.contains(&x)
            && !NAME_CLOSERS.contains(&x)
            && !super::normalize::is_number_word(x);
        if !fragment {
            return None;
        }
        uncommon |= x.len() >= 2 && !is_common(x) && !in_dictionary(x);
        let end = i + 1;
        // "a" joins fragments; it never ends a name.
        if ends_clause(raw[i].as_ref()) {
            return (punct_closes && uncommon && x != "a").then_some(end);
        }
        if w.get(end)
            .is_some_and(|n| NAME_CLOSERS.contains(&n.as_str()))
        {
            return (uncommon && x != "a").then_some(end);
        }
    }
    None
}

/// Whether a raw word starts with a lower-case letter.
fn lower_case(raw: &str) -> bool {
    raw.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_lowercase())
}

/// Whether a raw word starts with a capital letter.
pub(crate) fn capitalized(raw: &str) -> bool {
    raw.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_uppercase())
}

/// Whether a raw word ends a sentence or clause (a name does not continue past it).
pub(crate) fn ends_clause(raw: &str) -> bool {
    raw.ends_with(['.', ',', '?', '!', ';', ':'])
}

/// Could this word be (part of) a name? Alphabetic, not a common English word, not a title.
pub(crate) fn name_like(w: &str) -> bool {
    let p = strip_possessive(w);
    p.len() >= 2
        && p.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !is_common(p)
        && !TITLES.contains(&p)
}

pub(crate) fn person(words: std::ops::Range<usize>, score: f32, name: &'static str) -> Entity {
    Entity {
        kind: EntityKind::Person,
        words,
        score,
        detector: DetectorKind::Rule(name),
    }
}

/// Names on the census list ([`is_census_name`]) written with a capital inside a sentence, that
/// no detector found: Whisper capitalizes a surname it has never seen ("Car was Mendez, 290
/// Birch Street") where the model, without a first name or a cue beside it, does not know it.
/// Not at a sentence's start, where every word is capitalized, nor before a street word
/// ("Birch Street"), and not on words another entity already holds. Grown over capitalized
/// neighbours like any name.
fn census_names<S: AsRef<str>>(words: &[S], bare: &[String], found: &[Entity]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for i in 1..words.len() {
        let starts_sentence = words[i - 1].as_ref().ends_with(['.', '?', '!']);
        let w = strip_possessive(&bare[i]);
        let street = bare
            .get(i + 1)
            .is_some_and(|n| STREET_WORDS.contains(&n.as_str()));
        let held = |e: &Entity| e.words.contains(&i);
        if !starts_sentence
            && !street
            && capitalized(words[i].as_ref())
            && is_census_name(w)
            && !in_dictionary(w)
            && !found.iter().any(held)
            && !out.iter().any(held)
        {
            let span = extend_capitalized(words, bare, i..i + 1);
            out.push(person(span, CENSUS_SCORE, "name_census"));
        }
    }
    out
}

/// Words after a street's or a place's name: a surname before one is the street or the place
/// ("I live on Birch Street", "Madison County"). With a building number the address rule holds
/// those words already; this list covers a street said without one. It is not the address
/// rule's suffix list (`recognizers/address.rs`) because recognizers depend on this module,
/// not the other way round, and it also names places that are not streets.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "ln",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "court",
    "ct",
    "way",
    "place",
    "terrace",
    "circle",
    "parkway",
    "highway",
    "square",
    "park",
    "county",
    "city",
    "college",
    "university",
    "hospital",
    "bank",
    "river",
    "lake",
];

/// A name found only by the census list: below the model's confident names, above its threshold.
const CENSUS_SCORE: f32 = 0.6;

/// Whether `w` (bare, lower-case) is a first name or a frequent surname of the 1990 US Census
/// that is not a common English word (`names_census.txt`, made by `scripts/make-name-list`).
pub fn is_census_name(w: &str) -> bool {
    CENSUS.contains(w)
}

static CENSUS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("names_census.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").unwrap_or(w)
}

/// Whether `w` (bare) is a common English word: never a name on its own.
pub fn is_common(w: &str) -> bool {
    COMMON.contains(w)
}

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("names_common.txt")
        .split_whitespace()
        .collect()
});

/// Whether `w` (bare, lower-case) is one of the ~11k most common English words
/// (`common_words.txt`, from SCOWL's two most common levels). Wider than [`is_common`], which
/// lists conversational words that are never a name; this one also holds words that are names
/// too ("bill", "rose"), so it only decides whether a fragment looks like an ordinary word.
pub fn in_dictionary(w: &str) -> bool {
    DICTIONARY.contains(w)
}

static DICTIONARY: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::normalize::NormalizedText;
    use crate::detect::recognizers::{NameCues, Recognizer};

    /// The person entities of the whole name pass over `text` (cue phrases, then this module),
    /// given the model's entities `found`, sorted by position.
    fn run(
        names: &Names,
        memory: &mut NameMemory,
        text: &str,
        found: Vec<Entity>,
    ) -> Vec<(usize, usize, &'static str)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut f = found;
        NameCues.find(&words, &NormalizedText::new(&words), &mut f);
        names.apply(memory, &words, &vec![true; words.len()], &mut f);
        let mut out: Vec<_> = f
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| {
                let DetectorKind::Rule(r) = e.detector else {
                    return (e.words.start, e.words.end, "ner");
                };
                (e.words.start, e.words.end, r)
            })
            .collect();
        out.sort();
        out
    }

    fn fresh() -> Names {
        Names::new(&NameLists::default())
    }

    fn once(text: &str, found: Vec<Entity>) -> Vec<(usize, usize, &'static str)> {
        run(&fresh(), &mut NameMemory::default(), text, found)
    }

    #[test]
    fn spelled_names() {
        assert_eq!(
            once("that's s m i t h", vec![]),
            vec![(1, 6, "name_spelled")]
        );
        assert_eq!(
            once("spelled d as in david o e", vec![]),
            vec![(1, 7, "name_spelled")]
        );
        // Letters without a cue or a name nearby are not names (an acronym, a grade).
        assert_eq!(once("we watched the n b a game", vec![]), vec![]);
    }

    #[test]
    fn rementions_follow_a_confident_name() {
        let n = fresh();
        let mut m = NameMemory::default();
        let ner = Entity {
            kind: EntityKind::Person,
            words: 3..5,
            score: 0.95,
            detector: DetectorKind::Ner,
        };
        run(&n, &mut m, "my name is rita kowalczyk", vec![ner]);
        assert!(m.known().contains_key("kowalczyk"));
        assert_eq!(
            run(&n, &mut m, "yes kowalczyk's the one", vec![]),
            vec![(1, 2, "name_remention")]
        );
        // Spelling a known name.
        assert_eq!(
            run(&n, &mut m, "r i t a", vec![]),
            vec![(0, 4, "name_spelled")]
        );
        m.reset();
        assert_eq!(run(&n, &mut m, "yes kowalczyk", vec![]), vec![]);
    }

    #[test]
    fn only_own_words_teach() {
        // A name said by the other speaker (context only) is not learned from this stream.
        let n = fresh();
        let mut m = NameMemory::default();
        let words = ["my", "name", "is", "rita", "kowalczyk"];
        let mut found = Vec::new();
        NameCues.find(&words, &NormalizedText::new(&words), &mut found);
        n.apply(
            &mut m,
            &words,
            &[true, true, true, false, false],
            &mut found,
        );
        assert!(found.iter().any(|e| e.kind == EntityKind::Person));
        assert!(m.known().is_empty());
        n.apply(&mut m, &words, &[true; 5], &mut found);
        assert!(m.known().contains_key("kowalczyk"));
    }

    #[test]
    fn weak_ner_names_are_not_spread() {
        let n = fresh();
        let mut m = NameMemory::default();
        let ner = Entity {
            kind: EntityKind::Person,
            words: 1..2,
            score: 0.55,
            detector: DetectorKind::Ner,
        };
        run(&n, &mut m, "the card was", vec![ner]);
        assert!(m.known().is_empty());
    }

    #[test]
    fn allow_and_deny_lists() {
        let n = Names::new(&NameLists {
            allow: vec!["Ford".into()],
            deny: vec!["Dana Scully".into()],
        });
        let mut m = NameMemory::default();
        let ner = Entity {
            kind: EntityKind::Person,
            words: 3..4,
            score: 0.9,
            detector: DetectorKind::Ner,
        };
        assert_eq!(run(&n, &mut m, "i drive a ford", vec![ner]), vec![]);
        assert!(m.known().is_empty(), "allowed words are not learned");
        assert_eq!(
            run(&n, &mut m, "ask dana scully's office", vec![]),
            vec![(1, 3, "name_deny_list")]
        );
    }

    #[test]
    fn census_names_inside_a_sentence() {
        // "Mendez" is on the list; the model found nothing here.
        assert_eq!(
            once("Car was Mendez, 290 Birch Street.", vec![]),
            vec![(2, 3, "name_census")]
        );
        // At a sentence's start, in lower case, or a common word: not taken.
        assert!(once("Mendez was here. Mendez again.", vec![]).is_empty());
        assert!(once("I met mendez there", vec![]).is_empty());
        assert!(once("I saw Brown paper", vec![]).is_empty());
    }

    #[test]
    fn names_grow_over_capitalized_neighbours() {
        let ner = |a: usize, b: usize| Entity {
            kind: EntityKind::Person,
            words: a..b,
            score: 0.9,
            detector: DetectorKind::Ner,
        };
        // Whisper's "Rupert Featherstone Off" for Rupert Featherstonehaugh; the model found one
        // piece.
        let words = "It's Featherstone Off, Rupert Featherstone Off.";
        assert_eq!(
            once(words, vec![ner(4, 5)]),
            vec![(1, 3, "name_cue"), (3, 6, "ner")]
        );
        // Not over "I", a lower-case word, a sentence start before the name, or past a comma.
        assert_eq!(
            once("Tell Anna I said hi", vec![ner(1, 2)]),
            vec![(1, 2, "ner")]
        );
        assert_eq!(
            once("Yes. Maria, Thanks", vec![ner(1, 2)]),
            vec![(1, 2, "ner")]
        );
    }

    fn ner(a: usize, b: usize) -> Entity {
        Entity {
            kind: EntityKind::Person,
            words: a..b,
            score: 0.9,
            detector: DetectorKind::Ner,
        }
    }

    #[test]
    fn names_grow_over_fragments_up_to_a_closing_word() {
        // The model found the first piece; Whisper wrote the rest of the surname as fragments.
        assert_eq!(
            once(
                "hi this is Dorota zee bow ski calling about the bill",
                vec![ner(3, 4)]
            ),
            vec![(3, 7, "ner")]
        );
        assert_eq!(
            once("yes it's Tomasz vuh teh from accounts", vec![ner(2, 3)]),
            vec![(2, 5, "name_cue"), (2, 5, "ner")]
        );
        // Clause punctuation closes too, and "a" joins fragments.
        assert_eq!(
            once(
                "I spoke with Ingrid ska a lo, she was helpful",
                vec![ner(3, 4)]
            ),
            vec![(3, 5, "name_cue"), (3, 7, "ner")]
        );
        // A cue with nothing found after it: the run between cue and closing word is the name.
        assert_eq!(
            once("good morning this is vuh teh nee calling", vec![]),
            vec![(4, 7, "name_cue")]
        );
        assert_eq!(
            once("my name is ko tem, and I need help", vec![]),
            vec![(3, 5, "name_cue")]
        );
    }

    #[test]
    fn capitalized_words_past_the_first_are_not_fragments() {
        // Written addresses put a street or unit line right after a name: "Apt." (an
        // abbreviation) and "Ettatawer Apt." (capitalized) are not the pieces of a rare name.
        let run = |raw: &[&str], start| {
            let bare: Vec<String> = raw
                .iter()
                .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
                .collect();
            fragment_run(raw, &bare, start, true)
        };
        assert_eq!(run(&["Bisliev", "apt.", "123"], 1), None);
        assert_eq!(run(&["this", "is", "Rue", "Ettatawer", "Apt."], 2), None);
        // Lower-case pieces still are, as is a capitalized first piece after a cue.
        assert_eq!(run(&["this", "is", "Tomasz", "vuh", "teh,"], 2), Some(5));
        assert_eq!(run(&["Dorota", "zee", "bow", "ski,"], 1), Some(4));
    }

    #[test]
    fn fragments_never_swallow_ordinary_words() {
        for (text, found, want) in [
            // Ordinary words after a name, closed or not.
            (
                "this is John calling about my order",
                vec![ner(2, 3)],
                vec![(2, 3, "name_cue"), (2, 3, "ner")],
            ),
            (
                "I spoke with Maria and her husband here",
                vec![ner(3, 4)],
                vec![(3, 4, "name_cue"), (3, 4, "ner")],
            ),
            (
                "tell Priya inside here",
                vec![ner(1, 2)],
                vec![(1, 2, "ner")],
            ),
            (
                "I talked to Kevin yesterday.",
                vec![ner(3, 4)],
                vec![(3, 4, "ner")],
            ),
            // A long word is not a fragment; neither is a number or a run ending in "a".
            (
                "I emailed Omar regarding reimbursement.",
                vec![ner(2, 3)],
                vec![(2, 3, "ner")],
            ),
            (
                "this is Omar four two calling",
                vec![ner(2, 3)],
                vec![(2, 3, "name_cue"), (2, 3, "ner")],
            ),
            ("Anya zee a here", vec![ner(0, 1)], vec![(0, 1, "ner")]),
            // More than three words before the closing word.
            (
                "this is Dorota zee bow ski nee calling",
                vec![ner(2, 3)],
                vec![(2, 3, "ner")],
            ),
            // After a name already closed by a comma.
            (
                "thanks Rhea, zee here",
                vec![ner(1, 2)],
                vec![(1, 2, "ner")],
            ),
        ] {
            assert_eq!(once(text, found), want, "{text}");
        }
        // Cues followed by ordinary words make no name at all.
        for text in [
            "this is a good time",
            "this is a good time, thanks",
            "this is my wife speaking",
            "it's the bank calling",
            "my name is on the account, thanks",
            "this is pretty nice here",
            "I'm fine, thanks",
        ] {
            assert_eq!(once(text, vec![]), vec![], "{text}");
        }
    }
}
