//! The anonymizer: applies a policy's operators to the entities detection found and builds the
//! redacted segments outputs write. Owns the per-recording operator state (pseudonym numbering)
//! and, when asked, the original values for verifying redacted audio. Knows nothing of how
//! entities were found, and never writes anything itself.

use std::collections::{BTreeMap, HashMap, VecDeque};

use super::{Operator, Operators, Policy, RedactedEntity, RedactedSegment, SegmentBuilder};
use crate::detect::{DetectedSegment, EntityKind};
use crate::error::Result;

/// Replacements remembered per entity id, so the part of an entity in a later segment gets the
/// same replacement without applying the operator again. The parts of one entity are released
/// together, so only recent ids can recur.
const RECENT_IDS: usize = 1024;

/// A policy's operators plus one recording's state: create one per recording, shared by all
/// its channels so a pseudonym means the same person on either side of a call.
pub struct Anonymizer {
    policy: Policy,
    operators: Operators,
    /// Replacement (or `None`: the policy keeps the type) per recent entity id.
    replaced: HashMap<u64, Option<(Operator, String)>>,
    recent: VecDeque<u64>,
    /// Original values of redacted entities, in memory only, when the caller will verify the
    /// redacted audio against them.
    originals: Option<Vec<(EntityKind, String)>>,
    /// Entities of types the policy keeps, per type: detected and counted, not redacted.
    kept: BTreeMap<EntityKind, usize>,
}

impl std::fmt::Debug for Anonymizer {
    // Hand-written: no original value may reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Anonymizer")
            .field("policy", &self.policy.file.name)
            .field("operators", &self.operators)
            .field("originals", &self.originals.as_ref().map(Vec::len))
            .finish()
    }
}

impl Anonymizer {
    pub fn new(policy: Policy, hash_key: Option<Vec<u8>>) -> Anonymizer {
        Anonymizer {
            policy,
            operators: Operators::new(hash_key),
            replaced: HashMap::new(),
            recent: VecDeque::new(),
            originals: None,
            kept: BTreeMap::new(),
        }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Entities of kept types seen so far, per type; `entity_counts` in provenance is the
    /// redacted entities in the output plus these.
    pub fn kept_counts(&self) -> &BTreeMap<EntityKind, usize> {
        &self.kept
    }

    /// Keep the original values redacted from now on, for [`Anonymizer::take_originals`].
    pub fn keep_originals(&mut self) {
        self.originals.get_or_insert_with(Vec::new);
    }

    /// The original values redacted so far (empty unless [`Anonymizer::keep_originals`]).
    pub fn take_originals(&mut self) -> Vec<(EntityKind, String)> {
        self.originals
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// The replacement for one value of type `kind`, or `None` when the policy keeps the type.
    /// Records the value when originals are kept.
    pub fn replace(
        &mut self,
        kind: EntityKind,
        original: &str,
    ) -> Result<Option<(Operator, String)>> {
        self.replace_mention(kind, original, original)
    }

    /// The replacement for a mention of a value said differently (a re-mentioned piece of a
    /// learned name: replaced as the whole `value`, so it reads the same, but recorded as the
    /// `said` words that verification must not hear).
    pub fn replace_mention(
        &mut self,
        kind: EntityKind,
        value: &str,
        said: &str,
    ) -> Result<Option<(Operator, String)>> {
        let Some(op) = self.policy.operator(kind) else {
            return Ok(None);
        };
        let replacement = self.operators.apply(op, kind, value)?;
        if let Some(o) = self.originals.as_mut() {
            o.push((kind, said.to_string()));
        }
        Ok(Some((op, replacement)))
    }

    /// The redacted form of a detected segment: each entity's words become its replacement
    /// (one per entity id, computed from the whole entity's original once, so both parts of an
    /// entity split across segments read the same); entities of types the policy keeps stay
    /// as words.
    pub fn redact(&mut self, d: DetectedSegment) -> Result<RedactedSegment> {
        let seg = d.segment;
        let mut b = SegmentBuilder::default();
        let mut next = 0;
        for e in &d.entities {
            for w in &seg.words[next..e.words.start] {
                b.word(&w.text, w.start_ms, w.end_ms);
            }
            next = e.words.end;
            let replacement = match self.replaced.get(&e.id) {
                Some(r) => r.clone(),
                None => {
                    let r = self.replace(e.kind, &e.original)?;
                    if r.is_none() {
                        *self.kept.entry(e.kind).or_insert(0) += 1;
                    }
                    self.remember(e.id, r.clone());
                    r
                }
            };
            let Some((op, rep)) = replacement else {
                for w in &seg.words[e.words.clone()] {
                    b.word(&w.text, w.start_ms, w.end_ms);
                }
                continue;
            };
            b.entity(
                &rep,
                RedactedEntity {
                    kind: e.kind,
                    detector: e.detector,
                    score: e.score,
                    start_ms: e.start_ms,
                    end_ms: e.end_ms,
                    audio_start_ms: e.audio_start_ms,
                    audio_end_ms: e.audio_end_ms,
                    char_start: 0,
                    char_end: 0,
                    operator: op.as_str().to_string(),
                    placed: e.placed,
                },
            );
        }
        for w in &seg.words[next.min(seg.words.len())..] {
            b.word(&w.text, w.start_ms, w.end_ms);
        }
        let mut out = b.finish(seg.id, seg.start_ms, seg.end_ms);
        out.channel = seg.channel;
        out.confidence = seg.confidence;
        Ok(out)
    }

    fn remember(&mut self, id: u64, r: Option<(Operator, String)>) {
        self.replaced.insert(id, r);
        self.recent.push_back(id);
        if self.recent.len() > RECENT_IDS {
            if let Some(old) = self.recent.pop_front() {
                self.replaced.remove(&old);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{DetectorKind, SegmentEntity};
    use crate::transcribe::{Segment, Word};

    fn seg(id: u64, words: &[&str], t0: u64) -> Segment {
        Segment {
            id,
            channel: 1,
            start_ms: t0,
            end_ms: t0 + 300 * words.len() as u64,
            words: words
                .iter()
                .enumerate()
                .map(|(i, w)| Word::at(*w, t0 + 300 * i as u64, t0 + 300 * i as u64 + 250))
                .collect(),
            confidence: None,
        }
    }

    fn part(
        id: u64,
        kind: EntityKind,
        words: std::ops::Range<usize>,
        original: &str,
    ) -> SegmentEntity {
        SegmentEntity {
            id,
            kind,
            detector: DetectorKind::Rule("test"),
            score: 0.9,
            words,
            start_ms: 0,
            end_ms: 0,
            audio_start_ms: 0,
            audio_end_ms: 0,
            placed: true,
            original: original.to_string(),
        }
    }

    #[test]
    fn kept_types_are_counted_once_per_entity_not_redacted() {
        let policy = Policy::parse("name='k'\nretention='P1D'\nkeep=['PHONE']\n", "t").unwrap();
        let mut a = Anonymizer::new(policy, None);
        let d = DetectedSegment {
            segment: seg(0, &["call", "555", "0192", "or", "555", "0148", "sarah"], 0),
            entities: vec![
                part(1, EntityKind::Phone, 1..3, "555 0192"),
                part(2, EntityKind::Phone, 4..6, "555 0148"),
                part(3, EntityKind::Person, 6..7, "sarah"),
            ],
        };
        let r = a.redact(d).unwrap();
        assert!(
            r.text.starts_with("call 555 0192 or 555 0148 "),
            "{}",
            r.text
        );
        assert_eq!(r.entities.len(), 1);
        // The second part of a split entity (same id) is not counted again.
        let tail = DetectedSegment {
            segment: seg(1, &["0148"], 3_000),
            entities: vec![part(2, EntityKind::Phone, 0..1, "555 0148")],
        };
        a.redact(tail).unwrap();
        assert_eq!(a.kept_counts().get(&EntityKind::Phone), Some(&2));
        assert_eq!(a.kept_counts().get(&EntityKind::Person), None);
    }

    fn pseudonyms() -> Anonymizer {
        let p = Policy::parse(
            "name='t'\nretention='P1D'\ndefault_operator='pseudonym'\n",
            "test",
        )
        .unwrap();
        Anonymizer::new(p, None)
    }

    #[test]
    fn both_parts_of_a_split_entity_read_the_same() {
        let mut a = pseudonyms();
        a.keep_originals();
        // A first card takes pseudonym 1, so a per-part replacement of "4539 1488" alone
        // would differ from the whole card's.
        let first = a
            .redact(DetectedSegment {
                segment: seg(0, &["card", "4111", "1111", "1111", "1111"], 0),
                entities: vec![part(7, EntityKind::CreditCard, 1..5, "4111 1111 1111 1111")],
            })
            .unwrap();
        let whole = "4539 1488 0343 6467";
        let one = a
            .redact(DetectedSegment {
                segment: seg(1, &["my", "card", "is", "4539", "1488"], 2000),
                entities: vec![part(8, EntityKind::CreditCard, 3..5, whole)],
            })
            .unwrap();
        let two = a
            .redact(DetectedSegment {
                segment: seg(2, &["0343", "6467", "thanks"], 4000),
                entities: vec![part(8, EntityKind::CreditCard, 0..2, whole)],
            })
            .unwrap();
        assert_eq!(first.text, "card [CREDIT_CARD_1]");
        assert_eq!(one.text, "my card is [CREDIT_CARD_2]");
        assert_eq!(two.text, "[CREDIT_CARD_2] thanks");
        assert_eq!((one.channel, two.channel), (1, 1));
        assert_eq!(two.entities[0].char_start, 0);
        assert_eq!(two.words[0].entity, Some(0));
        // The operator ran once per entity: one original each.
        assert_eq!(a.take_originals().len(), 2);
        assert!(a.take_originals().is_empty());
    }

    #[test]
    fn kept_types_stay_as_words() {
        let p = Policy::parse("name='t'\nretention='P1D'\nkeep=['DATE']\n", "test").unwrap();
        let mut a = Anonymizer::new(p, None);
        let out = a
            .redact(DetectedSegment {
                segment: seg(0, &["born", "march", "fourth", "ok"], 0),
                entities: vec![part(0, EntityKind::Date, 1..3, "march fourth")],
            })
            .unwrap();
        assert_eq!(out.text, "born march fourth ok");
        assert!(out.entities.is_empty());
        assert!(out.words.iter().all(|w| w.entity.is_none()));
    }
}
