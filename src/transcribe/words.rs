//! Turning Whisper's tokens into words with times.
//!
//! Whisper's BPE tokens start a new word with a leading space; punctuation and word pieces attach
//! to the word before. Word times come from whisper.cpp's DTW alignment over the model's
//! alignment heads when available (measured closer to the spoken boundaries than the
//! token-timestamp heuristic), else from the heuristic; a word with neither is marked unreliable
//! so redacted audio can fail closed around it.

use whisper_rs::{WhisperContext, WhisperState};

use super::{Confidence, Segment, Word};
use crate::error::{Error, Result};

/// One decoded token with its times (ms from the start of the recording).
struct Tok {
    text: Option<Vec<u8>>,
    t0: u64,
    t1: u64,
    /// DTW alignment time (when the token starts), if whisper.cpp computed one.
    dtw: Option<u64>,
    p: f32,
}

pub fn collect_segments(
    ctx: &WhisperContext,
    state: &WhisperState,
    offset_ms: u64,
    audio_ms: u64,
) -> Result<Vec<Segment>> {
    let eot = ctx.token_eot();
    let clamp = |t: i64| offset_ms + (t.max(0) as u64 * 10).min(audio_ms);
    let mut out = Vec::new();
    for seg in state.as_iter() {
        let mut toks = Vec::with_capacity(seg.n_tokens() as usize);
        // Every token the decoder chose (text, timestamps, end of text) counts towards the
        // average, as in openai-whisper's `avg_logprob`.
        let mut logprobs = Vec::with_capacity(seg.n_tokens() as usize);
        for i in 0..seg.n_tokens() {
            let Some(tok) = seg.get_token(i) else {
                continue;
            };
            let data = tok.token_data();
            logprobs.push(data.plog);
            let text = if tok.token_id() >= eot {
                None // special and timestamp tokens: no text, but their DTW time ends the word before
            } else {
                Some(
                    tok.to_bytes()
                        .map_err(|e| Error::Transcribe(format!("token text unavailable: {e}")))?
                        .to_vec(),
                )
            };
            toks.push(Tok {
                text,
                t0: clamp(data.t0),
                t1: clamp(data.t1),
                dtw: (data.t_dtw >= 0).then(|| clamp(data.t_dtw)),
                p: data.p,
            });
        }
        let seg_start = clamp(seg.start_timestamp());
        let seg_end = clamp(seg.end_timestamp()).max(seg_start);
        let words = words_from_tokens(&toks, seg_end);
        if words.is_empty() {
            continue;
        }
        let text = words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let confidence = Confidence::measure(&logprobs, seg.no_speech_probability(), &text);
        out.push(Segment {
            id: 0,
            channel: 0,
            start_ms: seg_start.min(words[0].start_ms),
            end_ms: seg_end.max(words.last().map_or(seg_end, |w| w.end_ms)),
            words,
            confidence,
        });
    }
    Ok(out)
}

/// Groups tokens into words. A word's DTW time runs from its first token's alignment to the
/// next token's (the next word, or the timestamp/end token after it); the token-timestamp
/// heuristic (`t0`/`t1`) is the fallback. A word is `reliable` only when it has a non-empty
/// span from one of the two that is ordered after the previous word's start.
fn words_from_tokens(toks: &[Tok], seg_end: u64) -> Vec<Word> {
    let mut words = Vec::new();
    let mut i = 0;
    let mut prev_start = 0u64;
    let mut prev_end = 0u64;
    while i < toks.len() {
        let Some(first) = toks[i].text.as_ref() else {
            i += 1;
            continue;
        };
        // Extend over the word's continuation tokens (no leading space).
        let mut bytes = first.clone();
        let mut j = i + 1;
        while j < toks.len() {
            match &toks[j].text {
                Some(t) if t.first() != Some(&b' ') => {
                    bytes.extend_from_slice(t);
                    j += 1;
                }
                _ => break,
            }
        }
        let part = &toks[i..j];
        let p = part.iter().map(|t| t.p).fold(1.0f32, f32::min);
        let (h0, h1) = (
            part[0].t0,
            part.iter().map(|t| t.t1).max().unwrap_or(part[0].t1),
        );
        // Measured on the Piper set against gold times: a token's DTW time marks where the
        // token *ends*, so a word runs from the previous token's DTW time to its last token's.
        let before = if i == 0 { None } else { toks[i - 1].dtw };
        let dtw = match (before.or(Some(h0)), part.last().and_then(|t| t.dtw)) {
            (Some(a), Some(b)) if b > a => Some((a, b)),
            _ => None,
        };
        let (mut start_ms, mut end_ms, reliable) = match dtw {
            Some((a, b)) => (a, b, a + 1 >= prev_start),
            None => (h0, h1.max(h0), h1 > h0 && h0 + 1 >= prev_start),
        };
        if !reliable {
            // No usable time: all that is known is that the word follows the previous one
            // within the segment. Say that, rather than a time that runs backwards (an entity
            // printed as ending at 0 ms); the word stays unplaced, so audio redaction still
            // mutes its whole segment.
            start_ms = start_ms.max(prev_end);
            end_ms = end_ms.max(start_ms);
            if end_ms == start_ms {
                end_ms = seg_end.max(start_ms);
            }
        }
        // What audio redaction mutes: both estimates together, since each misses some starts.
        let (span_start_ms, span_end_ms) = if h1 > h0 {
            (start_ms.min(h0), end_ms.max(h1))
        } else {
            (start_ms, end_ms)
        };
        let text = String::from_utf8_lossy(&bytes).trim().to_string();
        if !text.is_empty() {
            prev_start = start_ms;
            prev_end = end_ms;
            words.push(Word {
                text,
                start_ms,
                end_ms,
                span_start_ms,
                span_end_ms,
                p,
                reliable,
            });
        }
        i = j;
    }
    words
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

/// Cuts a repetition loop the retry could not escape: from the second of three (or more)
/// consecutive repeats of a phrase of 2 to 8 words, or of six repeats of one word, every later
/// word of the window is dropped (Whisper does not recover inside a loop). Words compare by
/// their letters and digits, so "ideas." and "ideas" are one word. Returns whether it cut.
pub fn cut_loop(segments: &mut Vec<Segment>) -> bool {
    let key = |w: &Word| -> String {
        w.text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let words: Vec<String> = segments
        .iter()
        .flat_map(|s| s.words.iter().map(key))
        .collect();
    let Some(cut) = loop_start(&words) else {
        return false;
    };
    let mut left = cut;
    segments.retain_mut(|s| {
        let keep = left.min(s.words.len());
        left -= keep;
        s.words.truncate(keep);
        if let Some(last) = s.words.last() {
            s.end_ms = last.end_ms.max(s.start_ms);
        }
        !s.words.is_empty()
    });
    true
}

/// The index of the second occurrence of the first looping phrase in `words`, if any.
fn loop_start(words: &[String]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for n in 1..=8usize {
        let need = if n == 1 { 6 } else { 3 };
        let mut i = 0;
        while i + n * need <= words.len() {
            let reps = (1..)
                .take_while(|r| {
                    let a = i + r * n;
                    a + n <= words.len() && words[a..a + n] == words[i..i + n]
                })
                .count()
                + 1;
            if reps >= need && words[i..i + n].iter().any(|w| !w.is_empty()) {
                best = Some(best.map_or(i + n, |b: usize| b.min(i + n)));
                break;
            }
            i += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(words: &[&str]) -> Segment {
        Segment {
            id: 0,
            channel: 0,
            start_ms: 0,
            end_ms: 0,
            words: words.iter().map(|w| Word::at(*w, 0, 0)).collect(),
            confidence: None,
        }
    }

    fn tok(text: Option<&str>, t0: u64, t1: u64, dtw: Option<u64>) -> Tok {
        Tok {
            text: text.map(|t| t.as_bytes().to_vec()),
            t0,
            t1,
            dtw,
            p: 0.9,
        }
    }

    #[test]
    fn words_run_from_the_previous_tokens_dtw_time_to_their_last() {
        let toks = [
            tok(None, 0, 0, Some(0)),
            tok(Some(" My"), 100, 100, Some(120)),
            tok(Some(" card"), 300, 500, Some(330)),
            tok(Some(" 45"), 600, 700, Some(610)),
            tok(Some("39"), 700, 900, Some(700)),
            tok(None, 1000, 1000, Some(950)),
        ];
        let w = words_from_tokens(&toks, 1000);
        let got: Vec<(&str, u64, u64, bool)> = w
            .iter()
            .map(|w| (w.text.as_str(), w.start_ms, w.end_ms, w.reliable))
            .collect();
        assert_eq!(
            got,
            [
                ("My", 0, 120, true),
                ("card", 120, 330, true),
                ("4539", 330, 700, true)
            ]
        );
        // The muting span also covers the token-timestamp estimate.
        assert_eq!((w[1].span_start_ms, w[1].span_end_ms), (120, 500));
        assert_eq!((w[2].span_start_ms, w[2].span_end_ms), (330, 900));
    }

    #[test]
    fn words_without_any_time_are_unreliable() {
        // No DTW, and the heuristic gives a zero-length word.
        let toks = [
            tok(Some(" hello"), 200, 200, None),
            tok(Some(" there"), 300, 600, None),
        ];
        let w = words_from_tokens(&toks, 600);
        assert!(!w[0].reliable);
        assert!(w[1].reliable);
        assert_eq!((w[1].start_ms, w[1].end_ms), (300, 600));
    }

    #[test]
    fn an_untimed_word_never_ends_before_the_word_before_it() {
        // The card digits after "is" got no time at all (DTW and the heuristic both at 0): they
        // lie between "is" and the segment's end, not at 0 ms.
        let toks = [
            tok(Some(" is"), 1000, 1500, Some(1500)),
            tok(Some(" 4539"), 0, 0, None),
            tok(Some(" 1488"), 0, 0, None),
        ];
        let w = words_from_tokens(&toks, 6500);
        let got: Vec<(u64, u64, bool)> = w
            .iter()
            .map(|w| (w.start_ms, w.end_ms, w.reliable))
            .collect();
        assert_eq!(
            got,
            [(1000, 1500, true), (1500, 6500, false), (6500, 6500, false)]
        );
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

    #[test]
    fn a_loop_is_cut_after_its_first_phrase() {
        let looped = "my card is lost. My card is lost. My card is lost. My card is lost.";
        let mut segs = vec![seg(&looped.split(' ').collect::<Vec<_>>())];
        assert!(cut_loop(&mut segs));
        let text: Vec<&str> = segs[0].words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(text, ["my", "card", "is", "lost."]);
        // Digits read out repeat without looping: a card's "4 4 4 4" is kept whole.
        let mut card = vec![seg(&[
            "5", "5", "5", "5", "4", "4", "4", "4", "3", "3", "3", "3",
        ])];
        assert!(!cut_loop(&mut card));
        assert_eq!(card[0].words.len(), 12);
        let mut twice = vec![seg(&[
            "X,", "Y,", "Z,", "4,", "8,", "2,", "X,", "Y,", "Z,", "4,", "8,", "2,",
        ])];
        assert!(!cut_loop(&mut twice));
        let mut one = vec![seg(&["no"; 8])];
        assert!(cut_loop(&mut one));
        assert_eq!(one[0].words.len(), 1);
    }
}
