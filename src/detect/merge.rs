//! Resolving overlapping entities from the rule recognizers and the NER model.
//!
//! Several detectors often claim the same words: NER tags "four one five …" as a phone while the
//! phone rule covers the same digits, nine digits can be an SSN and a routing number at once. The
//! redactor needs one non-overlapping entity per word, so the most confident claim wins (ties:
//! the longer span, then a rule, whose validator checked the value, over NER).
//!
//! One exception comes first: an NER entity whose words all lie inside a rule entity is dropped,
//! whatever the scores. The rule checked the value's shape over the whole span (and usually a
//! checksum or a cue word), while the model is unreliable on digit strings and often tags only
//! part of one: on a misheard card number "4539 148 0343 6467" it said PHONE for "0343 6467" with
//! high confidence, and on an account number read after "count number" it says PHONE for all of
//! it. Letting that win would label a card as a phone or split it in two; dropping it uncovers
//! nothing, since the rule entity covers every one of its words. Not inside a number read out
//! ([`READ_OUT`]) or any number ([`ANY_NUMBER`]): those rules say only "some identifier" or
//! "some number", so a kind the model gives its words (a phone, a house number) is worth
//! keeping, and the model's score decides as anywhere else.
//!
//! The one thing a merge must never do is un-redact: a word that any detector flagged stays
//! covered. When a losing entity reaches beyond the winner, the part outside is kept: it extends
//! the winner if both have the same kind (one phone number, not two), and otherwise becomes an
//! entity of the loser's kind and score.

use std::cmp::Ordering;
use std::ops::Range;

use super::entity::{DetectorKind, Entity};
use super::recognizers::{ANY_NUMBER, READ_OUT};

/// Resolves overlapping entities: an NER entity inside a rule entity is dropped, then the
/// highest score wins (ties: the longer span, then rule over NER); a lower-scored entity
/// overlapping a winner is dropped, except that every word it covered stays covered (see the
/// module docs). Output sorted by start, non-overlapping; empty ranges are dropped.
pub fn merge(entities: Vec<Entity>) -> Vec<Entity> {
    let mut entities = drop_ner_inside_rules(entities);
    entities.sort_by(priority);
    let mut kept: Vec<Entity> = Vec::with_capacity(entities.len());
    for e in entities {
        let overlapped: Vec<usize> = (0..kept.len())
            .filter(|&i| overlaps(&kept[i].words, &e.words))
            .collect();
        if overlapped.is_empty() {
            kept.push(e);
            continue;
        }
        let mut rest = vec![e.words.clone()];
        for &i in &overlapped {
            rest = rest
                .into_iter()
                .flat_map(|r| subtract(r, &kept[i].words))
                .collect();
        }
        for piece in rest {
            // Remainders touch a winner they overlapped; of the same kind, that winner grows.
            let same = overlapped.iter().copied().find(|&i| {
                kept[i].kind == e.kind
                    && (kept[i].words.end == piece.start || kept[i].words.start == piece.end)
            });
            match same {
                Some(i) => {
                    let w = &mut kept[i].words;
                    *w = w.start.min(piece.start)..w.end.max(piece.end);
                }
                None => kept.push(Entity {
                    words: piece,
                    ..e.clone()
                }),
            }
        }
    }
    kept.sort_by_key(|e| e.words.start);
    kept
}

/// Drops empty entities and NER entities whose words all lie inside one rule entity's.
/// Extends each ADDRESS over a bare number said right before it, which the model leaves out when
/// Whisper writes the house number oddly ("22.05 Quill for the Road" for 2205 Quillfeather Road):
/// the street without its number still leaves the number readable. Runs on merged entities, so
/// the number is taken only if no other entity holds it.
pub fn attach_house_numbers<S: AsRef<str>>(words: &[S], entities: &mut [Entity]) {
    let house_number = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.bytes().any(|b| b.is_ascii_digit())
            && w.bytes().all(|b| b.is_ascii_digit() || b"-./".contains(&b))
    };
    for i in 0..entities.len() {
        let start = entities[i].words.start;
        let taken = i > 0 && entities[i - 1].words.end == start;
        if entities[i].kind == super::EntityKind::Address
            && start > 0
            && !taken
            && house_number(words[start - 1].as_ref())
        {
            entities[i].words.start -= 1;
        }
    }
}

fn drop_ner_inside_rules(mut entities: Vec<Entity>) -> Vec<Entity> {
    entities.retain(|e| e.words.start < e.words.end);
    let rules: Vec<Range<usize>> = entities
        .iter()
        .filter(|e| is_rule(e) && !names_no_kind(e))
        .map(|e| e.words.clone())
        .collect();
    entities.retain(|e| {
        is_rule(e)
            || !rules
                .iter()
                .any(|r| r.start <= e.words.start && e.words.end <= r.end)
    });
    entities
}

/// A rule that says only "some identifier" or "some number", not what kind.
fn names_no_kind(e: &Entity) -> bool {
    e.detector == DetectorKind::Rule(READ_OUT) || e.detector == DetectorKind::Rule(ANY_NUMBER)
}

fn is_rule(e: &Entity) -> bool {
    matches!(e.detector, DetectorKind::Rule(_))
}

/// Winner first: higher score, longer span, rule before NER, then a stable position order.
fn priority(a: &Entity, b: &Entity) -> Ordering {
    let len = |e: &Entity| e.words.end - e.words.start;
    b.score
        .total_cmp(&a.score)
        .then_with(|| len(b).cmp(&len(a)))
        .then_with(|| is_rule(b).cmp(&is_rule(a)))
        .then_with(|| a.words.start.cmp(&b.words.start))
        .then_with(|| a.kind.cmp(&b.kind))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The parts of `r` outside `cut` (zero, one or two ranges).
fn subtract(r: Range<usize>, cut: &Range<usize>) -> Vec<Range<usize>> {
    if !overlaps(&r, cut) {
        return vec![r];
    }
    [r.start..cut.start, cut.end..r.end]
        .into_iter()
        .filter(|p| p.start < p.end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::EntityKind;
    use proptest::prelude::*;

    fn ent(kind: EntityKind, words: Range<usize>, score: f32, detector: DetectorKind) -> Entity {
        Entity {
            kind,
            words,
            score,
            detector,
        }
    }
    const RULE: DetectorKind = DetectorKind::Rule("test");
    const NER: DetectorKind = DetectorKind::Ner;

    #[test]
    fn disjoint_entities_are_kept_and_sorted() {
        let out = merge(vec![
            ent(EntityKind::Phone, 5..8, 0.6, RULE),
            ent(EntityKind::Person, 0..2, 0.9, NER),
        ]);
        assert_eq!(
            out.iter().map(|e| e.words.clone()).collect::<Vec<_>>(),
            vec![0..2, 5..8]
        );
    }

    #[test]
    fn higher_score_wins_a_full_overlap() {
        let out = merge(vec![
            ent(EntityKind::Ssn, 3..4, 0.5, RULE),
            ent(EntityKind::RoutingNumber, 3..4, 0.85, RULE),
        ]);
        assert_eq!(out, vec![ent(EntityKind::RoutingNumber, 3..4, 0.85, RULE)]);
    }

    #[test]
    fn ties_prefer_longer_then_rule() {
        let out = merge(vec![
            ent(EntityKind::Person, 2..3, 0.9, NER),
            ent(EntityKind::Email, 2..5, 0.9, NER),
        ]);
        assert_eq!(out, vec![ent(EntityKind::Email, 2..5, 0.9, NER)]);
        let out = merge(vec![
            ent(EntityKind::Phone, 2..5, 0.9, NER),
            ent(EntityKind::IdNumber, 2..5, 0.9, RULE),
        ]);
        assert_eq!(out, vec![ent(EntityKind::IdNumber, 2..5, 0.9, RULE)]);
    }

    #[test]
    fn a_kind_inside_a_number_read_out_is_kept() {
        // "They're not answering at 78 651 450": NER's phone wins over the kind-less rule.
        let read = DetectorKind::Rule(READ_OUT);
        let out = merge(vec![
            ent(EntityKind::IdNumber, 4..7, 0.45, read),
            ent(EntityKind::Phone, 4..7, 0.8, NER),
        ]);
        assert_eq!(out, vec![ent(EntityKind::Phone, 4..7, 0.8, NER)]);
        // Part of it: the rest stays covered as the rule's.
        let out = merge(vec![
            ent(EntityKind::IdNumber, 4..7, 0.45, read),
            ent(EntityKind::Phone, 5..7, 0.8, NER),
        ]);
        assert_eq!(
            out,
            vec![
                ent(EntityKind::IdNumber, 4..5, 0.45, read),
                ent(EntityKind::Phone, 5..7, 0.8, NER)
            ]
        );
        // Any number is as kind-less: "call 415 555 2671", NER's phone keeps its kind.
        let any = DetectorKind::Rule(ANY_NUMBER);
        let out = merge(vec![
            ent(EntityKind::Number, 1..4, 0.4, any),
            ent(EntityKind::Phone, 1..4, 0.8, NER),
        ]);
        assert_eq!(out, vec![ent(EntityKind::Phone, 1..4, 0.8, NER)]);
        // Any other rule still drops NER inside it.
        let out = merge(vec![
            ent(EntityKind::IdNumber, 4..7, 0.45, RULE),
            ent(EntityKind::Phone, 5..7, 0.8, NER),
        ]);
        assert_eq!(out, vec![ent(EntityKind::IdNumber, 4..7, 0.45, RULE)]);
    }

    #[test]
    fn same_kind_loser_extends_the_winner() {
        // NER's phone also took "is" before the digits: the rule's phone wins but grows over it.
        let out = merge(vec![
            ent(EntityKind::Phone, 4..10, 0.7, NER),
            ent(EntityKind::Phone, 5..15, 0.95, RULE),
        ]);
        assert_eq!(out, vec![ent(EntityKind::Phone, 4..15, 0.95, RULE)]);
    }

    #[test]
    fn other_kind_remainders_stay_redacted() {
        // A lower-scored person around a higher-scored email: both sides stay covered.
        let out = merge(vec![
            ent(EntityKind::Person, 0..10, 0.6, NER),
            ent(EntityKind::Email, 3..6, 0.9, RULE),
        ]);
        assert_eq!(
            out,
            vec![
                ent(EntityKind::Person, 0..3, 0.6, NER),
                ent(EntityKind::Email, 3..6, 0.9, RULE),
                ent(EntityKind::Person, 6..10, 0.6, NER),
            ]
        );
    }

    #[test]
    fn rule_beats_ner_inside_it() {
        // "My card number is 4539 148 0343 6467": the card rule (Luhn failed, lower score) covers
        // words 4..8; NER called the last two groups a phone.
        let out = merge(vec![
            ent(EntityKind::Phone, 6..8, 0.98, NER),
            ent(EntityKind::CreditCard, 4..8, 0.65, RULE),
        ]);
        assert_eq!(out, vec![ent(EntityKind::CreditCard, 4..8, 0.65, RULE)]);
        // Same words: the rule's kind wins too ("count number is 7-7-3-4, 192-058.").
        let out = merge(vec![
            ent(EntityKind::Phone, 4..6, 0.97, NER),
            ent(EntityKind::Phone, 4..6, 0.6, RULE),
            ent(EntityKind::BankAccount, 4..6, 0.9, RULE),
        ]);
        assert_eq!(out, vec![ent(EntityKind::BankAccount, 4..6, 0.9, RULE)]);
    }

    #[test]
    fn ner_reaching_past_a_rule_still_competes_on_score() {
        let out = merge(vec![
            ent(EntityKind::Phone, 6..9, 0.98, NER),
            ent(EntityKind::CreditCard, 4..8, 0.65, RULE),
        ]);
        assert_eq!(
            out,
            vec![
                ent(EntityKind::CreditCard, 4..6, 0.65, RULE),
                ent(EntityKind::Phone, 6..9, 0.98, NER),
            ]
        );
        // A rule inside an NER entity does not drop the NER entity.
        let out = merge(vec![
            ent(EntityKind::Person, 0..4, 0.9, NER),
            ent(EntityKind::Date, 1..3, 0.6, RULE),
        ]);
        assert_eq!(out, vec![ent(EntityKind::Person, 0..4, 0.9, NER)]);
    }

    #[test]
    fn empty_ranges_are_dropped() {
        assert!(merge(vec![ent(EntityKind::Zip, 3..3, 1.0, RULE)]).is_empty());
    }

    fn entity_strategy() -> impl Strategy<Value = Entity> {
        (
            0usize..30,
            0usize..8,
            0u8..=10,
            0usize..EntityKind::ALL.len(),
            any::<bool>(),
        )
            .prop_map(|(start, len, score, kind, rule)| Entity {
                kind: EntityKind::ALL[kind],
                words: start..start + len,
                score: f32::from(score) / 10.0,
                detector: if rule { RULE } else { NER },
            })
    }

    proptest! {
        #[test]
        fn merge_never_uncovers_and_never_overlaps(input in prop::collection::vec(entity_strategy(), 0..16)) {
            let out = merge(input.clone());
            for pair in out.windows(2) {
                prop_assert!(pair[0].words.end <= pair[1].words.start, "overlap or unsorted: {:?}", out);
            }
            let covered = |es: &[Entity], w: usize| es.iter().any(|e| e.words.contains(&w));
            for w in 0..40 {
                prop_assert_eq!(covered(&input, w), covered(&out, w), "word {}", w);
            }
            // Every output entity carries the kind and score of some input entity.
            for o in &out {
                prop_assert!(input.iter().any(|i| i.kind == o.kind && i.score == o.score && i.detector == o.detector));
            }
            // The overall winner, once NER entities inside rules are gone, survives (maybe grown).
            let rest = drop_ner_inside_rules(input.clone());
            if let Some(best) = rest.iter().min_by(|a, b| priority(a, b)) {
                prop_assert!(out.iter().any(|o| o.kind == best.kind && o.words.start <= best.words.start && o.words.end >= best.words.end));
            }
        }
    }

    #[test]
    fn addresses_take_the_house_number_before_them() {
        let addr = |a: usize, b: usize| Entity {
            kind: super::super::EntityKind::Address,
            words: a..b,
            score: 0.9,
            detector: DetectorKind::Ner,
        };
        let words = ["Ship", "it", "to,", "22.05", "Quill", "for", "the", "Road,"];
        let mut found = vec![addr(4, 8)];
        attach_house_numbers(&words, &mut found);
        assert_eq!(found[0].words, 3..8);
        // Not a word, and not a number another entity holds.
        let mut found = vec![addr(3, 8)];
        attach_house_numbers(&words, &mut found);
        assert_eq!(found[0].words, 3..8);
        let mut found = vec![addr(3, 4), addr(4, 8)];
        attach_house_numbers(&words, &mut found);
        assert_eq!(found[1].words, 4..8);
    }
}
