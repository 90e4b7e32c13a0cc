//! Turning Whisper's tokens into words with times.
//!
//! Whisper's BPE tokens start a new word with a leading space; punctuation and word pieces attach
//! to the word before. A word's time runs from its first token's start to its last token's end.

use whisper_rs::{WhisperContext, WhisperState};

use super::{Segment, Word};
use crate::error::{Error, Result};

pub fn collect_segments(
    ctx: &WhisperContext,
    state: &WhisperState,
    offset_ms: u64,
    audio_ms: u64,
) -> Result<Vec<Segment>> {
    let eot = ctx.token_eot();
    let mut out = Vec::new();
    for seg in state.as_iter() {
        let mut words: Vec<Word> = Vec::new();
        let mut cur: Option<(Vec<u8>, u64, u64, f32)> = None;
        for i in 0..seg.n_tokens() {
            let Some(tok) = seg.get_token(i) else {
                continue;
            };
            if tok.token_id() >= eot {
                continue; // special and timestamp tokens
            }
            let data = tok.token_data();
            let bytes = tok
                .to_bytes()
                .map_err(|e| Error::Transcribe(format!("token text unavailable: {e}")))?;
            // Token times are in 10 ms units relative to the window; clamp to the real audio.
            let t0 = offset_ms + (data.t0.max(0) as u64 * 10).min(audio_ms);
            let t1 = offset_ms + (data.t1.max(0) as u64 * 10).min(audio_ms);
            let starts_word = bytes.first() == Some(&b' ');
            match &mut cur {
                Some((text, _, end, p)) if !starts_word => {
                    text.extend_from_slice(bytes);
                    *end = (*end).max(t1);
                    *p = p.min(data.p);
                }
                _ => {
                    if let Some(w) = cur.take() {
                        push_word(&mut words, w);
                    }
                    cur = Some((bytes.to_vec(), t0, t1.max(t0), data.p));
                }
            }
        }
        if let Some(w) = cur.take() {
            push_word(&mut words, w);
        }
        if words.is_empty() {
            continue;
        }
        let start_ms = offset_ms + (seg.start_timestamp().max(0) as u64 * 10).min(audio_ms);
        let end_ms = offset_ms + (seg.end_timestamp().max(0) as u64 * 10).min(audio_ms);
        out.push(Segment {
            id: 0,
            start_ms: start_ms.min(words[0].start_ms),
            end_ms: end_ms.max(words.last().map_or(end_ms, |w| w.end_ms)),
            words,
        });
    }
    Ok(out)
}

fn push_word(words: &mut Vec<Word>, (bytes, start_ms, end_ms, p): (Vec<u8>, u64, u64, f32)) {
    let text = String::from_utf8_lossy(&bytes).trim().to_string();
    if text.is_empty() {
        return;
    }
    words.push(Word {
        text,
        start_ms,
        end_ms,
        p,
    });
}

/// Heuristics for a greedy repetition loop: far more words than speech allows for the audio's
/// length, or one short phrase repeated many times in a row.
pub fn looks_like_loop(segments: &[Segment], audio_ms: u64) -> bool {
    let words: Vec<&str> = segments
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.text.as_str()))
        .collect();
    // ~3 words/s is fast speech; 6/s plus slack is a loop.
    if words.len() as u64 > audio_ms * 6 / 1000 + 10 {
        return true;
    }
    for n in 1..=4 {
        let mut run = 1;
        let mut i = n;
        while i + n <= words.len() {
            if words[i..i + n] == words[i - n..i] {
                run += 1;
                if run >= 6 {
                    return true;
                }
                i += n;
            } else {
                run = 1;
                i += 1;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(words: &[&str]) -> Segment {
        Segment {
            id: 0,
            start_ms: 0,
            end_ms: 0,
            words: words
                .iter()
                .map(|w| Word {
                    text: w.to_string(),
                    start_ms: 0,
                    end_ms: 0,
                    p: 1.0,
                })
                .collect(),
        }
    }

    #[test]
    fn loop_detection() {
        assert!(!looks_like_loop(
            &[seg(&["ask", "not", "what", "your", "country"])],
            3_000
        ));
        let looped: Vec<&str> = std::iter::repeat_n(["thank", "you"], 8).flatten().collect();
        assert!(looks_like_loop(&[seg(&looped)], 30_000));
        let many: Vec<&str> = (0..80).map(|_| "x").collect();
        assert!(looks_like_loop(&[seg(&many)], 5_000));
        // A spoken digit sequence repeats but not six times in a row.
        assert!(!looks_like_loop(
            &[seg(&["one", "one", "one", "one", "two"])],
            3_000
        ));
    }
}
