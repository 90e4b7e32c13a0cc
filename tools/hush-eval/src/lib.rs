//! hush-eval: how much personal data hush finds, and how much of it still leaks, on labelled sets.
//!
//! A workspace tool, not shipped: it uses the `hush` library's public API only (the detector, the
//! pipeline and the product's leak scorer, [`hush::redact::leak`]) and never changes it.
//!
//! Small modules by concern, so each rule can be read (and tested) on its own:
//!
//! - [`families`]: which gold labels are scored, and which predicted kinds count for each;
//! - [`score`]: span overlap → recall, precision, F1 per family (spans are characters for text,
//!   milliseconds for speech; the rules are the same);
//! - [`leak`]: whether a gold item can still be read after redaction — by character coverage for
//!   text, by content (digits and words, with the product's scorer) for speech, where gold and
//!   transcript share no offsets — and how many ordinary words survive redaction;
//! - [`data`]: the labelled sets (the Presidio synthetic dataset, the spoken manifest) and the
//!   prediction files other tools write;
//! - [`text`]: runs the detector (or reads another tool's predictions) over texts and scores it;
//! - [`speech`]: runs the whole pipeline over recorded utterances and scores the redacted output;
//! - [`calls`]: runs the pipeline over two-party calls (stereo and mono) and scores them like
//!   speech mode, per call layout;
//! - [`stream`]: replays the spoken set through `hush stream` (live) and scores its JSON Lines;
//! - [`report`]: the numbers as JSON and as markdown tables.
//!
//! Reports hold counts, rates and item ids only: never a text, a transcript or a value.

pub mod calls;
pub mod data;
pub mod families;
pub mod leak;
pub mod report;
pub mod score;
pub mod speech;
pub mod stream;
pub mod text;
