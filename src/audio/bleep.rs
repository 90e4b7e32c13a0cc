//! Muting redacted time ranges in the audio itself: a tone ("bleep") or silence.
//!
//! A redacted transcript is not enough when the recording is kept: the spoken value is still in
//! the audio. [`pad_and_merge`] widens each entity's time range (word timestamps are approximate)
//! and [`Bleeper`] replaces the padded ranges in streamed blocks of interleaved frames.
//!
//! Guarantees, in this order of priority:
//! - inside an interval's core the original signal has gain exactly 0 (it is replaced, not
//!   attenuated), so nothing of the value survives;
//! - nothing outside the padded interval is touched (a bleep never clips a neighbouring word): the
//!   raised-cosine crossfades that avoid clicks lie *inside* the interval, in the padding;
//! - the result does not depend on how the recording is split into blocks.

use serde::{Deserialize, Serialize};

/// What replaces a muted interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum AudioMode {
    /// A 1 kHz sine at −20 dBFS: audibly "something was removed here".
    Beep,
    /// Digital silence.
    Silence,
}

/// One interval to mute, in ms from the start of the recording; `channel: None` = every channel.
///
/// `K` is the caller's type naming what was muted (the redaction layer's entity type); audio
/// only merges, sorts and serializes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MuteInterval<K> {
    pub start_ms: u64,
    pub end_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<u16>,
    pub reason: MuteReason<K>,
}

/// Why an interval is muted. Carries entity types only, never values.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MuteReason<K> {
    Entity {
        types: Vec<K>,
    },
    /// Words had no reliable times: the whole segment is muted.
    UnplacedEntity {
        types: Vec<K>,
    },
    /// Audio the transcriber never decoded (silence the voice-activity model took out): nothing
    /// in it was checked, so none of it is kept. Always replaced by silence, never a tone, and
    /// never padded: its edges already lie in silence.
    Untranscribed {},
}

impl<K> MuteReason<K> {
    fn types(&self) -> &[K] {
        match self {
            MuteReason::Entity { types } | MuteReason::UnplacedEntity { types } => types,
            MuteReason::Untranscribed {} => &[],
        }
    }

    /// True for audio muted because it was never transcribed, not for an entity.
    pub fn is_untranscribed(&self) -> bool {
        matches!(self, MuteReason::Untranscribed {})
    }
}

/// Length of each edge crossfade. The padding passed to [`pad_and_merge`] should be at least
/// this, so the fades fall in the padding and the entity itself is fully at gain 0.
pub const FADE_MS: u64 = 8;
/// Beep frequency (lowered to a quarter of the sample rate for very low rates).
pub const BEEP_HZ: u64 = 1_000;
/// Beep peak amplitude: −20 dBFS (RMS ≈ 0.071).
pub const BEEP_AMPLITUDE: f32 = 0.1;

/// Pads each interval by `pad_ms` on both sides (clamped to `[0, duration_ms]`) and merges
/// overlapping or touching intervals per channel, keeping all reasons' types.
///
/// Intervals on different channels (and `None` vs `Some(c)`) are kept apart; [`Bleeper`] unions
/// them per channel. A reversed interval (`end < start`) is treated as its swap: muting more is
/// the safe side. Intervals left empty after clamping are dropped. A merged interval is
/// `UnplacedEntity` if any of its parts was. Pass `duration_ms` rounded *up* so an entity at the
/// very end is covered to the last sample. `Untranscribed` intervals are not padded and merge
/// only with each other (they may overlap an entity's; [`Bleeper`] lets the entity's win).
/// Output is sorted by channel, then start.
pub fn pad_and_merge<K: Clone + Ord>(
    intervals: &[MuteInterval<K>],
    pad_ms: u64,
    duration_ms: u64,
) -> Vec<MuteInterval<K>> {
    let (untranscribed, entities): (Vec<_>, Vec<_>) = intervals
        .iter()
        .cloned()
        .partition(|iv| iv.reason.is_untranscribed());
    let mut out = merge_padded(&entities, pad_ms, duration_ms);
    out.extend(merge_padded(&untranscribed, 0, duration_ms));
    out.sort_by_key(|iv| (iv.channel, iv.start_ms, iv.end_ms));
    out
}

/// [`pad_and_merge`] for intervals of one kind (entities, or untranscribed audio).
fn merge_padded<K: Clone + Ord>(
    intervals: &[MuteInterval<K>],
    pad_ms: u64,
    duration_ms: u64,
) -> Vec<MuteInterval<K>> {
    let mut padded: Vec<MuteInterval<K>> = intervals
        .iter()
        .filter_map(|iv| {
            let (s, e) = (iv.start_ms.min(iv.end_ms), iv.start_ms.max(iv.end_ms));
            let start = s.saturating_sub(pad_ms).min(duration_ms);
            let end = e.saturating_add(pad_ms).min(duration_ms);
            (start < end).then(|| MuteInterval {
                start_ms: start,
                end_ms: end,
                channel: iv.channel,
                reason: iv.reason.clone(),
            })
        })
        .collect();
    padded.sort_by_key(|iv| (iv.channel, iv.start_ms, iv.end_ms));

    let mut out: Vec<MuteInterval<K>> = Vec::with_capacity(padded.len());
    for iv in padded {
        match out.last_mut() {
            Some(last) if last.channel == iv.channel && iv.start_ms <= last.end_ms => {
                last.end_ms = last.end_ms.max(iv.end_ms);
                let mut types = last.reason.types().to_vec();
                types.extend_from_slice(iv.reason.types());
                types.sort();
                types.dedup();
                let unplaced = matches!(last.reason, MuteReason::UnplacedEntity { .. })
                    || matches!(iv.reason, MuteReason::UnplacedEntity { .. });
                last.reason = if iv.reason.is_untranscribed() {
                    MuteReason::Untranscribed {}
                } else if unplaced {
                    MuteReason::UnplacedEntity { types }
                } else {
                    MuteReason::Entity { types }
                };
            }
            _ => out.push(iv),
        }
    }
    out
}

/// A muted run of frames on one channel, `[start, end)`, with its edge fade lengths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: u64,
    end: u64,
    fade_in: u64,
    fade_out: u64,
    /// Replaced by the mode's tone (an entity in `Beep` mode), else by silence.
    tone: bool,
}

/// Applies intervals to interleaved f32 frames in place. `first_frame` is the absolute index of
/// `frames[0]` (streaming in blocks).
///
/// Intervals for a channel the recording does not have are applied to every channel (fail
/// closed: a bad channel index must not leave the value audible).
#[derive(Debug, Clone)]
pub struct Bleeper {
    /// Per channel: disjoint spans sorted by start.
    spans: Vec<Vec<Span>>,
    channels: usize,
    sample_rate: u64,
    beep_hz: u64,
}

impl Bleeper {
    pub fn new<K>(
        intervals: Vec<MuteInterval<K>>,
        sample_rate: u32,
        channels: u16,
        mode: AudioMode,
    ) -> Self {
        let sr = u64::from(sample_rate.max(1));
        let channels = usize::from(channels.max(1));
        // Outward rounding: a partially covered frame is muted.
        let to_frames = |iv: &MuteInterval<K>| {
            let (s, e) = (iv.start_ms.min(iv.end_ms), iv.start_ms.max(iv.end_ms));
            let start = s.saturating_mul(sr) / 1000;
            let end = e.saturating_mul(sr).div_ceil(1000);
            (start, end)
        };
        let nominal_fade = (FADE_MS * sr).div_ceil(1000);
        let tone = mode == AudioMode::Beep;
        let spans = (0..channels)
            .map(|ch| {
                let on_channel = |iv: &&MuteInterval<K>| match iv.channel {
                    None => true,
                    Some(c) => usize::from(c) == ch || usize::from(c) >= channels,
                };
                let runs = |untranscribed: bool| {
                    union(
                        intervals
                            .iter()
                            .filter(on_channel)
                            .filter(|iv| iv.reason.is_untranscribed() == untranscribed)
                            .map(to_frames)
                            .collect(),
                    )
                };
                let entities = runs(false);
                // Untranscribed audio under an entity's interval takes the entity's tone.
                let silent = subtract(runs(true), &entities);
                let mut spans: Vec<Span> = entities
                    .into_iter()
                    .map(|r| (r, tone))
                    .chain(silent.into_iter().map(|r| (r, false)))
                    .map(|((start, end), tone)| {
                        // At most a quarter of the run each side, so at least half is fully muted.
                        let fade = nominal_fade.min((end - start) / 4);
                        Span {
                            start,
                            end,
                            // Nothing precedes frame 0, so no click to avoid there.
                            fade_in: if start == 0 { 0 } else { fade },
                            fade_out: fade,
                            tone,
                        }
                    })
                    .collect();
                spans.sort_unstable_by_key(|s| s.start);
                spans
            })
            .collect();
        Bleeper {
            spans,
            channels,
            sample_rate: sr,
            beep_hz: BEEP_HZ.min(sr / 4),
        }
    }

    /// True when no interval mutes anything.
    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(Vec::is_empty)
    }

    pub fn apply(&mut self, frames: &mut [f32], first_frame: u64) {
        let n_frames = frames.len() / self.channels;
        self.for_each_muted(first_frame, n_frames, |idx, gain, replacement| {
            frames[idx] = mix(frames[idx], gain, replacement);
        });
    }

    /// Calls `f(sample_index, original_gain, replacement)` for every sample of the block
    /// `[first_frame, first_frame + n_frames)` that lies in a muted interval, where the output
    /// is `original * original_gain + replacement` (see [`mix`]). Samples never passed to `f`
    /// must be left untouched, which lets integer PCM be rewritten only where it is muted.
    pub(crate) fn for_each_muted(
        &self,
        first_frame: u64,
        n_frames: usize,
        mut f: impl FnMut(usize, f32, f32),
    ) {
        let block_end = first_frame + n_frames as u64;
        for (ch, spans) in self.spans.iter().enumerate() {
            let first = spans.partition_point(|s| s.end <= first_frame);
            for span in spans[first..].iter().take_while(|s| s.start < block_end) {
                for frame in span.start.max(first_frame)..span.end.min(block_end) {
                    let (gain, replacement) = self.at(span, frame);
                    f(
                        (frame - first_frame) as usize * self.channels + ch,
                        gain,
                        replacement,
                    );
                }
            }
        }
    }

    /// Original gain and replacement sample at absolute `frame` inside `span`.
    fn at(&self, span: &Span, frame: u64) -> (f32, f32) {
        let from_start = frame - span.start;
        let to_end = span.end - 1 - frame;
        // Weight of the replacement: raised cosine 0→1 over the fade, 1 in the core.
        let w = if from_start < span.fade_in {
            raised_cosine(from_start, span.fade_in)
        } else if to_end < span.fade_out {
            raised_cosine(to_end, span.fade_out)
        } else {
            1.0
        };
        let replacement = match span.tone {
            false => 0.0,
            true => {
                // Phase from the span start in exact integer arithmetic: continuous within the
                // interval and independent of block boundaries.
                let cycle = (from_start % self.sample_rate) * self.beep_hz % self.sample_rate;
                let phase = cycle as f64 / self.sample_rate as f64;
                (f64::from(BEEP_AMPLITUDE) * (std::f64::consts::TAU * phase).sin()) as f32
            }
        };
        (1.0 - w, replacement * w)
    }
}

/// Sorted, disjoint union of `[start, end)` runs (touching runs join, so no fade sits in the
/// middle of a mute and two tones never add up). Empty runs are dropped.
fn union(mut runs: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    runs.retain(|(s, e)| s < e);
    runs.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(runs.len());
    for (s, e) in runs {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// `runs` minus `holes`, both sorted and disjoint.
fn subtract(runs: Vec<(u64, u64)>, holes: &[(u64, u64)]) -> Vec<(u64, u64)> {
    let mut out = Vec::with_capacity(runs.len());
    for (mut s, e) in runs {
        for &(hs, he) in holes {
            if he <= s || hs >= e {
                continue;
            }
            if hs > s {
                out.push((s, hs));
            }
            s = s.max(he);
        }
        if s < e {
            out.push((s, e));
        }
    }
    out
}

/// `k`-th of `len` samples of a raised-cosine ramp from 0 to 1 (exclusive of both ends).
fn raised_cosine(k: u64, len: u64) -> f32 {
    let t = (k as f64 + 0.5) / len as f64;
    (0.5 - 0.5 * (std::f64::consts::PI * t).cos()) as f32
}

/// Combines an original sample with its gain and replacement. A zero gain is an assignment, not
/// a multiplication, so no trace (sign of zero, NaN) of the original survives; a non-finite
/// original inside a fade is treated as 0.
pub(crate) fn mix(original: f32, gain: f32, replacement: f32) -> f32 {
    if gain == 0.0 || !original.is_finite() {
        replacement
    } else {
        original * gain + replacement
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for the redaction layer's entity type (same order and serialization).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    enum Kind {
        Person,
        Email,
        Phone,
        Zip,
        CreditCard,
        Ssn,
    }

    fn iv(start_ms: u64, end_ms: u64, channel: Option<u16>, kind: Kind) -> MuteInterval<Kind> {
        MuteInterval {
            start_ms,
            end_ms,
            channel,
            reason: MuteReason::Entity { types: vec![kind] },
        }
    }

    #[test]
    fn pads_and_clamps() {
        let out = pad_and_merge(&[iv(100, 200, None, Kind::Person)], 50, 1000);
        assert_eq!((out[0].start_ms, out[0].end_ms), (50, 250));
        let out = pad_and_merge(&[iv(20, 980, None, Kind::Person)], 50, 1000);
        assert_eq!((out[0].start_ms, out[0].end_ms), (0, 1000));
        // Entirely past the end: dropped. Reversed: swapped.
        let out = pad_and_merge(
            &[
                iv(2000, 2100, None, Kind::Ssn),
                iv(300, 200, None, Kind::Ssn),
            ],
            10,
            1000,
        );
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].start_ms, out[0].end_ms), (190, 310));
    }

    #[test]
    fn merges_overlaps_keeping_types() {
        let out = pad_and_merge(
            &[
                iv(500, 600, None, Kind::Phone),
                iv(100, 200, None, Kind::Person),
                iv(230, 300, None, Kind::Email),
                MuteInterval {
                    start_ms: 280,
                    end_ms: 320,
                    channel: None,
                    reason: MuteReason::UnplacedEntity {
                        types: vec![Kind::Person],
                    },
                },
            ],
            20,
            10_000,
        );
        assert_eq!(out.len(), 2);
        assert_eq!((out[0].start_ms, out[0].end_ms), (80, 340));
        assert_eq!(
            out[0].reason,
            MuteReason::UnplacedEntity {
                types: vec![Kind::Person, Kind::Email]
            }
        );
        assert_eq!((out[1].start_ms, out[1].end_ms), (480, 620));
        assert_eq!(
            out[1].reason,
            MuteReason::Entity {
                types: vec![Kind::Phone]
            }
        );
    }

    #[test]
    fn keeps_channels_apart() {
        let out = pad_and_merge(
            &[
                iv(100, 200, Some(1), Kind::Person),
                iv(150, 250, Some(0), Kind::Person),
                iv(120, 220, None, Kind::Person),
                iv(190, 300, Some(1), Kind::Zip),
            ],
            0,
            1000,
        );
        let got: Vec<_> = out
            .iter()
            .map(|m| (m.channel, m.start_ms, m.end_ms))
            .collect();
        assert_eq!(
            got,
            vec![(None, 120, 220), (Some(0), 150, 250), (Some(1), 100, 300)]
        );
    }

    #[test]
    fn serializes_without_values() {
        let j = serde_json::to_value(iv(1, 2, None, Kind::CreditCard)).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"start_ms": 1, "end_ms": 2, "reason": {"entity": {"types": ["CREDIT_CARD"]}}})
        );
    }

    const SR: u32 = 16_000;

    /// A deterministic non-zero test signal, interleaved.
    fn signal(frames: usize, channels: usize) -> Vec<f32> {
        (0..frames * channels)
            .map(|i| 0.5 * ((i as f32) * 0.0137).sin() + 0.01)
            .collect()
    }

    fn frame(ms: u64) -> usize {
        (ms * u64::from(SR) / 1000) as usize
    }

    #[test]
    fn silence_replaces_inside_and_keeps_outside() {
        let orig = signal(frame(1000), 1);
        let mut x = orig.clone();
        let mut b = Bleeper::new(
            vec![iv(200, 500, None, Kind::Ssn)],
            SR,
            1,
            AudioMode::Silence,
        );
        b.apply(&mut x, 0);
        let (s, e) = (frame(200), frame(500));
        let fade = frame(FADE_MS);
        for (i, (y, o)) in x.iter().zip(&orig).enumerate() {
            if i < s || i >= e {
                assert_eq!(y.to_bits(), o.to_bits(), "outside touched at {i}");
            } else if i >= s + fade && i < e - fade {
                assert_eq!(y.to_bits(), 0.0f32.to_bits(), "core not silent at {i}");
            }
        }
        // Fades sit inside the interval: the edge samples are already attenuated, not untouched.
        assert!(x[s].abs() < orig[s].abs());
        assert!(x[e - 1].abs() < orig[e - 1].abs());
        assert_ne!(x[s + fade / 2], 0.0);
    }

    #[test]
    fn beep_level_and_fades() {
        let orig = signal(frame(1000), 1);
        let mut x = orig.clone();
        let mut b = Bleeper::new(vec![iv(200, 600, None, Kind::Ssn)], SR, 1, AudioMode::Beep);
        b.apply(&mut x, 0);
        let mid = &x[frame(300)..frame(500)];
        let rms = (mid.iter().map(|v| v * v).sum::<f32>() / mid.len() as f32).sqrt();
        assert!((rms - 0.0707).abs() < 0.002, "rms {rms}");
        assert!(mid.iter().all(|v| v.abs() <= BEEP_AMPLITUDE + 1e-6));
        // Original gain is exactly 0 in the core: the output equals a pure tone there.
        let pure = {
            let mut z = vec![0.0f32; orig.len()];
            Bleeper::new(vec![iv(200, 600, None, Kind::Ssn)], SR, 1, AudioMode::Beep)
                .apply(&mut z, 0);
            z
        };
        let core = frame(200) + frame(FADE_MS)..frame(600) - frame(FADE_MS);
        let bits = |v: &[f32]| v.iter().map(|s| s.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&x[core.clone()]), bits(&pure[core]));
        assert_eq!(&x[..frame(200)], &orig[..frame(200)]);
        assert_eq!(&x[frame(600)..], &orig[frame(600)..]);
    }

    #[test]
    fn fade_steps_are_small() {
        // A constant full-scale signal: the step at each interval edge must stay small (no click).
        let mut x = vec![0.9f32; frame(1000)];
        Bleeper::new(
            vec![iv(200, 500, None, Kind::Ssn)],
            SR,
            1,
            AudioMode::Silence,
        )
        .apply(&mut x, 0);
        let max_step = x
            .windows(2)
            .map(|w| (w[1] - w[0]).abs())
            .fold(0.0f32, f32::max);
        assert!(max_step < 0.9 / 20.0, "step {max_step}");
    }

    #[test]
    fn blocks_equal_whole() {
        let channels = 2;
        let orig = signal(frame(2000), channels);
        let ivs = vec![
            iv(100, 190, None, Kind::Ssn),
            iv(180, 400, Some(1), Kind::Phone),
            iv(1200, 1900, Some(0), Kind::Person),
        ];
        for mode in [AudioMode::Beep, AudioMode::Silence] {
            let mut whole = orig.clone();
            Bleeper::new(ivs.clone(), SR, channels as u16, mode).apply(&mut whole, 0);
            let mut blocked = orig.clone();
            let mut b = Bleeper::new(ivs.clone(), SR, channels as u16, mode);
            for (i, chunk) in blocked.chunks_mut(1000 * channels).enumerate() {
                b.apply(chunk, (i * 1000) as u64);
            }
            assert_eq!(
                whole.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                blocked.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn channel_intervals_leave_other_channels_alone() {
        let orig = signal(frame(1000), 2);
        let mut x = orig.clone();
        Bleeper::new(
            vec![iv(100, 900, Some(1), Kind::Ssn)],
            SR,
            2,
            AudioMode::Silence,
        )
        .apply(&mut x, 0);
        for f in 0..frame(1000) {
            assert_eq!(x[2 * f].to_bits(), orig[2 * f].to_bits());
        }
        assert_eq!(x[2 * frame(500) + 1], 0.0);
        // An out-of-range channel mutes every channel (fail closed).
        let mut y = orig.clone();
        Bleeper::new(
            vec![iv(100, 900, Some(7), Kind::Ssn)],
            SR,
            2,
            AudioMode::Silence,
        )
        .apply(&mut y, 0);
        assert_eq!((y[2 * frame(500)], y[2 * frame(500) + 1]), (0.0, 0.0));
    }

    #[test]
    fn overlapping_channel_and_all_do_not_double_the_tone() {
        let mut x = vec![0.0f32; frame(1000) * 2];
        Bleeper::new(
            vec![
                iv(100, 600, None, Kind::Ssn),
                iv(300, 900, Some(1), Kind::Ssn),
            ],
            SR,
            2,
            AudioMode::Beep,
        )
        .apply(&mut x, 0);
        assert!(x.iter().all(|v| v.abs() <= BEEP_AMPLITUDE + 1e-6));
    }

    #[test]
    fn interval_at_start_is_muted_from_frame_zero() {
        let orig = signal(frame(100), 1);
        let mut x = orig.clone();
        Bleeper::new(vec![iv(0, 50, None, Kind::Ssn)], SR, 1, AudioMode::Silence).apply(&mut x, 0);
        assert_eq!(x[0], 0.0);
    }

    fn untranscribed(start_ms: u64, end_ms: u64) -> MuteInterval<Kind> {
        MuteInterval {
            start_ms,
            end_ms,
            channel: None,
            reason: MuteReason::Untranscribed {},
        }
    }

    #[test]
    fn untranscribed_audio_is_not_padded_nor_merged_with_entities() {
        let out = pad_and_merge(
            &[
                untranscribed(1_000, 4_000),
                iv(3_900, 4_200, None, Kind::Phone),
                untranscribed(4_000, 6_000),
            ],
            100,
            10_000,
        );
        let got: Vec<_> = out
            .iter()
            .map(|m| (m.start_ms, m.end_ms, m.reason.is_untranscribed()))
            .collect();
        assert_eq!(got, vec![(1_000, 6_000, true), (3_800, 4_300, false)]);
        let j = serde_json::to_value(&out[0]).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"start_ms": 1000, "end_ms": 6000, "reason": {"untranscribed": {}}})
        );
    }

    #[test]
    fn untranscribed_audio_is_silenced_even_in_beep_mode_and_an_entity_inside_still_beeps() {
        let orig = signal(frame(1000), 1);
        let mut x = orig.clone();
        Bleeper::new(
            vec![untranscribed(100, 900), iv(400, 500, None, Kind::Ssn)],
            SR,
            1,
            AudioMode::Beep,
        )
        .apply(&mut x, 0);
        let fade = frame(FADE_MS);
        let core = |a: u64, b: u64| frame(a) + fade..frame(b) - fade;
        assert!(x[core(100, 400)].iter().all(|&y| y == 0.0));
        assert!(x[core(500, 900)].iter().all(|&y| y == 0.0));
        assert!(x[core(400, 500)].iter().any(|&y| y.abs() > 0.05), "no tone");
        for i in (0..frame(100)).chain(frame(900)..frame(1000)) {
            assert_eq!(x[i].to_bits(), orig[i].to_bits(), "outside touched at {i}");
        }
    }
}
