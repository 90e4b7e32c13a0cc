//! Redacted audio end to end: the bleeped WAV, re-transcribed, leaks none of the spoken values
//! but keeps the rest of the speech; subtitles; stereo calls redacted per channel.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{files_in, hush, norm_words, sample};
use hush::audio::{read_audio_all, ChannelSelect};
use hush::models::{ModelSet, WhisperModel};
use hush::redact::leak::LeakText;
use hush::transcribe::{transcribe_all, TranscribeOptions, Transcriber};
use serde_json::Value;

/// The listener that checks the redacted audio: the f16 weights, a fixed instrument whatever
/// model redacts. (With `--model tiny.en-q8_0` redacting and q8_0 as the listener too, 40 of 51
/// ordinary words were heard in the bleeped clips on 2026-12-01, against the 0.8 this test
/// asks; the f16 listener hears the same audio better.)
fn transcriber() -> Transcriber {
    let m = ModelSet::locate(Some(&common::models_dir()), WhisperModel::TinyEn).unwrap();
    Transcriber::load(
        &m.whisper.path,
        TranscribeOptions {
            threads: 2,
            ..Default::default()
        },
    )
    .unwrap()
}

fn hear(t: &Transcriber, path: &Path, select: ChannelSelect) -> String {
    let (_, samples) = read_audio_all(path, select).unwrap();
    let (segs, _) = transcribe_all(t, &samples).unwrap();
    segs.iter()
        .flat_map(|s| s.words.iter().map(|w| w.text.clone()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn bleeped_audio_leaks_no_value_and_keeps_other_words() {
    let _g = common::heavy();
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(sample("pii/manifest.json")).unwrap()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut cmd = hush();
    cmd.args(["redact", "--audio", "--format", "json,srt,vtt", "--out-dir"])
        .arg(out.path());
    for clip in manifest.as_array().unwrap() {
        cmd.arg(sample(&format!("pii/{}", clip["file"].as_str().unwrap())));
    }
    cmd.assert().success();

    let t = transcriber();
    let (mut kept, mut total) = (0usize, 0usize);
    let mut leaks = Vec::new();
    for clip in manifest.as_array().unwrap() {
        let stem = clip["file"].as_str().unwrap().trim_end_matches(".wav");
        let wav = out.path().join(format!("{stem}.redacted.wav"));
        let spec_in = hound::WavReader::open(sample(&format!("pii/{stem}.wav"))).unwrap();
        let spec_out = hound::WavReader::open(&wav).unwrap();
        assert_eq!(spec_in.spec(), spec_out.spec(), "{stem}: format changed");
        assert_eq!(
            spec_in.duration(),
            spec_out.duration(),
            "{stem}: duration changed"
        );

        let heard = hear(&t, &wav, ChannelSelect::Downmix);
        let scan = LeakText::new(&heard);
        let mut pii_words = BTreeSet::new();
        for e in clip["entities"].as_array().unwrap() {
            let value = e["value"].as_str().unwrap();
            if scan.leaks(value) {
                leaks.push(format!("{stem}: {} can still be heard", e["kind"]));
            }
            pii_words.extend(norm_words(value));
            for w in e["words"].as_array().unwrap() {
                pii_words.insert(w.as_str().unwrap().to_string());
            }
        }
        // Words of the reference that are not part of a value must survive the bleeps.
        let reference: BTreeSet<String> = norm_words(clip["text"].as_str().unwrap())
            .into_iter()
            .collect();
        let heard_words: BTreeSet<String> = norm_words(&heard).into_iter().collect();
        for w in reference
            .iter()
            .filter(|w| !pii_words.contains(*w) && !is_spoken_number(w))
        {
            total += 1;
            kept += usize::from(heard_words.contains(w));
        }
        for ext in ["srt", "vtt"] {
            let sub =
                std::fs::read_to_string(out.path().join(format!("{stem}.redacted.{ext}"))).unwrap();
            assert!(sub.contains(" --> "), "{stem}.{ext} has no cues");
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
    let share = kept as f64 / total as f64;
    assert!(
        share >= 0.8,
        "only {kept}/{total} non-PII words survive the bleeps"
    );
}

/// Number words belong to the spoken values ("four one five ..."), not to the words to keep.
fn is_spoken_number(w: &str) -> bool {
    [
        "zero",
        "oh",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "forty",
        "fortytwo",
        "fourteenth",
        "nineteen",
        "eightytwo",
        "g",
        "b",
        "w",
        "e",
        "s",
        "t",
    ]
    .contains(&w)
}

#[test]
fn stereo_call_is_transcribed_and_redacted_per_channel() {
    let _g = common::heavy();
    // Agent (channel 0) says a name; caller (channel 1) says a card number.
    let dir = tempfile::tempdir().unwrap();
    let read = |f: &str| -> Vec<i16> {
        hound::WavReader::open(sample(f))
            .unwrap()
            .samples::<i16>()
            .map(|s| s.unwrap())
            .collect()
    };
    let (a, b) = (read("pii/name.wav"), read("pii/card.wav"));
    let n = a.len().max(b.len());
    let stereo = dir.path().join("call.wav");
    let spec = hound::WavSpec {
        channels: 2,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(&stereo, spec).unwrap();
    for i in 0..n {
        w.write_sample(*a.get(i).unwrap_or(&0)).unwrap();
        w.write_sample(*b.get(i).unwrap_or(&0)).unwrap();
    }
    w.finalize().unwrap();

    let out = dir.path().join("out");
    hush()
        .args(["redact", "--audio", "--audio-mode", "silence", "--out-dir"])
        .arg(&out)
        .arg(&stereo)
        .assert()
        .success();
    let j: Value =
        serde_json::from_slice(&std::fs::read(out.join("call.redacted.json")).unwrap()).unwrap();
    let mut by_speaker = std::collections::BTreeMap::new();
    for s in j["segments"].as_array().unwrap() {
        for e in s["entities"].as_array().unwrap() {
            by_speaker
                .entry(s["speaker"].as_str().unwrap().to_string())
                .or_insert_with(Vec::new)
                .push(e["type"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(
        by_speaker
            .get("channel_0")
            .map(|v| v.contains(&"PERSON".to_string())),
        Some(true),
        "{by_speaker:?}"
    );
    assert_eq!(
        by_speaker
            .get("channel_1")
            .map(|v| v.contains(&"CREDIT_CARD".to_string())),
        Some(true),
        "{by_speaker:?}"
    );
    // Each muted interval names its channel, and the other channel is untouched there.
    let muted = j["audio"]["muted"].as_array().unwrap();
    assert!(!muted.is_empty());
    let red: Vec<i16> = hound::WavReader::open(out.join("call.redacted.wav"))
        .unwrap()
        .samples::<i16>()
        .map(|s| s.unwrap())
        .collect();
    // Per channel: samples inside that channel's intervals are silent, samples well outside
    // them are the source's, whatever the other channel does at the same time.
    let mut mask = [vec![false; n], vec![false; n]];
    for m in muted {
        let ch = m["channel"].as_u64().expect("per-channel interval") as usize;
        let s = m["start_ms"].as_u64().unwrap() as usize * 16;
        let e = (m["end_ms"].as_u64().unwrap() as usize * 16).min(n);
        mask[ch][s.saturating_sub(200)..(e + 200).min(n)].fill(true);
        for i in (s + 200)..e.saturating_sub(200) {
            assert_eq!(red[2 * i + ch], 0, "muted sample kept on channel {ch}");
        }
    }
    for i in 0..n {
        for (ch, src) in [(0, &a), (1, &b)] {
            if !mask[ch][i] {
                assert_eq!(
                    red[2 * i + ch],
                    *src.get(i).unwrap_or(&0),
                    "channel {ch} changed outside its intervals"
                );
            }
        }
    }
    assert!(
        mask[0].iter().any(|&m| m) && mask[1].iter().any(|&m| m),
        "both channels have muted speech"
    );
    assert_eq!(files_in(&out).len(), 4, "json, txt, wav and the audit log");
}
