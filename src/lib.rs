//! hush: an on-device privacy filter for speech.
//!
//! One module per stage, layered one way (checked by `tests/layering.rs`):
//!
//! ```text
//! audio ──AudioMsg──▶ transcribe ──SegmentMsg──▶ detect + redact ──RedactedMsg──▶ output (sinks)
//! ```
//!
//! [`runtime`] runs the stages on their own threads joined by bounded channels and is the API to
//! embed (`runtime::Pipeline`); [`detect`] finds entities (analysis), [`redact`] applies the
//! policy's operators (anonymization); [`output`] holds the sinks and publishes each input's
//! files as one set; [`retention`] builds the retention and provenance metadata; [`models`] finds
//! and verifies the installed models; [`compute`] is how stages share the CPU; [`files`] holds the
//! one file hash and the bounded reads of small files every layer shares; [`batch`] runs many
//! files through one pipeline (mirrored output tree, resumable manifest, shards); [`app`] is
//! what every binary does at start (arguments, capped logging).
//!
//! The library is the product only: the evaluation harness (`tools/hush-eval`) and the
//! setup-time model converter (`tools/hush-convert`) are separate crates of the workspace.

pub mod app;
pub mod audio;
pub mod batch;
pub mod compute;
pub mod detect;
pub mod error;
pub mod files;
pub mod models;
pub mod onnx;
pub mod output;
pub mod redact;
pub mod retention;
pub mod runtime;
pub mod transcribe;

pub use error::{Error, Result};

/// The version of hush this library is, for tools that report which hush they measured
/// (`hush-eval` builds against the library, so its own crate version says nothing about it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
