//! The messages the stages exchange. Every channel ends with an explicit `End`: a channel that
//! closes without one means the stage before it failed, and the next stage stops at once rather
//! than treating a cut-off stream as the end of the input.

use crate::redact::RedactedSegment;
use crate::transcribe::Segment;

/// Reader → transcriber: 16 kHz mono samples of one lane (a channel of a call, or the mix).
#[derive(Debug)]
pub enum AudioMsg {
    Frames {
        lane: u16,
        /// Index of `samples[0]` in 16 kHz samples from the start of the stream.
        start_sample: u64,
        samples: Vec<f32>,
    },
    End,
}

/// Transcriber → detector: the segments of one decoded window of one lane, and how far the lane
/// has been transcribed (`upto_ms`): the lane will produce nothing that starts before it, so the
/// detector can release the other lanes' earlier segments in time order even while this lane is
/// silent.
#[derive(Debug)]
pub enum SegmentMsg {
    Window {
        segments: Vec<Segment>,
        upto_ms: u64,
    },
    End,
}

/// Detector → sinks: a redacted segment as soon as it is released.
#[derive(Debug)]
pub enum RedactedMsg {
    Segment(RedactedSegment),
    End,
}

/// A stage whose input channel closed without `End`: the stage before it failed, and its own
/// error is the one to report.
#[derive(Debug)]
pub struct UpstreamFailed;
