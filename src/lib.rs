//! hush: an on-device privacy filter for speech.
//!
//! The data flows through one module per stage, each running on its own thread and joined to the
//! next by a bounded crossbeam channel:
//!
//! ```text
//! audio ──AudioChunk──▶ transcribe ──Segment──▶ detect ──RedactedSegment──▶ output
//! ```
//!
//! [`pipeline`] wires the stages; [`redact`] holds the operators and policy the detector applies;
//! [`retention`] builds the retention and provenance metadata written beside every output; [`models`]
//! finds and verifies the installed models; [`convert`] turns the CTranslate2 Whisper model that
//! setup fetches into the GGML file whisper.cpp loads; [`files`] holds the one file hash and the
//! bounded reads of small files every layer shares.

pub mod audio;
pub mod convert;
pub mod detect;
pub mod error;
pub mod eval;
pub mod files;
pub mod models;
pub mod output;
pub mod pipeline;
pub mod redact;
pub mod retention;
pub mod transcribe;

pub use error::{Error, Result};
