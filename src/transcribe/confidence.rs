//! How far a transcript can be trusted: Whisper's own figures per segment, and a summary per
//! recording.
//!
//! Whisper always writes fluent text, also for speech it cannot transcribe (tiny.en turns German
//! into invented English) and for noise; a redacted transcript of such audio must not be
//! trusted as a transcript at all. The figures are the ones openai-whisper and faster-whisper
//! report and use for their temperature fallback, with their default thresholds:
//!
//! - `avg_logprob`: mean log-probability of the decoded tokens (text, timestamp and end tokens
//!   as whisper.cpp returns them), low when the model was unsure of its words;
//! - `no_speech_prob`: the probability of the no-speech token at the window's first step;
//! - `compression_ratio`: UTF-8 bytes of the text over its zlib-compressed size (level 6, as
//!   Python's `zlib.compress`), high for repetition loops.
//!
//! And `not_english`: tiny.en, given speech in another language, often writes one bracketed
//! note instead of words ("[speaking in foreign language]", "(speaking German)") with ordinary
//! figures (measured: avg_logprob -0.69 and -0.25 on German and French clips), so the note is
//! a signal of its own.
//!
//! This module knows segments' figures only, never their text beyond the ratio computed here.

use std::io::Write;

use serde::Serialize;

/// Below this average token log-probability a segment is low-confidence (openai-whisper's and
/// faster-whisper's `log_prob_threshold`).
pub const LOGPROB_THRESHOLD: f32 = -1.0;
/// Above this compression ratio a segment is low-confidence (`compression_ratio_threshold`).
pub const COMPRESSION_RATIO_THRESHOLD: f32 = 2.4;
/// Above this no-speech probability a segment is low-confidence (`no_speech_threshold`).
/// whisper.cpp already drops a window whose no-speech probability is above it *and* whose
/// log-probability is below [`LOGPROB_THRESHOLD`]; what remains above it is text Whisper
/// wrote over audio it judged to be no speech.
pub const NO_SPEECH_THRESHOLD: f32 = 0.6;
/// A recording is mostly low-confidence when more than this share of its words are in
/// low-confidence segments.
pub const MOSTLY_LOW_SHARE: f32 = 0.5;

/// Whisper's confidence in one segment (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Confidence {
    pub avg_logprob: f32,
    pub no_speech_prob: f32,
    pub compression_ratio: f32,
    /// Whisper wrote only a note that the speech is in another language.
    pub not_english: bool,
    /// Any figure past its threshold, or `not_english`.
    pub low_confidence: bool,
}

impl Confidence {
    /// The figures of a segment whose tokens had log-probabilities `logprobs` and whose text is
    /// `text`. `None` without tokens.
    pub fn measure(logprobs: &[f32], no_speech_prob: f32, text: &str) -> Option<Confidence> {
        if logprobs.is_empty() {
            return None;
        }
        let avg = logprobs.iter().map(|&l| f64::from(l)).sum::<f64>() / logprobs.len() as f64;
        Some(Confidence::new(
            avg as f32,
            no_speech_prob,
            compression_ratio(text),
            foreign_language_note(text),
        ))
    }

    /// Figures measured elsewhere, with the flag set from the thresholds.
    pub fn new(
        avg_logprob: f32,
        no_speech_prob: f32,
        compression_ratio: f32,
        not_english: bool,
    ) -> Confidence {
        // Judged on the figures as written, so a reader checking the JSON gets the same flag.
        let (avg_logprob, no_speech_prob, compression_ratio) = (
            round3(avg_logprob),
            round3(no_speech_prob),
            round3(compression_ratio),
        );
        // NaN compares false everywhere: a figure that is not a number is not confidence.
        let ok = avg_logprob >= LOGPROB_THRESHOLD
            && compression_ratio <= COMPRESSION_RATIO_THRESHOLD
            && no_speech_prob <= NO_SPEECH_THRESHOLD
            && !not_english;
        Confidence {
            avg_logprob,
            no_speech_prob,
            compression_ratio,
            not_english,
            low_confidence: !ok,
        }
    }
}

/// Languages Whisper names in its notes ("[speaking German]"), lower-case.
const LANGUAGE_NAMES: &[&str] = &[
    "foreign",
    "language",
    "non-english",
    "german",
    "french",
    "spanish",
    "italian",
    "portuguese",
    "dutch",
    "polish",
    "russian",
    "ukrainian",
    "turkish",
    "arabic",
    "hebrew",
    "hindi",
    "chinese",
    "mandarin",
    "cantonese",
    "japanese",
    "korean",
    "vietnamese",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "greek",
    "czech",
    "hungarian",
    "romanian",
];

/// Whether `text` is nothing but Whisper's bracketed notes (`[...]`, `(...)`, `*...*`) and one
/// of them says the speech is in another language.
pub fn foreign_language_note(text: &str) -> bool {
    let mut rest = String::new();
    let mut foreign = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let close = match c {
            '[' => ']',
            '(' => ')',
            '*' => '*',
            _ => {
                rest.push(c);
                continue;
            }
        };
        let note: String = chars.by_ref().take_while(|&x| x != close).collect();
        let note = note.to_lowercase();
        foreign |= note
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .any(|w| LANGUAGE_NAMES.contains(&w));
    }
    foreign && rest.chars().all(|c| !c.is_alphanumeric())
}

/// Three decimals are plenty for a confidence figure and keep the JSON readable.
fn round3(x: f32) -> f32 {
    if x.is_finite() {
        (x * 1000.0).round() / 1000.0
    } else {
        x
    }
}

/// UTF-8 bytes of `text` over its zlib-compressed size at level 6 (Python's
/// `len(b) / len(zlib.compress(b))`, which openai-whisper and faster-whisper compute; the same
/// C zlib, so the same bytes). 0 for empty text.
pub fn compression_ratio(text: &str) -> f32 {
    if text.is_empty() {
        return 0.0;
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    // Writing to a Vec cannot fail.
    let compressed = z
        .write_all(text.as_bytes())
        .and_then(|()| z.finish())
        .map_or(0, |v| v.len());
    if compressed == 0 {
        return 0.0;
    }
    text.len() as f32 / compressed as f32
}

/// A recording's confidence: how many of its words Whisper was unsure of, and whether that is
/// most of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TranscriptConfidence {
    /// Segments with figures (segments without, such as words from another recognizer, are not
    /// counted).
    pub segments: usize,
    pub low_confidence_segments: usize,
    /// Segments that are only Whisper's note of speech in another language (counted in
    /// `low_confidence_segments` too).
    pub not_english_segments: usize,
    /// Share of the measured segments' words that are in low-confidence segments (0 to 1).
    pub low_confidence_words: f32,
    /// More than [`MOSTLY_LOW_SHARE`] of the words are low-confidence: the transcript is not
    /// to be trusted (speech in another language, noise, a hallucination), redacted or not.
    pub mostly_low_confidence: bool,
}

impl TranscriptConfidence {
    /// The summary over segments given as (figures, number of words).
    pub fn summarize<'a>(
        segments: impl IntoIterator<Item = (Option<&'a Confidence>, usize)>,
    ) -> TranscriptConfidence {
        let mut t = TranscriptConfidence::default();
        let (mut words, mut low_words) = (0usize, 0usize);
        for (c, n) in segments {
            let Some(c) = c else { continue };
            t.segments += 1;
            words += n;
            if c.low_confidence {
                t.low_confidence_segments += 1;
                low_words += n;
            }
            t.not_english_segments += usize::from(c.not_english);
        }
        if words > 0 {
            t.low_confidence_words = round3(low_words as f32 / words as f32);
        }
        t.mostly_low_confidence = t.low_confidence_words > MOSTLY_LOW_SHARE;
        t
    }

    /// The warning for a recording called `input` when it is mostly low-confidence (callers
    /// prefix `hush: warning: `): names the input and the figures, never a word of the
    /// transcript.
    pub fn warning(&self, input: &str) -> Option<String> {
        self.mostly_low_confidence.then(|| {
            let why = if self.not_english_segments > 0 {
                format!(
                    "Whisper marked {} of them as speech in another language",
                    self.not_english_segments
                )
            } else {
                "not English speech, noise or a hallucination?".to_string()
            };
            format!(
                "{input}: transcript is mostly low-confidence ({} of {} segments, {:.0}% of \
                 words; {why}): do not trust it as a transcript or as redacted",
                self.low_confidence_segments,
                self.segments,
                self.low_confidence_words * 100.0
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_ratio_matches_python_zlib() {
        // Python's len(b) / len(zlib.compress(b)) for these strings: 69/70 and 220/22.
        let plain = "And so my fellow Americans, ask not what your country can do for you.";
        assert_eq!(compression_ratio(plain), 69.0 / 70.0);
        let looped = "Thank you. ".repeat(20);
        assert_eq!(compression_ratio(&looped), 10.0);
        assert_eq!(compression_ratio(""), 0.0);
    }

    #[test]
    fn any_figure_past_its_threshold_flags_the_segment() {
        assert!(!Confidence::new(-0.3, 0.01, 1.1, false).low_confidence);
        assert!(Confidence::new(-1.2, 0.01, 1.1, false).low_confidence);
        assert!(Confidence::new(-0.3, 0.7, 1.1, false).low_confidence);
        assert!(Confidence::new(-0.3, 0.01, 2.5, false).low_confidence);
        assert!(Confidence::new(-0.3, 0.01, 1.1, true).low_confidence);
        assert!(Confidence::new(f32::NAN, 0.01, 1.1, false).low_confidence);
        // The thresholds themselves still pass, as in faster-whisper (strict comparisons).
        assert!(!Confidence::new(-1.0, 0.6, 2.4, false).low_confidence);
        // Judged as written: -1.0004 is written -1.0 and passes like it.
        assert!(!Confidence::new(-1.0004, 0.6, 2.4, false).low_confidence);
        let m = Confidence::measure(&[-0.1, -0.2, -0.3], 0.05, "hello there").unwrap();
        assert_eq!(m.avg_logprob, -0.2);
        assert!(!m.not_english);
        let m = Confidence::measure(&[-0.1], 0.05, "[speaking in foreign language]").unwrap();
        assert!(m.not_english && m.low_confidence);
        assert!(Confidence::measure(&[], 0.0, "").is_none());
    }

    #[test]
    fn whispers_notes_of_another_language() {
        for t in [
            "[speaking in foreign language]",
            "(speaking foreign language)",
            " [Speaking German] ",
            "*speaking in French*",
            "[speaking in foreign language] [speaking in foreign language]",
        ] {
            assert!(foreign_language_note(t), "{t}");
        }
        for t in [
            "[BLANK_AUDIO]",
            "(upbeat music)",
            "I speak German at home.",
            "[speaking in foreign language] but then she said hello",
            "",
        ] {
            assert!(!foreign_language_note(t), "{t}");
        }
    }

    #[test]
    fn a_recording_is_mostly_low_confidence_by_its_words() {
        let good = Confidence::new(-0.2, 0.0, 1.0, false);
        let bad = Confidence::new(-1.5, 0.0, 1.0, false);
        // One short doubtful segment among long good ones: not mostly low.
        let t = TranscriptConfidence::summarize([(Some(&good), 20), (Some(&bad), 3), (None, 50)]);
        assert_eq!((t.segments, t.low_confidence_segments), (2, 1));
        assert!(!t.mostly_low_confidence);
        assert!(t.warning("a.wav").is_none());
        let t = TranscriptConfidence::summarize([(Some(&good), 4), (Some(&bad), 12)]);
        assert!(t.mostly_low_confidence);
        assert_eq!(t.low_confidence_words, 0.75);
        let w = t.warning("dir/de.flac").unwrap();
        assert!(
            w.contains("dir/de.flac") && w.contains("1 of 2 segments"),
            "{w}"
        );
        assert!(!w.contains('\n'));
        let note = Confidence::new(-0.5, 0.3, 0.8, true);
        let t = TranscriptConfidence::summarize([(Some(&note), 4)]);
        assert_eq!(t.not_english_segments, 1);
        let w = t.warning("de.flac").unwrap();
        assert!(w.contains("another language"), "{w}");
        // Nothing measured: nothing to warn about.
        assert!(!TranscriptConfidence::summarize([(None, 5)]).mostly_low_confidence);
    }
}
