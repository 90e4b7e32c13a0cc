//! Readable live lines for a terminal: `[12.4s] caller: my card is [CREDIT_CARD_1]`, one per
//! redacted segment as the detector releases it (what `hush stream` and `hush listen` print when
//! stdout is a terminal; JSON Lines otherwise).
//!
//! Like every sink it sees redacted segments only. Segments revised at the end (a name recognized
//! late) are printed again marked `(revised)`.

use std::io::Write;

use super::publish::Staging;
use super::sink::{onset_ms, Footer, Header, Sink};
use crate::error::{Error, Result};
use crate::redact::RedactedSegment;

pub struct CaptionSink<W: Write + Send> {
    out: W,
}

impl<W: Write + Send> CaptionSink<W> {
    pub fn new(out: W) -> CaptionSink<W> {
        CaptionSink { out }
    }

    fn line(&mut self, seg: &RedactedSegment, mark: &str) -> Result<()> {
        let who = seg
            .speaker
            .as_deref()
            .map(|s| format!("{s}: "))
            .unwrap_or_default();
        let line = format!(
            "[{:.1}s] {who}{}{mark}\n",
            onset_ms(seg) as f64 / 1000.0,
            seg.text.trim()
        );
        self.out
            .write_all(line.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| Error::output("<stdout>", e.to_string()))
    }
}

impl<W: Write + Send> Sink for CaptionSink<W> {
    fn begin(&mut self, _header: &Header) -> Result<()> {
        Ok(())
    }

    fn segment(&mut self, segment: &RedactedSegment) -> Result<()> {
        self.line(segment, "")
    }

    fn finish(&mut self, footer: &Footer, _staging: &mut Staging) -> Result<()> {
        for r in &footer.revised {
            self.line(r, " (revised)")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_has_time_speaker_and_redacted_text() {
        let mut buf = Vec::new();
        let seg = RedactedSegment {
            id: 0,
            channel: 1,
            speaker: Some("caller".into()),
            start_ms: 12_400,
            end_ms: 15_000,
            text: " my card is [CREDIT_CARD_1]".into(),
            words: Vec::new(),
            entities: Vec::new(),
            confidence: None,
        };
        CaptionSink::new(&mut buf).segment(&seg).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "[12.4s] caller: my card is [CREDIT_CARD_1]\n"
        );
    }
}
