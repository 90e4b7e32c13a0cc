//! The detector with the real NER model: lower-case ASR-style text, and entities split across
//! Whisper segments by the streaming hold-back.

mod common;

use hush::detect::{DetectSession, Detector, EntityKind};
use hush::models::{ModelSet, WhisperModel};
use hush::redact::{Anonymizer, Policy};
use hush::transcribe::Segment;

fn detector() -> Detector {
    detector_for(&Policy::default_policy())
}

fn detector_for(policy: &Policy) -> Detector {
    let m = ModelSet::locate(Some(&common::models_dir()), WhisperModel::default()).expect("models");
    Detector::load(&m, &policy.detect_options()).expect("NER model loads")
}

fn kinds_over(d: &mut DetectSession, text: &str) -> Vec<(EntityKind, Vec<String>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    d.detect(&words)
        .unwrap()
        .into_iter()
        .map(|e| {
            (
                e.kind,
                words[e.words.clone()]
                    .iter()
                    .map(|w| w.to_string())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn ner_finds_names_in_lower_case_unpunctuated_text() {
    let d = detector();
    let mut d = d.session();
    for (text, name) in [
        (
            "hi my name is sarah johnson and i am calling about my account",
            "sarah johnson",
        ),
        (
            "this is david miller calling from the billing department",
            "david miller",
        ),
        (
            "Hi, my name is Sarah Johnson and I'm calling about my account.",
            "Sarah Johnson",
        ),
    ] {
        let found = kinds_over(&mut d, text);
        let persons: Vec<String> = found
            .iter()
            .filter(|(k, _)| *k == EntityKind::Person)
            .map(|(_, w)| w.join(" "))
            .collect();
        assert!(
            persons
                .iter()
                .any(|p| p.contains(name.split(' ').next().unwrap()))
                && persons.join(" ").contains(name.split(' ').nth(1).unwrap()),
            "{name:?} not found as PERSON in {text:?}: {persons:?}"
        );
    }
}

#[test]
fn ner_keeps_ordinary_words() {
    let found = kinds_over(
        &mut detector().session(),
        "and so my fellow americans ask not what your country can do for you",
    );
    assert!(
        found.is_empty(),
        "false positives: {:?}",
        found.iter().map(|(k, _)| k).collect::<Vec<_>>()
    );
}

fn seg(id: u64, text: &str, t0: u64) -> Segment {
    let words: Vec<&str> = text.split_whitespace().collect();
    common::segment(id, &words, t0)
}

/// Feeds `a` then `b` as two segments and returns the redacted text of both.
fn stream(d: &Detector, a: &str, b: &str) -> (String, Vec<EntityKind>) {
    let mut redactor = Anonymizer::new(Policy::default_policy(), None);
    let mut s = d.session();
    let mut done = s.push(seg(0, a, 0)).unwrap();
    done.extend(s.push(seg(1, b, 20_000)).unwrap());
    done.extend(s.finish().unwrap());
    let out: Vec<_> = done
        .into_iter()
        .map(|d| redactor.redact(d).unwrap())
        .collect();
    assert_eq!(out.len(), 2, "both segments are emitted");
    let text = out
        .iter()
        .map(|r| r.text.clone())
        .collect::<Vec<_>>()
        .join(" | ");
    let kinds = out
        .iter()
        .flat_map(|r| r.entities.iter().map(|e| e.kind))
        .collect();
    (text, kinds)
}

#[test]
fn entities_split_across_segments_are_caught() {
    let d = detector();
    let cases = [
        (
            "my card number is 4539 1488",
            "0343 6467 thanks",
            EntityKind::CreditCard,
            "4539148803436467",
        ),
        (
            "you can reach me at 415 555",
            "0192 any time",
            EntityKind::Phone,
            "4155550192",
        ),
        (
            "my social is 512 47",
            "3829 okay",
            EntityKind::Ssn,
            "512473829",
        ),
        (
            "my email is sarah.johnson@",
            "gmail.com thank you",
            EntityKind::Email,
            "",
        ),
    ];
    for (a, b, kind, digits) in cases {
        let (text, kinds) = stream(&d, a, b);
        assert!(
            kinds.contains(&kind),
            "{kind} not found across the seam: {kinds:?}"
        );
        let text_digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() {
            assert!(
                !text_digits.contains(&digits[digits.len() - 4..]),
                "{kind}: digits leaked: {text}"
            );
            assert!(
                !text_digits.contains(&digits[..4]),
                "{kind}: digits leaked: {text}"
            );
        }
        assert!(!text.contains("johnson"), "email leaked");
        // The words around the entity survive.
        let last = b.split_whitespace().last().unwrap();
        assert!(text.contains(last), "ordinary word {last:?} lost: {text}");
    }
}

fn covered(d: &mut DetectSession, text: &str) -> Vec<String> {
    kinds_over(d, text)
        .into_iter()
        .flat_map(|(_, w)| w)
        .collect()
}

#[test]
fn payment_digits_redacts_any_digits_in_a_payment_context() {
    // Digits said near "card" that fit no card, CVV or expiry shape.
    let text = "the visa card ends 4539 and the other 880 thanks";
    let payment =
        Policy::parse("name='t'\nretention='P1D'\npayment_digits=true\n", "test").unwrap();
    let got = covered(&mut detector_for(&payment).session(), text);
    for piece in ["4539", "880"] {
        assert!(
            got.contains(&piece.to_string()),
            "payment_digits leaves {piece}"
        );
    }
    // The default policy does not (so this test measures the setting).
    let got = covered(&mut detector().session(), text);
    assert!(
        !got.contains(&"880".to_string()),
        "default already covers it"
    );
    // Outside a payment context, the setting leaves ordinary numbers alone.
    let chairs = "we need 250 chairs for the hall";
    let got = covered(&mut detector_for(&payment).session(), chairs);
    assert!(!got.contains(&"250".to_string()));
    // The pci preset also has `numbers = "all"`: the payment digits are card data, the chairs a
    // number.
    let pci = detector_for(&Policy::preset("pci").unwrap());
    let kinds = kinds_over(&mut pci.session(), text);
    assert!(
        kinds
            .iter()
            .any(|(k, w)| *k == EntityKind::CreditCard && w.contains(&"880".into())),
        "{kinds:?}"
    );
    let kinds = kinds_over(&mut pci.session(), chairs);
    assert!(
        kinds
            .iter()
            .any(|(k, w)| *k == EntityKind::Number && w.contains(&"250".into())),
        "{kinds:?}"
    );
}

#[test]
fn numbers_all_redacts_every_number_of_three_digits_and_keeps_kinds_it_knows() {
    // A bare answer with no cue, an amount, a year, and a card the rules know.
    let text = "it's four two six and it came to 1500 in 2019 with 2 kids card 4539 1488 0343 6467";
    let all = Policy::parse("name='t'\nretention='P1D'\nnumbers='all'\n", "test").unwrap();
    let numbers = detector_for(&all);
    let got = covered(&mut numbers.session(), text);
    for piece in ["four", "two", "six", "1500", "2019", "4539", "6467"] {
        assert!(
            got.contains(&piece.to_string()),
            "numbers=all leaves {piece}"
        );
    }
    assert!(!got.contains(&"2".to_string()), "two digits stay");
    // The card keeps its own kind: NUMBER only where nothing else knows what a number is.
    let kinds = kinds_over(&mut numbers.session(), text);
    assert!(kinds
        .iter()
        .any(|(k, w)| *k == EntityKind::CreditCard && w.contains(&"4539".into())));
    assert!(kinds
        .iter()
        .any(|(k, w)| *k == EntityKind::Number && w.contains(&"1500".into())));
    // The default leaves the amount (so this test measures the setting); the strict preset has
    // the setting.
    let got = covered(&mut detector().session(), text);
    assert!(!got.contains(&"1500".to_string()), "default covers amounts");
    let strict = Policy::preset("strict").unwrap();
    let got = covered(&mut detector_for(&strict).session(), text);
    assert!(got.contains(&"1500".to_string()), "strict leaves an amount");
}

#[test]
fn a_name_found_once_is_redacted_at_every_later_mention() {
    let detector = detector();
    let mut d = detector.session();
    let first = covered(&mut d, "hi my name is rita kowalczyk and i need help");
    assert!(first.contains(&"kowalczyk".to_string()), "{first:?}");
    let later = covered(&mut d, "okay so kowalczyk is on the account yes");
    assert!(
        later.contains(&"kowalczyk".to_string()),
        "re-mention missed"
    );
    assert!(!later.contains(&"account".to_string()));
    let mut d = detector.session();
    let other = covered(&mut d, "okay so kowalczyk is on the account yes");
    assert!(
        other.iter().all(|w| w != "so" && w != "okay"),
        "a new recording starts with nothing learned"
    );
}

#[test]
fn name_allow_and_deny_lists_from_the_policy() {
    let policy = Policy::parse(
        "name='t'\nretention='P1D'\n[names]\nallow=['Jordan']\ndeny=['Quill']\n",
        "test",
    )
    .unwrap();
    let got = covered(
        &mut detector_for(&policy).session(),
        "my name is jordan and i spoke to quill yesterday",
    );
    assert!(!got.contains(&"jordan".to_string()), "allow list ignored");
    assert!(got.contains(&"quill".to_string()), "deny list ignored");
}

/// A stereo call: the agent asks for the security code on channel 0, the caller says it on
/// channel 1. The caller's digits are read with the agent's question before them.
#[test]
fn a_code_asked_on_one_channel_and_said_on_the_other_is_redacted() {
    let d = detector();
    let mut redactor = Anonymizer::new(Policy::default_policy(), None);
    let mut s = d.session();
    let mut agent = seg(
        0,
        "thank you and what's the security code on the back of the card?",
        0,
    );
    agent.channel = 0;
    let mut caller = seg(1, "it's four two six", 5_000);
    caller.channel = 1;
    let mut done = s.push(agent).unwrap();
    done.extend(s.push(caller).unwrap());
    done.extend(s.finish().unwrap());
    let caller_out: Vec<_> = done
        .into_iter()
        .filter(|d| d.segment.channel == 1)
        .map(|d| redactor.redact(d).unwrap())
        .collect();
    assert_eq!(caller_out.len(), 1);
    let kinds: Vec<EntityKind> = caller_out[0].entities.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EntityKind::Cvv], "{}", caller_out[0].text);
    assert!(
        !caller_out[0].text.contains("four"),
        "{}",
        caller_out[0].text
    );
}
