//! The [`Sink`] trait: where redacted segments go, one at a time, as the detector releases them.
//!
//! A sink is fed [`RedactedSegment`]s in release order (`segment`), then a [`Footer`] with what is
//! only known at the end (the input's hash, entity counts, retention, the redacted-audio plan,
//! segments the re-mention pass revised) and stages its files in a shared [`Staging`], which the
//! runtime publishes as one set. Document sinks buffer and write at `finish`; a streaming sink
//! (JSON Lines) writes each segment as it comes. Sinks see only redacted text: nothing here can
//! reach an original value, and nothing here opens the input.

use std::path::PathBuf;

use super::publish::Staging;
use super::{Source, Transcript};
use crate::error::Result;
use crate::redact::audio::AudioRedaction;
use crate::redact::RedactedSegment;
use crate::retention::{Provenance, Retention};
use crate::transcribe::TranscriptConfidence;

/// What is known when a recording starts.
#[derive(Debug, Clone)]
pub struct Header {
    /// Source as far as known before decoding (duration may still be an estimate).
    pub source: Source,
}

/// What is known when a recording ends.
#[derive(Debug, Clone)]
pub struct Footer {
    pub source: Source,
    pub retention: Retention,
    pub provenance: Provenance,
    pub audio: Option<AudioRedaction>,
    /// How far Whisper trusted the transcript, over all its segments.
    pub confidence: TranscriptConfidence,
    /// Segments changed after release (names recognized late, redacted in earlier mentions):
    /// each replaces the released segment with the same `id` and `channel`.
    pub revised: Vec<RedactedSegment>,
}

impl Footer {
    /// The finished transcript from the released segments and this footer's revisions: sorted
    /// by time (channels interleaved), numbered from 0.
    pub fn transcript(&self, released: Vec<RedactedSegment>) -> Transcript {
        let mut segments = released;
        for r in &self.revised {
            if let Some(s) = segments
                .iter_mut()
                .find(|s| s.id == r.id && s.channel == r.channel)
            {
                *s = r.clone();
            }
        }
        // By when speech begins (onset), as the detector released them: Whisper stretches a
        // segment's start back over the silence before it.
        segments.sort_by_key(|s| (onset_ms(s), s.channel));
        for (i, s) in segments.iter_mut().enumerate() {
            s.id = i as u64;
        }
        Transcript {
            source: self.source.clone(),
            segments,
            retention: self.retention.clone(),
            provenance: self.provenance.clone(),
            audio: self.audio.clone(),
            transcript_confidence: self.confidence.clone(),
        }
    }
}

/// When a segment's speech begins: its first word's start, but at most
/// [`crate::transcribe::MAX_WORD_MS`] before that word's end (see `Word::onset_ms`).
pub fn onset_ms(s: &RedactedSegment) -> u64 {
    s.words.first().map_or(s.start_ms, |w| {
        w.start_ms
            .max(w.end_ms.saturating_sub(crate::transcribe::MAX_WORD_MS))
    })
}

/// A destination for one recording's redacted segments.
pub trait Sink: Send {
    fn begin(&mut self, header: &Header) -> Result<()>;
    fn segment(&mut self, segment: &RedactedSegment) -> Result<()>;
    /// Stages this sink's files (published with the others by the runtime).
    fn finish(&mut self, footer: &Footer, staging: &mut Staging) -> Result<()>;
    /// The files this sink will write, for refusing two inputs with one output name up front.
    fn targets(&self) -> Vec<PathBuf> {
        Vec::new()
    }
}
