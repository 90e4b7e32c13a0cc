//! SRT and WebVTT renderers.
//!
//! Cues are built from redacted words, so a subtitle can never show more than the text
//! transcript does. Like whisper.cpp's `--max-len` with split-on-word, a cue is cut at word
//! boundaries: at most two lines of 42 characters (the common broadcast limit) and 7 seconds.

use super::Transcript;
use crate::redact::RedactedWord;

const MAX_LINE: usize = 42;
const MAX_LINES: usize = 2;
const MAX_CUE_MS: u64 = 7_000;

struct Cue {
    start_ms: u64,
    end_ms: u64,
    lines: Vec<String>,
    speaker: Option<String>,
}

fn cues(t: &Transcript) -> Vec<Cue> {
    let mut out = Vec::new();
    for seg in &t.segments {
        let mut cur: Option<Cue> = None;
        for w in &seg.words {
            let fits = cur.as_ref().is_some_and(|c| fits(c, w));
            if !fits {
                if let Some(c) = cur.take() {
                    out.push(c);
                }
                cur = Some(Cue {
                    start_ms: w.start_ms.max(seg.start_ms),
                    end_ms: w.end_ms,
                    lines: vec![String::new()],
                    speaker: seg.speaker.clone(),
                });
            }
            let c = cur.as_mut().expect("cue was just opened");
            let last = c.lines.last_mut().expect("cue has a line");
            if last.is_empty() {
                last.push_str(&w.text);
            } else if last.chars().count() + 1 + w.text.chars().count() <= MAX_LINE {
                last.push(' ');
                last.push_str(&w.text);
            } else {
                c.lines.push(w.text.clone());
            }
            c.end_ms = c.end_ms.max(w.end_ms);
        }
        if let Some(mut c) = cur.take() {
            c.end_ms = c.end_ms.max(seg.end_ms.min(c.end_ms + 500));
            out.push(c);
        }
    }
    // Both channels of a call interleave by time; a speaker's cues must not overlap each other
    // or have zero length.
    out.sort_by_key(|c| c.start_ms);
    let mut last_of: std::collections::HashMap<Option<String>, usize> = Default::default();
    for i in 0..out.len() {
        if let Some(&prev) = last_of.get(&out[i].speaker) {
            if out[prev].end_ms > out[i].start_ms {
                out[prev].end_ms = out[i].start_ms.max(out[prev].start_ms + 100);
            }
        }
        last_of.insert(out[i].speaker.clone(), i);
    }
    for c in &mut out {
        if c.end_ms <= c.start_ms {
            c.end_ms = c.start_ms + 100;
        }
    }
    out
}

fn fits(c: &Cue, w: &RedactedWord) -> bool {
    if w.end_ms.saturating_sub(c.start_ms) > MAX_CUE_MS {
        return false;
    }
    let last = c.lines.last().map_or(0, |l| l.chars().count());
    last + 1 + w.text.chars().count() <= MAX_LINE || c.lines.len() < MAX_LINES
}

fn stamp(ms: u64, sep: char) -> String {
    format!(
        "{:02}:{:02}:{:02}{sep}{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

pub fn render_srt(t: &Transcript) -> Vec<u8> {
    let mut s = String::new();
    for (i, c) in cues(t).iter().enumerate() {
        s.push_str(&format!(
            "{}\n{} --> {}\n",
            i + 1,
            stamp(c.start_ms, ','),
            stamp(c.end_ms, ',')
        ));
        let prefix = c
            .speaker
            .as_ref()
            .map(|sp| format!("[{sp}] "))
            .unwrap_or_default();
        s.push_str(&prefix);
        s.push_str(&c.lines.join("\n"));
        s.push_str("\n\n");
    }
    s.into_bytes()
}

pub fn render_vtt(t: &Transcript) -> Vec<u8> {
    let mut s = String::from("WEBVTT\n\n");
    for c in cues(t) {
        s.push_str(&format!(
            "{} --> {}\n",
            stamp(c.start_ms, '.'),
            stamp(c.end_ms, '.')
        ));
        if let Some(sp) = &c.speaker {
            s.push_str(&format!("<v {sp}>"));
        }
        s.push_str(&c.lines.join("\n"));
        s.push_str("\n\n");
    }
    s.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps() {
        assert_eq!(stamp(3_723_004, ','), "01:02:03,004");
        assert_eq!(stamp(59_999, '.'), "00:00:59.999");
    }

    #[test]
    fn fits_respects_line_and_duration_limits() {
        let c = Cue {
            start_ms: 0,
            end_ms: 100,
            lines: vec!["x".repeat(40)],
            speaker: None,
        };
        let w = |text: &str, end_ms| RedactedWord {
            text: text.into(),
            start_ms: 0,
            end_ms,
            entity: None,
        };
        assert!(fits(&c, &w("longword", 1000)), "a second line is allowed");
        let full = Cue {
            lines: vec!["x".repeat(40), "y".repeat(40)],
            ..c
        };
        assert!(!fits(&full, &w("longword", 1000)));
        let c = Cue {
            start_ms: 0,
            end_ms: 100,
            lines: vec!["a".into()],
            speaker: None,
        };
        assert!(!fits(&c, &w("b", 7_500)), "cues last at most 7 s");
    }
}
