//! The JSON Lines sink: one line per redacted segment as soon as the detector releases it, then a
//! summary line. For live streams (`hush stream`, `hush listen`) and for piping a file's
//! transcript into another tool while it is still being transcribed.
//!
//! Lines carry stream time, speaker, redacted text and entities (type, detector, score, times,
//! operator), never a segment the detector has not released. A released line is final as far as
//! the detector knew: a name recognized only later (its first mention was not yet known to be a
//! name) is redacted in later lines, and the earlier segments the footer revises are written as
//! `revised` lines at the end, for consumers that keep a transcript. Document outputs, written
//! only at the end, hold every revision.

use std::io::Write;

use serde::Serialize;

use super::publish::Staging;
use super::sink::{Footer, Header, Sink};
use crate::error::{Error, Result};
use crate::redact::RedactedSegment;

pub struct JsonlSink<W: Write + Send> {
    out: W,
    lines: u64,
}

impl<W: Write + Send> JsonlSink<W> {
    pub fn new(out: W) -> JsonlSink<W> {
        JsonlSink { out, lines: 0 }
    }

    fn line(&mut self, v: &impl Serialize) -> Result<()> {
        let mut bytes = serde_json::to_vec(v)
            .map_err(|e| Error::Pipeline(format!("cannot encode a JSON line: {e}")))?;
        bytes.push(b'\n');
        self.out
            .write_all(&bytes)
            .and_then(|()| self.out.flush())
            .map_err(|e| Error::output("<stdout>", e.to_string()))?;
        self.lines += 1;
        Ok(())
    }
}

#[derive(Serialize)]
struct SegmentLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    segment: &'a RedactedSegment,
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    segments: u64,
    duration_s: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    overrun_frames: Option<u64>,
    entity_counts: &'a std::collections::BTreeMap<crate::detect::EntityKind, usize>,
    transcript_confidence: &'a crate::transcribe::TranscriptConfidence,
}

impl<W: Write + Send> Sink for JsonlSink<W> {
    fn begin(&mut self, _header: &Header) -> Result<()> {
        Ok(())
    }

    fn segment(&mut self, segment: &RedactedSegment) -> Result<()> {
        self.line(&SegmentLine {
            kind: "segment",
            segment,
        })
    }

    fn finish(&mut self, footer: &Footer, _staging: &mut Staging) -> Result<()> {
        let segments = self.lines;
        for r in &footer.revised {
            self.line(&SegmentLine {
                kind: "revised",
                segment: r,
            })?;
        }
        self.line(&SummaryLine {
            kind: "summary",
            segments,
            duration_s: footer.source.duration_s,
            overrun_frames: footer.source.overrun_frames,
            entity_counts: &footer.provenance.entity_counts,
            transcript_confidence: &footer.confidence,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcribe::Confidence;

    #[test]
    fn a_segment_line_carries_its_confidence_flat() {
        let mut seg = crate::redact::SegmentBuilder::default().finish(3, 0, 900);
        seg.confidence = Some(Confidence::new(-1.31, 0.02, 1.1, false));
        let mut out = Vec::new();
        JsonlSink::new(&mut out).segment(&seg).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["type"], "segment");
        assert_eq!(v["low_confidence"], true);
        assert!((v["avg_logprob"].as_f64().unwrap() + 1.31).abs() < 1e-6);
        assert!(v.get("no_speech_prob").is_some() && v.get("compression_ratio").is_some());
        // Words that did not come from Whisper have no figures, and no flag.
        seg.confidence = None;
        let mut out = Vec::new();
        JsonlSink::new(&mut out).segment(&seg).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(v.get("low_confidence").is_none(), "{v}");
    }
}
