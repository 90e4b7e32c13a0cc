//! Person names announced by a cue phrase: "my name is X", "this is X calling", "Mr. X",
//! "speaking with X", and a capitalized name right before "calling" / "speaking".
//!
//! The NER model was trained on written text and misses many names in lower-case, unpunctuated
//! ASR output; a cue is what a listener hears as "a name comes next". The word after the cue is
//! a name unless it is a common English word ("this is *great*"), and after weak cues ("this
//! is", "I'm") it must also look like a name (capitalized, or followed by "calling" / "from" /
//! "here"). This recognizer reads the words as transcribed (for their capitals and clause
//! punctuation), not only the normalized view. When the words after a cue are Whisper's
//! fragments of a rare name ("this is watch a coo calling"), the name is the short run of them
//! up to the closing word (see [`fragment_run`]). It keeps no memory: learning names for
//! re-mention is [`crate::detect::names`]'s job.

use super::Recognizer;
use crate::detect::names::{capitalized, ends_clause, fragment_run, name_like, person, CUE_SCORE};
use crate::detect::normalize::{bare, NormalizedText};
use crate::detect::Entity;

/// Cue phrases before a name.
pub struct NameCues;

impl Recognizer for NameCues {
    fn name(&self) -> &'static str {
        "name_cue"
    }

    fn find(&self, words: &[&str], _text: &NormalizedText, out: &mut Vec<Entity>) {
        let bare_words: Vec<String> = words.iter().map(|w| bare(w)).collect();
        // Deduplicated among the cue names only, not against other recognizers' entities.
        let mut found = Vec::new();
        cue_names(words, &bare_words, &mut found);
        tail_names(words, &bare_words, &mut found);
        out.extend(found);
    }
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
        words: &["name", "on", "the", "account", "is"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["name", "on", "the", "card", "is"],
        weak: false,
        max: 3,
    },
    Cue {
        words: &["under", "the", "name"],
        weak: false,
        max: 3,
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
    // "the Reverend Septimus Quail" (round twelve's `joe`, a tuning set since).
    Cue {
        words: &["reverend"],
        weak: false,
        max: 2,
    },
    Cue {
        words: &["pastor"],
        weak: true,
        max: 2,
    },
    Cue {
        words: &["rabbi"],
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
            // Whisper puts a name it could not spell in quotes: after a name cue, the quoted
            // words are the name however ordinary they look ("Art Follow Me You Quaintance").
            if let Some(end) = (!cue.weak).then(|| quoted(raw, start)).flatten() {
                if !out.iter().any(|e| e.words.start == start) {
                    out.push(person(start..end, CUE_SCORE, "name_cue"));
                }
                continue;
            }
            // After a weak cue only a closing word ends the fragments ("this is a good time,"
            // is a clause); after a name cue a comma or full stop does too.
            if let Some(end) = fragment_run(raw, w, start, !cue.weak) {
                if !out.iter().any(|e| e.words.start == start) {
                    out.push(person(start..end, CUE_SCORE, "name_cue"));
                }
                continue;
            }
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

/// Longest quotation taken as a name, in words.
const MAX_QUOTED: usize = 6;

/// The end of a quotation that opens at word `start` and closes within [`MAX_QUOTED`] words.
fn quoted<S: AsRef<str>>(raw: &[S], start: usize) -> Option<usize> {
    const OPEN: &[char] = &['"', '“'];
    const CLOSE: &[char] = &['"', '”'];
    let first = raw.get(start)?.as_ref();
    let rest = first.strip_prefix(OPEN)?;
    let closes = |w: &str| {
        w.trim_end_matches(['.', ',', '!', '?', ';', ':'])
            .ends_with(CLOSE)
    };
    if closes(rest) {
        return Some(start + 1);
    }
    (start + 1..raw.len().min(start + MAX_QUOTED))
        .find(|&i| closes(raw[i].as_ref()))
        .map(|i| i + 1)
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

#[cfg(test)]
mod tests {
    use super::super::test_util::run;
    use super::*;
    use crate::detect::DetectorKind;

    fn names(text: &str) -> Vec<(usize, usize)> {
        run(NameCues, text)
            .into_iter()
            .map(|e| {
                assert_eq!(e.detector, DetectorKind::Rule("name_cue"));
                (e.words.start, e.words.end)
            })
            .collect()
    }

    #[test]
    fn cue_phrases() {
        assert_eq!(names("hi my name is rita kowalczyk and"), vec![(4, 6)]);
        assert_eq!(names("yes this is oyelaran calling"), vec![(3, 4)]);
        assert_eq!(names("thanks mr. szymanski"), vec![(2, 3)]);
        assert_eq!(names("you are speaking with Dana."), vec![(4, 5)]);
        // Quoted after a name cue: every quoted word, ordinary or not.
        assert_eq!(
            names("The name on the account is \"Art Follow Me You Quaintance.\""),
            vec![(6, 11)]
        );
        assert_eq!(names("my name is \"Tisha\" thanks"), vec![(3, 4)]);
        // Round twelve's joe (a tuning set since): a clergy title.
        assert_eq!(
            names("The tower captain is the Reverend Septimus Quail."),
            vec![(6, 8)]
        );
        assert_eq!(names("ask Pastor Okonkwo about it"), vec![(2, 3)]);
    }

    #[test]
    fn cue_phrases_leave_ordinary_words() {
        for t in [
            "this is great news",
            "this is about my account",
            "i'm calling about my card",
            "my name is on the account",
            "it's fine thanks",
            "i am not sure",
            "this is really important",
            "the pastor said the service is at ten",
        ] {
            assert_eq!(names(t), vec![], "{t}");
        }
    }

    #[test]
    fn weak_cue_needs_capital_or_tail() {
        assert_eq!(names("hello this is Marcus"), vec![(3, 4)]);
        assert_eq!(names("hello this is marcus"), vec![]);
        assert_eq!(names("hello this is marcus from billing"), vec![(3, 4)]);
    }

    #[test]
    fn capitalized_words_before_calling() {
        assert_eq!(
            names("This says Robert Ramirez calling about my order."),
            vec![(2, 4)]
        );
        // Lower case, a common word, or across a sentence end: not a name.
        for t in [
            "robert ramirez calling about my order",
            "Thanks for calling",
            "I was calling earlier. Yes. Calling back",
            "We are Calling",
        ] {
            assert_eq!(names(t), vec![], "{t}");
        }
    }
}
