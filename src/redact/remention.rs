//! Redacting names mentioned before they were recognized.
//!
//! Streaming detection releases words as soon as it can, so in "Kowalczyk? … yes, my name is
//! Rita Kowalczyk" the first "Kowalczyk" is released as a plain word before the cue phrase
//! reveals it as a name. For a file, nothing is written until every segment is in, so this pass
//! goes back over the finished segments and redacts every plain word that is a piece of a name
//! learned anywhere in the recording ([`crate::detect::DetectSession::known_names`]), with the
//! same [`Anonymizer`] (so a pseudonym names one person throughout). Live capture, whose released
//! words are final, only gets the forward re-mentions the detection session itself makes. This
//! is the one place backfill happens.

use std::collections::BTreeMap;

use super::{Anonymizer, RedactedEntity, RedactedSegment, SegmentBuilder};
use crate::detect::{DetectorKind, EntityKind};
use crate::error::Result;

/// Replaces plain words that are learned name pieces (`known`: piece → full name) with the
/// name's replacement. Returns how many words it redacted; the anonymizer keeps their originals
/// if it keeps originals (for audio verification; memory only).
pub fn backfill(
    segments: &mut [RedactedSegment],
    known: &BTreeMap<String, String>,
    anonymizer: &mut Anonymizer,
) -> Result<usize> {
    let mut redacted = 0;
    if known.is_empty() {
        return Ok(redacted);
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
            let Some((op, rep)) = anonymizer.replace_mention(EntityKind::Person, full, &w.text)?
            else {
                b.word(&w.text, w.start_ms, w.end_ms);
                continue;
            };
            redacted += 1;
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
                    operator: op.as_str().to_string(),
                    placed: true,
                },
            );
        }
        let mut rebuilt = b.finish(seg.id, seg.start_ms, seg.end_ms);
        rebuilt.speaker = seg.speaker.take();
        rebuilt.channel = seg.channel;
        rebuilt.confidence = seg.confidence;
        *seg = rebuilt;
    }
    Ok(redacted)
}

/// The lookup form of a word: lower-case, no surrounding punctuation, no possessive.
fn piece(word: &str) -> String {
    let b = crate::detect::bare(word);
    b.strip_suffix("'s").map(str::to_string).unwrap_or(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Policy;

    #[test]
    fn earlier_mentions_are_redacted_with_the_same_pseudonym() {
        let mut redactor = Anonymizer::new(Policy::default_policy(), None);
        let (_, first) = redactor
            .replace(EntityKind::Person, "Rita Kowalczyk")
            .unwrap()
            .unwrap();
        redactor.keep_originals();
        let mut b = SegmentBuilder::default();
        b.word("Kowalczyk's", 0, 500);
        b.word("account.", 500, 900);
        let mut segs = vec![b.finish(0, 0, 900)];
        let known: BTreeMap<String, String> =
            [("kowalczyk".to_string(), "Rita Kowalczyk".to_string())].into();
        let n = backfill(&mut segs, &known, &mut redactor).unwrap();
        assert_eq!(n, 1);
        // The word as said is what verification listens for.
        assert_eq!(
            redactor.take_originals(),
            vec![(EntityKind::Person, "Kowalczyk's".to_string())]
        );
        assert_eq!(segs[0].text, format!("{first} account."));
        assert_eq!(segs[0].entities.len(), 1);
        assert_eq!(segs[0].entities[0].kind, EntityKind::Person);
        assert_eq!(segs[0].entities[0].char_start, 0);
        assert_eq!(segs[0].words[0].entity, Some(0));
    }

    #[test]
    fn nothing_known_changes_nothing() {
        let mut redactor = Anonymizer::new(Policy::default_policy(), None);
        let mut b = SegmentBuilder::default();
        b.word("hello", 0, 500);
        let mut segs = vec![b.finish(0, 0, 500)];
        let before = segs.clone();
        backfill(&mut segs, &BTreeMap::new(), &mut redactor).unwrap();
        assert_eq!(segs, before);
    }
}
