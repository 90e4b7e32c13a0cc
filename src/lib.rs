//! hush: an on-device privacy filter for speech.
//!
//! The data flows through one module per stage, each running on its own thread and joined to the
//! next by a bounded crossbeam channel:
//!
//! ```text
//! audio ──AudioChunk──▶ transcribe ──Segment──▶ detect ──RedactedSegment──▶ output
//! ```
//!
//! [`runtime`] wires the stages; [`redact`] holds the operators and policy the detector applies;
//! [`retention`] builds the retention and provenance metadata written beside every output; [`models`]
//! finds and verifies the installed models.
//!
//! The library is the product only: the evaluation harness (`tools/hush-eval`) and the
//! setup-time model converter (`tools/hush-convert`) are separate crates of the workspace.
//! [`files`] holds the one file hash and the bounded reads of small files every layer shares.

pub mod audio;
pub mod compute;
pub mod detect;
pub mod error;
pub mod files;
pub mod models;
pub mod output;
pub mod redact;
pub mod retention;
pub mod runtime;
pub mod transcribe;

pub use error::{Error, Result};

/// The version of hush this library is, for tools that report which hush they measured
/// (`hush-eval` builds against the library, so its own crate version says nothing about it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
