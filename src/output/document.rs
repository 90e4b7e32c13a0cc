//! The document sink: JSON, text and subtitles of one recording, rendered once it has ended.
//!
//! Segments are buffered as released (redacted already), revised by the footer (names
//! recognized late), sorted by time across channels, and rendered into every requested format;
//! the files are staged for the runtime to publish as one set.

use std::path::PathBuf;

use super::publish::Staging;
use super::sink::{Footer, Header, Sink};
use super::{json, subtitles, txt, Format, OutputName, Transcript};
use crate::error::Result;
use crate::redact::RedactedSegment;

pub struct DocumentSink {
    name: OutputName,
    formats: Vec<Format>,
    segments: Vec<RedactedSegment>,
    finished: Option<Transcript>,
}

impl DocumentSink {
    pub fn new(name: OutputName, formats: &[Format]) -> DocumentSink {
        let mut fs = Vec::new();
        for f in formats {
            if !fs.contains(f) {
                fs.push(*f);
            }
        }
        DocumentSink {
            name,
            formats: fs,
            segments: Vec::new(),
            finished: None,
        }
    }

    /// The transcript as finished (after [`Sink::finish`]).
    pub fn take_transcript(&mut self) -> Option<Transcript> {
        self.finished.take()
    }
}

/// Renders one format.
pub fn render(format: Format, t: &Transcript) -> Vec<u8> {
    match format {
        Format::Json => json::render(t),
        Format::Txt => txt::render(t),
        Format::Srt => subtitles::render_srt(t),
        Format::Vtt => subtitles::render_vtt(t),
    }
}

impl Sink for DocumentSink {
    fn begin(&mut self, _header: &Header) -> Result<()> {
        self.segments.clear();
        self.finished = None;
        Ok(())
    }

    fn segment(&mut self, segment: &RedactedSegment) -> Result<()> {
        self.segments.push(segment.clone());
        Ok(())
    }

    fn finish(&mut self, footer: &Footer, staging: &mut Staging) -> Result<()> {
        let t = footer.transcript(std::mem::take(&mut self.segments));
        for f in &self.formats {
            staging.add_bytes(self.name.path(f.extension()), &render(*f, &t))?;
        }
        self.finished = Some(t);
        Ok(())
    }

    fn targets(&self) -> Vec<PathBuf> {
        self.formats
            .iter()
            .map(|f| self.name.path(f.extension()))
            .collect()
    }
}
