//! Voice-activity endpointing with the real Silero model on real audio: the utterances it finds
//! cover every spoken turn of a call's channels, their silence is never decoded, and Whisper
//! hears the same words in the utterances as in the whole channel.

mod common;

use common::{heavy, models_dir, sample};
use hush::compute::CpuTurns;
use hush::models::{ModelSet, WhisperModel};
use hush::transcribe::{
    transcribe_with, Endpointer, PauseWindower, TranscribeOptions, Transcriber, VadEndpointer,
    VadModel, VadOptions,
};
use std::sync::Arc;

/// The channels of a 16 kHz WAV as f32 samples.
fn channels(rel: &str) -> Vec<Vec<f32>> {
    let mut r = hound::WavReader::open(sample(rel)).unwrap();
    let spec = r.spec();
    assert_eq!(spec.sample_rate, 16_000);
    let n = usize::from(spec.channels);
    let mut out = vec![Vec::new(); n];
    for (i, s) in r.samples::<i16>().enumerate() {
        out[i % n].push(f32::from(s.unwrap()) / 32768.0);
    }
    out
}

/// (start, end) ms of each turn spoken on channel `ch` of cvv_call.wav, from the manifest.
fn turns(ch: usize) -> Vec<(u64, u64)> {
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample("calls/manifest.json")).unwrap())
            .unwrap();
    let file = m["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "cvv_call.wav")
        .unwrap();
    file["turns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["channel"] == ch)
        .map(|t| {
            (
                t["start_ms"].as_u64().unwrap(),
                t["end_ms"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Letters and digits of each word, lower-cased.
fn words(segs: &[hush::transcribe::Segment]) -> Vec<String> {
    segs.iter()
        .flat_map(|s| &s.words)
        .map(|w| {
            w.text
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn utterances_hold_the_words_and_skip_the_silence_of_each_channel() {
    let _g = heavy();
    let set = ModelSet::locate(Some(&models_dir()), WhisperModel::default()).unwrap();
    let vad = Arc::new(VadModel::load(&set.onnxruntime.path, &set.vad).unwrap());
    let whisper = Transcriber::load(&set.whisper.path, TranscribeOptions::default()).unwrap();
    // cvv_call.wav: the agent speaks 0.25–3.5 s and 6.0–7.9 s, the caller 4.1–5.4 s of 8.2 s.
    let speech_s = [3.277 + 1.941, 1.275];
    for (ch, audio) in channels("calls/cvv_call.wav").into_iter().enumerate() {
        let secs = audio.len() as f64 / 16_000.0;
        // Reference: every word Whisper hears decoding the whole channel.
        let mut worker = whisper.worker(Some(2), CpuTurns::overlap()).unwrap();
        let (all, _) = transcribe_with(&mut worker, &mut PauseWindower::default(), &audio).unwrap();

        // The windows the voice-activity endpointer cuts, fed as the reader would (0.5 s).
        let mut e = VadEndpointer::new(Arc::clone(&vad), VadOptions::default());
        let mut windows = Vec::new();
        let mut marks = Vec::new();
        for chunk in audio.chunks(8_000) {
            e.push(chunk).unwrap();
            while let Some(w) = e.next_window(false).unwrap() {
                windows.push(w);
            }
            marks.push(e.consumed_upto());
        }
        while let Some(w) = e.next_window(true).unwrap() {
            windows.push(w);
        }
        assert!(!windows.is_empty(), "channel {ch}");
        assert!(
            marks.windows(2).all(|m| m[0] <= m[1]),
            "channel {ch}: {marks:?}"
        );
        let skipped = e.skipped() as f64 / 16_000.0;
        // Silence is skipped: at least half of what is not speech, padding and pauses aside.
        assert!(
            skipped >= 0.5 * (secs - speech_s[ch]),
            "channel {ch}: skipped {skipped:.2} s of {secs:.2} s"
        );
        // Every turn spoken on this channel (gold times from the generator) is inside the
        // utterances, all but 50 ms of it.
        for (start, end) in turns(ch) {
            let covered: u64 = windows
                .iter()
                .map(|x| {
                    let (a, b) = (x.start / 16, x.end() / 16);
                    b.min(end).saturating_sub(a.max(start))
                })
                .sum();
            assert!(
                covered + 50 >= end - start,
                "channel {ch}: turn {start}-{end} ms covered {covered} ms"
            );
        }
        // Decoding only the utterances hears the same words (allowing Whisper's wording to
        // differ a little with less context).
        let mut worker = whisper.worker(Some(2), CpuTurns::overlap()).unwrap();
        let mut e = VadEndpointer::new(Arc::clone(&vad), VadOptions::default());
        let (only, stats) = transcribe_with(&mut worker, &mut e, &audio).unwrap();
        assert!(stats.audio_secs < secs - skipped + 0.01, "channel {ch}");
        let (a, b) = (words(&all), words(&only));
        let heard = a.iter().filter(|w| b.contains(w)).count();
        assert!(
            heard * 10 >= a.len() * 8,
            "channel {ch}: {heard} of {} words heard again",
            a.len()
        );
    }
}
