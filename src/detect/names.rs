//! Person names in speech-to-text output, beyond what the NER model sees.
//!
//! The NER model was trained on written text. Whisper's output is often lower-case where the
//! speaker paused, splits a name across segments, and mishears rare surnames into ordinary-looking
//! words, so the model alone misses names that a listener would plainly hear as names. Three
//! things close most of that gap without flagging ordinary words:
//!
//! - **Cue phrases.** "my name is X", "this is X calling", "Mr. X", "speaking with X": the word
//!   after the cue is a name unless it is a common English word ("this is *great*"), and after
//!   weak cues ("this is", "I'm") it must also look like a name (capitalized, or followed by
//!   "calling" / "from" / "here").
//! - **Spelled names.** "that's S M I T H", "D as in David": a run of single letters after a
//!   spelling cue, or one that spells a name already found, is a name.
//! - **Re-mention.** Once a name is found with confidence, every later mention of one of its
//!   pieces in the same recording is a name too ("Rita Kowalczyk … yes, Kowalczyk"), even where
//!   the model, without the first name beside it, misses it. [`Names::known`] also lets the
//!   pipeline redact mentions that came *before* the name was recognized (see
//!   `redact::remention`); the learned pieces live in memory for one recording only.
//!
//! A policy can add an allow list (words never treated as names: a company called "Ford") and
//! a deny list (names always redacted, e.g. the staff of a clinic).

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use super::entity::{DetectorKind, Entity, EntityKind};

/// NER person entities at or above this score teach their pieces for re-mention. Lower-scored
/// ones are redacted where they are but not spread, so one false positive on an ordinary word
/// cannot redact that word throughout a recording.
const LEARN_SCORE: f32 = 0.8;
/// Pieces shorter than this are not learned ("Al", "Jo" collide with ordinary speech).
const MIN_PIECE: usize = 3;

const CUE_SCORE: f32 = 0.85;
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

/// Name detection state for one recording.
#[derive(Debug, Default)]
pub struct Names {
    allow: Vec<Vec<String>>,
    deny: Vec<Vec<String>>,
    /// Learned piece (bare, lower-case) → the full name it came from, so a re-mention gets the
    /// same pseudonym as the first mention.
    known: BTreeMap<String, String>,
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
            known: BTreeMap::new(),
        }
    }

    /// Forgets the names learned from the previous recording.
    pub fn reset(&mut self) {
        self.known.clear();
    }

    /// The learned name pieces and the full name each came from (memory only; never logged).
    pub fn known(&self) -> &BTreeMap<String, String> {
        &self.known
    }

    /// Adds cue-phrase, spelled, deny-list and re-mention entities to `found` (which holds the
    /// rule and NER entities), learns pieces of confident names, then drops name entities that
    /// the allow list covers.
    pub fn apply<S: AsRef<str>>(&mut self, words: &[S], found: &mut Vec<Entity>) {
        let bare_words: Vec<String> = words.iter().map(|w| bare(w.as_ref())).collect();
        let mut add = Vec::new();
        cue_names(words, &bare_words, &mut add);
        tail_names(words, &bare_words, &mut add);
        self.deny_names(&bare_words, &mut add);
        // Learn before re-mention so a name and its repetition in the same window both count.
        for e in found.iter().chain(&add) {
            let confident = match e.detector {
                DetectorKind::Ner => e.score >= LEARN_SCORE,
                DetectorKind::Rule(_) => true,
            };
            if e.kind == EntityKind::Person && confident {
                self.learn(&bare_words[e.words.clone()]);
            }
        }
        self.spelled_names(&bare_words, found, &mut add);
        let covered: Vec<bool> = (0..words.len())
            .map(|i| {
                found
                    .iter()
                    .chain(&add)
                    .any(|e| e.kind == EntityKind::Person && e.words.contains(&i))
            })
            .collect();
        self.rementions(&bare_words, &covered, &mut add);
        found.extend(add);
        for e in found.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            e.words = extend_capitalized(words, &bare_words, e.words.clone());
        }
        if !self.allow.is_empty() {
            found.retain(|e| e.kind != EntityKind::Person || !self.allowed(&bare_words, e));
        }
    }

    fn learn(&mut self, name: &[String]) {
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
                self.known
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

    fn rementions(&self, w: &[String], covered: &[bool], out: &mut Vec<Entity>) {
        if self.known.is_empty() {
            return;
        }
        for (i, x) in w.iter().enumerate() {
            if !covered[i] && self.known.contains_key(strip_possessive(x)) {
                out.push(person(i..i + 1, REMENTION_SCORE, "name_remention"));
            }
        }
    }

    /// Runs of single letters ("s m i t h", "d as in david") after a spelling cue, next to a
    /// name, or spelling a known name.
    fn spelled_names(&self, w: &[String], found: &[Entity], out: &mut Vec<Entity>) {
        let mut i = 0;
        while i < w.len() {
            let Some((end, letters)) = spelled_run(w, i) else {
                i += 1;
                continue;
            };
            let cue = w[i.saturating_sub(5)..i]
                .iter()
                .any(|x| SPELL_CUES.contains(&x.as_str()));
            let beside_name = found.iter().chain(out.iter()).any(|e| {
                e.kind == EntityKind::Person && e.words.end + 3 >= i && e.words.start <= end + 1
            });
            if cue || beside_name || self.known.contains_key(&letters) {
                out.push(person(i..end, SPELLED_SCORE, "name_spelled"));
            }
            i = end;
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

/// A spelled run starting at `i`: single letters, each optionally followed by "as in <word>".
/// At least three letters, or two with an "as in". Returns the end and the letters joined.
fn spelled_run(w: &[String], i: usize) -> Option<(usize, String)> {
    let mut j = i;
    let mut letters = String::new();
    let mut as_in = false;
    while j < w.len() && is_letter(&w[j]) {
        letters.push_str(&w[j]);
        j += 1;
        // "d as in david": the example word is part of the spelling.
        if j + 2 < w.len() && w[j] == "as" && w[j + 1] == "in" {
            j += 3;
            as_in = true;
        }
    }
    let n = letters.len();
    (n >= 3 || (n >= 1 && as_in)).then_some((j, letters))
}

fn is_letter(w: &str) -> bool {
    w.len() == 1 && w.chars().all(|c| c.is_ascii_alphabetic())
}

/// Cue phrases and how many name words may follow.
struct Cue {
    words: &'static [&'static str],
    /// Weak cues also need the name to look like one (capitalized or followed by a tail cue).
    weak: bool,
    max: usize,
}

const CUES: &[Cue] = &[
    Cue {
        words: &["my", "name", "is"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["name", "is"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["name's"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["last", "name", "is"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["first", "name", "is"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["surname", "is"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["this", "is"],
        weak: true,
        max: 3,
    },
    Cue {
        words: &["it's"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["i'm"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["i", "am"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["call", "me"],
        weak: false,
        max: 1,
    },
    Cue {
        words: &["speaking", "with"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["speak", "with"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["speak", "to"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["talking", "to"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["talking", "with"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["spoke", "with"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["spoke", "to"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["ask", "for"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["transfer", "me", "to"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["mr"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["mrs"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["ms"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["miss"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["dr"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["doctor"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["professor"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["patient"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["named"],
        weak: false,
        max: 2,
    },
];

/// Words after a name that make a weak cue strong: "this is Rita *calling*".
const TAIL_CUES: &[&str] = &["calling", "speaking", "from", "here", "with", "at"];

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
];

fn cue_names<S: AsRef<str>>(raw: &[S], w: &[String], out: &mut Vec<Entity>) {
    for cue in CUES {
        let n = cue.words.len();
        if w.len() <= n {
            continue;
        }
        for i in 0..w.len() - n {
            if !cue.words.iter().zip(&w[i..]).all(|(c, x)| c == x) {
                continue;
            }
            let start = i + n;
            let mut end = start;
            while end < w.len() && end - start < cue.max && name_like(&w[end]) {
                end += 1;
            }
            if end == start {
                continue;
            }
            if cue.weak {
                let capitalized = raw[start..end].iter().all(|x| {
                    x.as_ref()
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(|c: char| c.is_uppercase())
                });
                let tail = w.get(end).is_some_and(|x| TAIL_CUES.contains(&x.as_str()));
                // "I'm Sarah" at the very start of a sentence is capitalized anyway; require a
                // tail cue when the name is a single lower-case word.
                if !(capitalized || tail) {
                    continue;
                }
            }
            if !out.iter().any(|e| e.words == (start..end)) {
                out.push(person(start..end, CUE_SCORE, "name_cue"));
            }
        }
    }
}

/// Words after a name that say someone is introducing themselves, whatever came before:
/// "Robert Ramirez *calling* about my order" (Whisper heard "this is" as "this says").
const STRONG_TAILS: &[&str] = &["calling", "speaking"];

/// One to three capitalized, name-like words right before "calling" / "speaking".
fn tail_names<S: AsRef<str>>(raw: &[S], w: &[String], out: &mut Vec<Entity>) {
    for end in 1..w.len() {
        if !STRONG_TAILS.contains(&w[end].as_str()) {
            continue;
        }
        let mut start = end;
        while start > 0
            && end - start < 3
            && name_like(&w[start - 1])
            && capitalized(raw[start - 1].as_ref())
            && !ends_clause(raw[start - 1].as_ref())
        {
            start -= 1;
        }
        if start < end && !out.iter().any(|e| e.words == (start..end)) {
            out.push(person(start..end, CUE_SCORE, "name_cue"));
        }
    }
}

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

fn capitalized(raw: &str) -> bool {
    raw.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_uppercase())
}

/// Whether a raw word ends a sentence or clause (a name does not continue past it).
fn ends_clause(raw: &str) -> bool {
    raw.ends_with(['.', ',', '?', '!', ';', ':'])
}

/// Could this word be (part of) a name? Alphabetic, not a common English word, not a title.
fn name_like(w: &str) -> bool {
    let p = strip_possessive(w);
    p.len() >= 2
        && p.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !is_common(p)
        && !TITLES.contains(&p)
}

fn person(words: std::ops::Range<usize>, score: f32, name: &'static str) -> Entity {
    Entity {
        kind: EntityKind::Person,
        words,
        score,
        detector: DetectorKind::Rule(name),
    }
}

/// Lower-case, without surrounding punctuation.
pub(crate) fn bare(w: &str) -> String {
    w.replace('’', "'")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn run(names: &mut Names, text: &str, found: Vec<Entity>) -> Vec<(usize, usize, &'static str)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut f = found;
        names.apply(&words, &mut f);
        f.iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| {
                let DetectorKind::Rule(r) = e.detector else {
                    return (e.words.start, e.words.end, "ner");
                };
                (e.words.start, e.words.end, r)
            })
            .collect()
    }

    fn fresh() -> Names {
        Names::new(&NameLists::default())
    }

    #[test]
    fn cue_phrases() {
        let mut n = fresh();
        assert_eq!(
            run(&mut n, "hi my name is rita kowalczyk and", vec![]),
            vec![(4, 6, "name_cue")]
        );
        assert_eq!(
            run(&mut n, "yes this is oyelaran calling", vec![]),
            vec![(3, 4, "name_cue")]
        );
        assert_eq!(
            run(&mut n, "thanks mr. szymanski", vec![]),
            vec![(2, 3, "name_cue")]
        );
        assert_eq!(
            run(&mut n, "you are speaking with Dana.", vec![]),
            vec![(4, 5, "name_cue")]
        );
    }

    #[test]
    fn cue_phrases_leave_ordinary_words() {
        let mut n = fresh();
        for t in [
            "this is great news",
            "this is about my account",
            "i'm calling about my card",
            "my name is on the account",
            "it's fine thanks",
            "i am not sure",
            "this is really important",
        ] {
            assert_eq!(run(&mut n, t, vec![]), vec![], "{t}");
        }
    }

    #[test]
    fn weak_cue_needs_capital_or_tail() {
        assert_eq!(
            run(&mut fresh(), "hello this is Marcus", vec![]),
            vec![(3, 4, "name_cue")]
        );
        assert_eq!(run(&mut fresh(), "hello this is marcus", vec![]), vec![]);
        assert_eq!(
            run(&mut fresh(), "hello this is marcus from billing", vec![]),
            vec![(3, 4, "name_cue")]
        );
    }

    #[test]
    fn spelled_names() {
        let mut n = fresh();
        assert_eq!(
            run(&mut n, "that's s m i t h", vec![]),
            vec![(1, 6, "name_spelled")]
        );
        assert_eq!(
            run(&mut n, "spelled d as in david o e", vec![]),
            vec![(1, 7, "name_spelled")]
        );
        // Letters without a cue or a name nearby are not names (an acronym, a grade).
        assert_eq!(run(&mut n, "we watched the n b a game", vec![]), vec![]);
    }

    #[test]
    fn rementions_follow_a_confident_name() {
        let mut n = fresh();
        let ner = Entity {
            kind: EntityKind::Person,
            words: 3..5,
            score: 0.95,
            detector: DetectorKind::Ner,
        };
        run(&mut n, "my name is rita kowalczyk", vec![ner]);
        assert!(n.known().contains_key("kowalczyk"));
        assert_eq!(
            run(&mut n, "yes kowalczyk's the one", vec![]),
            vec![(1, 2, "name_remention")]
        );
        // Spelling a known name.
        assert_eq!(run(&mut n, "r i t a", vec![]), vec![(0, 4, "name_spelled")]);
        n.reset();
        assert_eq!(run(&mut n, "yes kowalczyk", vec![]), vec![]);
    }

    #[test]
    fn weak_ner_names_are_not_spread() {
        let mut n = fresh();
        let ner = Entity {
            kind: EntityKind::Person,
            words: 1..2,
            score: 0.55,
            detector: DetectorKind::Ner,
        };
        run(&mut n, "the card was", vec![ner]);
        assert!(n.known().is_empty());
    }

    #[test]
    fn allow_and_deny_lists() {
        let mut n = Names::new(&NameLists {
            allow: vec!["Ford".into()],
            deny: vec!["Dana Scully".into()],
        });
        let ner = Entity {
            kind: EntityKind::Person,
            words: 3..4,
            score: 0.9,
            detector: DetectorKind::Ner,
        };
        assert_eq!(run(&mut n, "i drive a ford", vec![ner]), vec![]);
        assert!(n.known().is_empty(), "allowed words are not learned");
        assert_eq!(
            run(&mut n, "ask dana scully's office", vec![]),
            vec![(1, 3, "name_deny_list")]
        );
    }

    #[test]
    fn capitalized_words_before_calling() {
        assert_eq!(
            run(
                &mut fresh(),
                "This says Robert Ramirez calling about my order.",
                vec![]
            ),
            vec![(2, 4, "name_cue")]
        );
        // Lower case, a common word, or across a sentence end: not a name.
        for t in [
            "robert ramirez calling about my order",
            "Thanks for calling",
            "I was calling earlier. Yes. Calling back",
            "We are Calling",
        ] {
            assert_eq!(run(&mut fresh(), t, vec![]), vec![], "{t}");
        }
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
            run(&mut fresh(), words, vec![ner(4, 5)]),
            vec![(3, 6, "ner"), (1, 3, "name_cue")]
        );
        // Not over "I", a lower-case word, a sentence start before the name, or past a comma.
        assert_eq!(
            run(&mut fresh(), "Tell Anna I said hi", vec![ner(1, 2)]),
            vec![(1, 2, "ner")]
        );
        assert_eq!(
            run(&mut fresh(), "Yes. Maria, Thanks", vec![ner(1, 2)]),
            vec![(1, 2, "ner")]
        );
    }
}
