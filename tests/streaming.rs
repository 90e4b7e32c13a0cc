//! Streaming safety: an entity split across Whisper segments is redacted whole, wherever the
//! seams fall. For one example of every entity type the rules (or the NER model, for names)
//! recognize, the words are fed to a [`DetectSession`] as two segments with the seam at every
//! position from just before the entity to just after it, and once more with every word a
//! segment of its own; the redacted output must hold none of the entity's words or digits.
//!
//! Needs the installed models (`scripts/setup`): the detector runs with the real NER model.

mod common;

use std::ops::Range;

use hush::detect::{DetectSession, Detector};
use hush::models::{ModelSet, WhisperModel};
use hush::redact::leak::LeakText;
use hush::redact::{Anonymizer, Policy, RedactedSegment};
use hush::transcribe::Segment;

fn detector() -> Detector {
    let m = ModelSet::locate(Some(&common::models_dir()), WhisperModel::default()).expect("models");
    Detector::load(&m, &Default::default()).expect("NER model loads")
}

/// One example: a sentence, the entity in it (a phrase of whole words) and the type's name.
struct Case {
    kind: &'static str,
    text: &'static str,
    entity: &'static str,
}

/// Cases whose entity is not yet detected at all, even said in one segment. Each is still run:
/// the test fails if one of them starts being detected, so that it is taken off this list and
/// held to the seam checks.
const NOT_YET_DETECTED: &[&str] = &[];

const CASES: &[Case] = &[
    Case {
        kind: "credit card (spoken in pairs)",
        text: "my card number is forty five thirty nine fourteen eighty eight oh three forty three sixty four sixty seven thanks",
        entity: "forty five thirty nine fourteen eighty eight oh three forty three sixty four sixty seven",
    },
    Case {
        kind: "credit card (written groups)",
        text: "my card number is 4539 1488 0343 6467 thanks",
        entity: "4539 1488 0343 6467",
    },
    Case {
        kind: "cvv after security code",
        text: "and the security code is seven three seven thanks",
        entity: "seven three seven",
    },
    Case {
        kind: "card expiry",
        text: "the card expires oh four twenty seven thanks",
        entity: "oh four twenty seven",
    },
    Case {
        kind: "ssn",
        text: "my social security number is five one two four seven three eight two nine thanks",
        entity: "five one two four seven three eight two nine",
    },
    Case {
        kind: "phone",
        text: "you can reach me on four one five five five five oh one nine two thanks",
        entity: "four one five five five five oh one nine two",
    },
    Case {
        kind: "email (spoken)",
        text: "my email is r dot kowalski at gmail dot com thanks",
        entity: "r dot kowalski at gmail dot com",
    },
    Case {
        kind: "email (spoken, underscore and digits)",
        text: "write to j underscore nguyen eighty two at outlook dot com thanks",
        entity: "j underscore nguyen eighty two at outlook dot com",
    },
    Case {
        kind: "bank account",
        text: "my account number is seven seven three four one nine two zero five eight thanks",
        entity: "seven seven three four one nine two zero five eight",
    },
    Case {
        kind: "routing number",
        text: "the routing number is zero two one zero zero zero zero two one thanks",
        entity: "zero two one zero zero zero zero two one",
    },
    Case {
        kind: "iban (spelled)",
        text: "my iban is g b eight two w e s t one two three four five six nine eight seven six five four three two thanks",
        entity: "g b eight two w e s t one two three four five six nine eight seven six five four three two",
    },
    Case {
        kind: "iban (written)",
        text: "my iban is GB82 WEST 1234 5698 7654 32 thanks",
        entity: "GB82 WEST 1234 5698 7654 32",
    },
    Case {
        kind: "zip code",
        text: "and my zip code is nine four one one zero thanks",
        entity: "nine four one one zero",
    },
    Case {
        kind: "date of birth",
        text: "my date of birth is march fourteenth nineteen eighty two thanks",
        entity: "march fourteenth nineteen eighty two",
    },
    Case {
        kind: "street address",
        text: "i live at two twenty one baker street apartment four b thanks",
        entity: "two twenty one baker street apartment four b",
    },
    Case {
        kind: "driver's licence",
        text: "my driver's license number is d one two three four five six seven thanks",
        entity: "d one two three four five six seven",
    },
    Case {
        kind: "passport (spelled with as in)",
        text: "my passport number is c as in charlie zero three four five six seven eight nine thanks",
        entity: "c as in charlie zero three four five six seven eight nine",
    },
    Case {
        kind: "member id",
        text: "my member id is x j h one two three four five six thanks",
        entity: "x j h one two three four five six",
    },
    Case {
        kind: "medical record number",
        text: "my medical record number is four five six seven eight nine one thanks",
        entity: "four five six seven eight nine one",
    },
    Case {
        kind: "person name",
        text: "hi this is sarah johnson calling about my bill thanks",
        entity: "sarah johnson",
    },
    // More forms of the same types.
    Case {
        kind: "person name (Whisper casing)",
        text: "This is David Miller, calling about my bill thanks",
        entity: "David Miller,",
    },
    Case {
        kind: "person name (spelled)",
        text: "my last name is s m i t h thanks",
        entity: "s m i t h",
    },
    Case {
        kind: "phone (written groups)",
        text: "call me at 415 555 0192 thanks",
        entity: "415 555 0192",
    },
    Case {
        kind: "email (spelled local part)",
        text: "my email is s m i t h at gmail dot com thanks",
        entity: "s m i t h at gmail dot com",
    },
    Case {
        kind: "card expiry (month name)",
        text: "the card expires april twenty twenty seven thanks",
        entity: "april twenty twenty seven",
    },
    Case {
        kind: "date of birth (day first)",
        text: "i was born on the fourteenth of march nineteen eighty two thanks",
        entity: "fourteenth of march nineteen eighty two",
    },
    Case {
        kind: "street address (written number)",
        text: "I live at 742 Evergreen Terrace apt 3 thanks",
        entity: "742 Evergreen Terrace apt 3",
    },
    // The other types the rules recognize.
    Case {
        kind: "url (spoken)",
        text: "my website is jane dash doe dot com thanks",
        entity: "jane dash doe dot com",
    },
    Case {
        kind: "ip address (spoken)",
        text: "the server is one nine two dot one six eight dot one dot twenty thanks",
        entity: "one nine two dot one six eight dot one dot twenty",
    },
    Case {
        kind: "health plan",
        text: "my insurance member id is w one two three four five six seven eight nine thanks",
        entity: "w one two three four five six seven eight nine",
    },
    Case {
        kind: "vehicle id (spelled vin)",
        text: "the vin is one h g c m eight two six three three a zero zero four three five two thanks",
        entity: "one h g c m eight two six three three a zero zero four three five two",
    },
    Case {
        kind: "device id (imei)",
        text: "the imei is four nine zero one five four two zero three two three seven five one eight thanks",
        entity: "four nine zero one five four two zero three two three seven five one eight",
    },
];

fn seg(id: u64, words: &[&str], t0: u64) -> Segment {
    common::segment(id, words, t0)
}

/// Feeds `words` as segments split before each word index in `cuts` (ascending) and returns
/// the redacted text of all segments.
fn stream(d: &Detector, words: &[&str], cuts: &[usize]) -> String {
    let mut redactor = Anonymizer::new(Policy::default_policy(), None);
    let mut s = d.session();
    let mut out: Vec<RedactedSegment> = Vec::new();
    let mut bounds = vec![0];
    bounds.extend(cuts.iter().copied().filter(|&k| k > 0 && k < words.len()));
    bounds.push(words.len());
    for (id, pair) in bounds.windows(2).enumerate() {
        // Each segment starts a little after the previous one ended.
        let t0 = pair[0] as u64 * 300 + id as u64 * 500;
        let done = s
            .push(seg(id as u64, &words[pair[0]..pair[1]], t0))
            .unwrap();
        out.extend(redacted(&mut redactor, done));
    }
    let done = s.finish().unwrap();
    out.extend(redacted(&mut redactor, done));
    assert_eq!(out.len(), bounds.len() - 1, "every segment is emitted once");
    out.iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn redacted(a: &mut Anonymizer, done: Vec<hush::detect::DetectedSegment>) -> Vec<RedactedSegment> {
    done.into_iter().map(|d| a.redact(d).unwrap()).collect()
}

fn bare(w: &str) -> String {
    hush::detect::bare(w)
}

/// The entity's words found in `text`, and whether its digits or long words still leak.
fn leaked(text: &str, entity: &[&str]) -> Option<String> {
    let out: Vec<String> = text.split_whitespace().map(bare).collect();
    let words: Vec<&str> = entity
        .iter()
        .copied()
        .filter(|w| out.contains(&bare(w)))
        .collect();
    let value = entity.join(" ");
    if !words.is_empty() {
        return Some(format!("words {words:?}"));
    }
    LeakText::new(text)
        .leaks(&value)
        .then(|| "digits or a long word".to_string())
}

fn entity_range(words: &[&str], entity: &str) -> Range<usize> {
    let e: Vec<&str> = entity.split_whitespace().collect();
    let start = (0..=words.len() - e.len())
        .find(|&i| words[i..i + e.len()] == e[..])
        .expect("the entity is in the text");
    start..start + e.len()
}

#[test]
fn entities_split_at_any_seam_are_redacted_whole() {
    let _g = common::heavy();
    let d = detector();
    let mut failures = Vec::new();
    let mut pending_detected = Vec::new();
    let mut runs = 0;
    for case in CASES {
        let words: Vec<&str> = case.text.split_whitespace().collect();
        let r = entity_range(&words, case.entity);
        let entity = &words[r.clone()];
        // The check means something only if the entity's words occur nowhere else.
        for (i, w) in words.iter().enumerate() {
            assert!(
                r.contains(&i) || !entity.iter().any(|e| bare(e) == bare(w)),
                "{}: {w:?} is both in and around the entity",
                case.kind
            );
        }
        let whole = stream(&d, &words, &[]);
        let pending = NOT_YET_DETECTED.contains(&case.kind);
        if pending {
            if leaked(&whole, entity).is_none() {
                pending_detected.push(case.kind);
            }
            continue;
        }
        if let Some(what) = leaked(&whole, entity) {
            failures.push(format!(
                "{}: not redacted even in one segment ({what})",
                case.kind
            ));
            continue;
        }
        // One seam at every position from just before the entity to just after it, then every
        // word a segment of its own.
        let every_word: Vec<usize> = (1..words.len()).collect();
        let splits = (r.start..=r.end)
            .map(|k| {
                (
                    format!("seam before word {} of the entity", k - r.start),
                    vec![k],
                )
            })
            .chain([("every word its own segment".to_string(), every_word)]);
        for (name, cuts) in splits {
            runs += 1;
            let text = stream(&d, &words, &cuts);
            if let Some(what) = leaked(&text, entity) {
                failures.push(format!("{}: {name} leaks {what}", case.kind));
            }
            // Ordinary words after the entity survive.
            assert!(
                text.ends_with("thanks"),
                "{}: {name}: the last word was lost",
                case.kind
            );
        }
    }
    assert!(
        pending_detected.is_empty(),
        "now detected: take these off NOT_YET_DETECTED: {pending_detected:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {runs} seams failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Feeds `segments` one at a time and returns, for each push, how many segments were emitted
/// so far, then the total after `finish`.
fn emitted_after_each_push(d: &Detector, segments: &[Vec<&str>]) -> (Vec<usize>, usize) {
    let mut s: DetectSession = d.session();
    let mut emitted = 0;
    let mut counts = Vec::new();
    let mut t0 = 0;
    for (id, words) in segments.iter().enumerate() {
        emitted += s.push(seg(id as u64, words, t0)).unwrap().len();
        counts.push(emitted);
        t0 += words.len() as u64 * 300 + 500;
    }
    emitted += s.finish().unwrap().len();
    (counts, emitted)
}

#[test]
fn hold_back_latency_is_bounded() {
    let _g = common::heavy();
    let d = detector();
    // Ordinary speech is emitted as soon as it arrives.
    let plain: Vec<Vec<&str>> = [
        "hello there how are you doing today",
        "we talked about the weather and the game",
        "then everybody went home early",
    ]
    .iter()
    .map(|s| s.split_whitespace().collect())
    .collect();
    let (counts, total) = emitted_after_each_push(&d, &plain);
    assert_eq!(counts, [1, 2, 3]);
    assert_eq!(total, 3);
    // Number words without end are held, but never more than MAX_HOLD_WORDS of them: a segment
    // is out once that many words follow it.
    let per_seg = 10;
    let numbers: Vec<Vec<&str>> = (0..12)
        .map(|_| {
            "one two three four five six seven eight nine ten"
                .split_whitespace()
                .collect()
        })
        .collect();
    let (counts, total) = emitted_after_each_push(&d, &numbers);
    let max_held_segments = hush::detect::session::MAX_HOLD_WORDS.div_ceil(per_seg);
    for (i, &out) in counts.iter().enumerate() {
        let pushed = i + 1;
        assert!(
            out + max_held_segments >= pushed,
            "after {pushed} segments only {out} were emitted: {counts:?}"
        );
    }
    assert_eq!(total, numbers.len());
}
