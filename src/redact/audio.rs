//! Which parts of the recording to mute: the audio side of a redaction decision.
//!
//! Every redacted entity becomes a mute interval over its words' times. An entity whose words
//! have no reliable times cannot be placed, so it fails closed: its whole segment is muted
//! (reason `unplaced_entity`) rather than trusting a guess. Padding and merging are then applied
//! by [`crate::audio::bleep::pad_and_merge`].

use serde::{Deserialize, Serialize};

use super::RedactedSegment;
use crate::audio::bleep::{self, pad_and_merge, AudioMode};
use crate::detect::EntityKind;

/// An interval of the recording to mute, and the entity types it hides.
pub type MuteInterval = bleep::MuteInterval<EntityKind>;
/// Why an interval is muted (entity types only, never values).
pub type MuteReason = bleep::MuteReason<EntityKind>;

/// How redacted audio is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AudioOptions {
    pub mode: AudioMode,
    /// Padding before and after each entity, in ms.
    pub pad_ms: u64,
}

impl Default for AudioOptions {
    fn default() -> Self {
        AudioOptions {
            mode: AudioMode::Beep,
            pad_ms: 150,
        }
    }
}

/// The audio part of a transcript: what was muted and why.
#[derive(Debug, Clone, Serialize)]
pub struct AudioRedaction {
    pub mode: AudioMode,
    pub pad_ms: u64,
    /// Padded, merged intervals actually muted.
    pub muted: Vec<MuteInterval>,
    /// Entities whose words had no reliable time (their segments were muted whole).
    pub unplaced_entities: usize,
    /// Muted share of the recording (all channels together), untranscribed audio included.
    pub muted_share: f64,
    /// Share of the recording (all channels together) muted because it was never transcribed.
    pub untranscribed_share: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// Result of re-transcribing the redacted audio (`--verify`).
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    /// Redacted values still readable in the re-transcript (must be 0 for output to be written).
    pub leaked_values: usize,
    pub checked_values: usize,
    /// Entities the detector still finds in the re-transcript (beeps and silence are sometimes
    /// heard as words; counted, not fatal).
    pub detected_entities: usize,
    pub retranscribed_words: usize,
}

/// Raw (unpadded) intervals for the entities in `segments`, on `channel` (None = all channels).
pub fn entity_intervals(segments: &[RedactedSegment], channel: Option<u16>) -> Vec<MuteInterval> {
    let mut out = Vec::new();
    for seg in segments {
        for e in &seg.entities {
            out.push(if e.placed {
                MuteInterval {
                    start_ms: e.audio_start_ms.min(e.start_ms),
                    end_ms: e.audio_end_ms.max(e.end_ms).max(e.start_ms + 1),
                    channel,
                    reason: MuteReason::Entity {
                        types: vec![e.kind],
                    },
                }
            } else {
                MuteInterval {
                    start_ms: seg.start_ms,
                    end_ms: seg.end_ms.max(seg.start_ms + 1),
                    channel,
                    reason: MuteReason::UnplacedEntity {
                        types: vec![e.kind],
                    },
                }
            });
        }
    }
    out
}

/// Intervals of `[0, duration_ms)` that no range in `decoded` covers (the audio the transcriber
/// never decoded, e.g. silence packing or the voice-activity windower took out), on `channel`.
/// They are muted because nothing in them was checked: if the voice-activity model scored quiet
/// speech as silence, that speech must not survive in a redacted recording either.
pub fn untranscribed_intervals(
    decoded: &[std::ops::Range<u64>],
    duration_ms: u64,
    channel: Option<u16>,
) -> Vec<MuteInterval> {
    let mut ranges: Vec<_> = decoded
        .iter()
        .filter(|r| r.start < r.end)
        .cloned()
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut out = Vec::new();
    let mut at = 0;
    let mut gap = |start: u64, end: u64| {
        if start < end {
            out.push(MuteInterval {
                start_ms: start,
                end_ms: end,
                channel,
                reason: MuteReason::Untranscribed {},
            });
        }
    };
    for r in ranges {
        gap(at, r.start.min(duration_ms));
        at = at.max(r.end);
    }
    gap(at, duration_ms);
    out
}

/// Builds the audio redaction record for a recording of `duration_ms` with `channels` channels.
pub fn plan(
    raw: &[MuteInterval],
    opts: AudioOptions,
    duration_ms: u64,
    channels: u16,
) -> AudioRedaction {
    let muted = pad_and_merge(raw, opts.pad_ms, duration_ms);
    let unplaced_entities = raw
        .iter()
        .filter(|m| matches!(m.reason, MuteReason::UnplacedEntity { .. }))
        .count();
    let share = |untranscribed_only: bool| {
        let channel_ms: u64 = covered(&muted, channels, untranscribed_only);
        channel_ms as f64 / (duration_ms.max(1) * channels.max(1) as u64) as f64
    };
    let (muted_share, untranscribed_share) = (share(false), share(true));
    AudioRedaction {
        mode: opts.mode,
        pad_ms: opts.pad_ms,
        muted,
        unplaced_entities,
        muted_share,
        untranscribed_share,
        verification: None,
    }
}

/// Channel-milliseconds under `muted` (overlaps counted once), or only under its untranscribed
/// intervals.
fn covered(muted: &[MuteInterval], channels: u16, untranscribed_only: bool) -> u64 {
    (0..channels.max(1))
        .map(|ch| {
            let mut runs: Vec<(u64, u64)> = muted
                .iter()
                .filter(|m| m.channel.is_none_or(|c| c == ch || c >= channels))
                .filter(|m| !untranscribed_only || m.reason.is_untranscribed())
                .map(|m| (m.start_ms, m.end_ms))
                .collect();
            runs.sort_unstable();
            let (mut total, mut reach) = (0, 0);
            for (s, e) in runs {
                let s = s.max(reach);
                if e > s {
                    total += e - s;
                    reach = e;
                }
            }
            total
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{DetectorKind, EntityKind};
    use crate::redact::RedactedEntity;

    fn seg(placed: bool) -> RedactedSegment {
        RedactedSegment {
            id: 0,
            channel: 0,
            speaker: None,
            start_ms: 1_000,
            end_ms: 5_000,
            text: String::new(),
            words: vec![],
            confidence: None,
            entities: vec![RedactedEntity {
                kind: EntityKind::CreditCard,
                detector: DetectorKind::Rule("credit_card"),
                score: 0.9,
                start_ms: 2_000,
                end_ms: 3_000,
                audio_start_ms: 2_000,
                audio_end_ms: 3_000,
                char_start: 0,
                char_end: 0,
                operator: "tag".into(),
                placed,
            }],
        }
    }

    #[test]
    fn placed_entities_mute_their_words_unplaced_their_segment() {
        let a = entity_intervals(&[seg(true)], None);
        assert_eq!((a[0].start_ms, a[0].end_ms), (2_000, 3_000));
        let b = entity_intervals(&[seg(false)], Some(1));
        assert_eq!(
            (b[0].start_ms, b[0].end_ms, b[0].channel),
            (1_000, 5_000, Some(1))
        );
        assert!(matches!(b[0].reason, MuteReason::UnplacedEntity { .. }));
    }

    #[test]
    fn plan_pads_and_reports_share() {
        let raw = entity_intervals(&[seg(true)], None);
        let p = plan(
            &raw,
            AudioOptions {
                mode: AudioMode::Silence,
                pad_ms: 150,
            },
            10_000,
            1,
        );
        assert_eq!((p.muted[0].start_ms, p.muted[0].end_ms), (1_850, 3_150));
        assert!((p.muted_share - 0.13).abs() < 1e-9);
        assert_eq!(p.unplaced_entities, 0);
    }

    #[test]
    fn what_no_window_decoded_is_muted_as_untranscribed() {
        // Windows overlap and arrive out of order; the recording ends after the last one.
        let got: Vec<_> =
            untranscribed_intervals(&[5_000..7_000, 0..2_000, 1_500..3_000], 9_000, Some(1))
                .into_iter()
                .map(|m| (m.start_ms, m.end_ms, m.channel, m.reason.is_untranscribed()))
                .collect();
        assert_eq!(
            got,
            vec![(3_000, 5_000, Some(1), true), (7_000, 9_000, Some(1), true)]
        );
        assert!(untranscribed_intervals(std::slice::from_ref(&(0..9_000)), 9_000, None).is_empty());
        // Nothing decoded (a recording that is all silence): all of it.
        let all = untranscribed_intervals(&[], 9_000, None);
        assert_eq!((all[0].start_ms, all[0].end_ms), (0, 9_000));
    }

    #[test]
    fn plan_reports_untranscribed_share_apart_and_counts_overlaps_once() {
        let mut raw = entity_intervals(&[seg(true)], None);
        raw.extend(untranscribed_intervals(
            &[0..2_500, 6_000..10_000],
            10_000,
            None,
        ));
        let p = plan(
            &raw,
            AudioOptions {
                mode: AudioMode::Beep,
                pad_ms: 150,
            },
            10_000,
            2,
        );
        // 2 500..6 000 untranscribed; the entity's 1 850..3 150 overlaps it by 650 ms.
        assert!((p.untranscribed_share - 0.35).abs() < 1e-9);
        assert!((p.muted_share - (0.35 + 0.065)).abs() < 1e-9);
    }
}
