//! Redacting names mentioned before they were recognized.
//!
//! Streaming detection releases words as soon as it can, so in "Kowalczyk? … yes, my name is
//! Rita Kowalczyk" the first "Kowalczyk" is released as a plain word before the cue phrase
//! reveals it as a name. For a file, nothing is written until every segment is in, so this pass
//! goes back over the finished segments and redacts every plain word that is a piece of a name
//! learned anywhere in the recording ([`crate::detect::Detector::known_names`]). Live capture,
//! whose released words are final, only gets the forward re-mentions the detector itself makes.

use std::collections::BTreeMap;

use super::{RedactedEntity, RedactedSegment, Redactor, SegmentBuilder};
use crate::detect::{DetectorKind, EntityKind};
use crate::error::Result;

/// Replaces plain words that are learned name pieces (`known`: piece → full name) with the
/// name's replacement. Returns the originals it redacted (for audio verification; memory only).
pub fn backfill(
    segments: &mut [RedactedSegment],
    known: &BTreeMap<String, String>,
    redactor: &mut Redactor,
) -> Result<Vec<(EntityKind, String)>> {
    let mut originals = Vec::new();
    if known.is_empty() {
        return Ok(originals);
    }
    for seg in segments.iter_mut() {
        let hits: Vec<Option<&String>> = seg
            .words
            .iter()
            .map(|w| {
                w.entity
                    .is_none()
                    .then(|| known.get(piece(&w.text).as_str()))
                    .flatten()
            })
            .collect();
        if hits.iter().all(Option::is_none) {
            continue;
        }
        let mut b = SegmentBuilder::default();
        for (w, hit) in seg.words.iter().zip(&hits) {
            if let Some(e) = w.entity {
                b.entity(&w.text, seg.entities[e].clone());
                continue;
            }
            let Some(full) = hit else {
                b.word(&w.text, w.start_ms, w.end_ms);
                continue;
            };
            // Same replacement as the full name, so a pseudonym names one person throughout.
            let Some((op, rep)) = redactor.replacement(EntityKind::Person, full)? else {
                b.word(&w.text, w.start_ms, w.end_ms);
                continue;
            };
            originals.push((EntityKind::Person, w.text.clone()));
            b.entity(
                &rep,
                RedactedEntity {
                    kind: EntityKind::Person,
                    detector: DetectorKind::Rule("name_remention"),
                    score: 0.75,
                    start_ms: w.start_ms,
                    end_ms: w.end_ms,
                    audio_start_ms: w.start_ms,
                    audio_end_ms: w.end_ms,
                    char_start: 0,
                    char_end: 0,
                    operator: format!("{op:?}").to_lowercase(),
                    placed: true,
                },
            );
        }
        let mut rebuilt = b.finish(seg.id, seg.start_ms, seg.end_ms);
        rebuilt.speaker = seg.speaker.take();
        *seg = rebuilt;
    }
    Ok(originals)
}

/// The lookup form of a word: lower-case, no surrounding punctuation, no possessive.
fn piece(word: &str) -> String {
    let b = crate::detect::names::bare(word);
    b.strip_suffix("'s").map(str::to_string).unwrap_or(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Policy;

    #[test]
    fn earlier_mentions_are_redacted_with_the_same_pseudonym() {
        let mut redactor = Redactor::new(Policy::default_policy(), None);
        let (_, first) = redactor
            .replacement(EntityKind::Person, "Rita Kowalczyk")
            .unwrap()
            .unwrap();
        let mut b = SegmentBuilder::default();
        b.word("Kowalczyk's", 0, 500);
        b.word("account.", 500, 900);
        let mut segs = vec![b.finish(0, 0, 900)];
        let known: BTreeMap<String, String> =
            [("kowalczyk".to_string(), "Rita Kowalczyk".to_string())].into();
        let originals = backfill(&mut segs, &known, &mut redactor).unwrap();
        assert_eq!(originals.len(), 1);
        assert_eq!(segs[0].text, format!("{first} account."));
        assert_eq!(segs[0].entities.len(), 1);
        assert_eq!(segs[0].entities[0].kind, EntityKind::Person);
        assert_eq!(segs[0].entities[0].char_start, 0);
        assert_eq!(segs[0].words[0].entity, Some(0));
    }

    #[test]
    fn nothing_known_changes_nothing() {
        let mut redactor = Redactor::new(Policy::default_policy(), None);
        let mut b = SegmentBuilder::default();
        b.word("hello", 0, 500);
        let mut segs = vec![b.finish(0, 0, 500)];
        let before = segs.clone();
        backfill(&mut segs, &BTreeMap::new(), &mut redactor).unwrap();
        assert_eq!(segs, before);
    }
}
