//! Two-party calls (samples/calls): a code or number asked for on one channel of a stereo call
//! and said on the other is found with the question as its cue, both channels are labelled and
//! interleaved by time, and nothing the caller said leaks.

mod common;

use common::{heavy, hush, sample};
use hush::detect::normalize::NormalizedText;
use hush::redact::leak::LeakText;
use serde_json::Value;

struct Run {
    json: Value,
    txt: String,
    srt: String,
}

fn redact(file: &str, extra: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    hush()
        .args(["redact", "--format", "json,txt,srt", "--quiet", "--out-dir"])
        .arg(&out)
        .args(extra)
        .arg(sample(&format!("calls/{file}")))
        .assert()
        .success();
    let stem = file.trim_end_matches(".wav");
    let read =
        |ext: &str| std::fs::read_to_string(out.join(format!("{stem}.redacted.{ext}"))).unwrap();
    Run {
        json: serde_json::from_str(&read("json")).unwrap(),
        txt: read("txt"),
        srt: read("srt"),
    }
}

fn gold(file: &str) -> Vec<Value> {
    let m: Value =
        serde_json::from_str(&std::fs::read_to_string(sample("calls/manifest.json")).unwrap())
            .unwrap();
    m["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == file)
        .unwrap()["items"]
        .as_array()
        .unwrap()
        .clone()
}

/// (type, speaker) of every entity in the JSON.
fn entities(json: &Value) -> Vec<(String, Option<String>)> {
    json["segments"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            let speaker = s["speaker"].as_str().map(String::from);
            s["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |e| (e["type"].as_str().unwrap().to_string(), speaker.clone()))
        })
        .collect()
}

/// The speaker label of each line of the text output.
fn speakers(txt: &str) -> Vec<&str> {
    txt.lines().map(|l| l.split(':').next().unwrap()).collect()
}

fn assert_no_leak(file: &str, run: &Run) {
    // The JSON's transcript text and words (its hashes are hex: a 3-digit code occurs there by
    // chance), the text and the subtitles.
    let mut json_text = String::new();
    for s in run.json["segments"].as_array().unwrap() {
        json_text.push_str(s["text"].as_str().unwrap());
        json_text.push('\n');
        for w in s["words"].as_array().unwrap() {
            json_text.push_str(w["text"].as_str().unwrap());
            json_text.push('\n');
        }
    }
    // Subtitle text lines only: cue numbers and timings are digits of their own.
    let cues: String = run
        .srt
        .lines()
        .filter(|l| !l.contains(" --> ") && l.parse::<u64>().is_err())
        .map(|l| format!("{l}\n"))
        .collect();
    let written = LeakText::new(&format!("{}\n{cues}\n{json_text}", run.txt));
    for item in gold(file) {
        let v = item["value"].as_str().unwrap();
        assert!(!written.leaks(v), "{file}: the {} leaked", item["kind"]);
    }
}

#[test]
fn security_code_asked_on_one_channel_and_said_on_the_other_is_a_cvv() {
    let _g = heavy();
    let run = redact("cvv_call.wav", &["--speakers", "agent,caller"]);
    assert_no_leak("cvv_call.wav", &run);
    let found = entities(&run.json);
    assert!(
        found.contains(&("CVV".into(), Some("caller".into()))),
        "the caller's code must be found as a CVV with the agent's question as its cue: {found:?}"
    );
    // Speakers are labelled in the text, in time order: agent, caller, agent.
    assert_eq!(
        speakers(&run.txt),
        ["agent", "caller", "agent"],
        "{}",
        run.txt.lines().count()
    );
}

#[test]
fn the_same_call_on_one_channel_is_a_cvv_too() {
    let _g = heavy();
    let run = redact("cvv_call_mono.wav", &[]);
    assert_no_leak("cvv_call_mono.wav", &run);
    let found = entities(&run.json);
    assert!(found.iter().any(|(t, _)| t == "CVV"), "{found:?}");
    assert!(
        found.iter().all(|(_, s)| s.is_none()),
        "a mono call has no speaker labels"
    );
}

#[test]
fn both_channels_of_a_call_are_labelled_and_in_time_order_everywhere() {
    let _g = heavy();
    let run = redact("card_call.wav", &[]);
    // The .txt alternates speakers turn by turn, as the call went.
    assert_eq!(
        speakers(&run.txt),
        ["channel_0", "channel_1", "channel_0", "channel_1"]
    );
    // Subtitle cues of both channels are in time order and labelled.
    let starts: Vec<&str> = run
        .srt
        .lines()
        .filter(|l| l.contains(" --> "))
        .map(|l| l.split(" --> ").next().unwrap())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert!(run.srt.contains("[channel_0]") && run.srt.contains("[channel_1]"));
    // The expiry answered to "and the expiry date?" is redacted. (The card number, read in
    // groups that Whisper writes as "4539 14880343 6467", is a number-grouping problem of its
    // own: issue 12. It is not asserted here.)
    let written = LeakText::new(&run.txt);
    assert!(!written.leaks("0927"), "{}", run.txt.lines().count());
}

/// The numbers of three digits or more left in a text, as the detector reads them (spoken
/// digits joined), one count per number.
fn long_numbers_left(txt: &str) -> Vec<usize> {
    txt.lines()
        .flat_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let view = NormalizedText::new(&words);
            view.text()
                .split(' ')
                .map(|t| t.bytes().filter(u8::is_ascii_digit).count())
                .filter(|&d| d >= 3)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn strict_and_pci_leave_no_number_of_three_digits_in_a_call() {
    let _g = heavy();
    // That `numbers = "all"` takes what the default keeps is tests/detect.rs's business (no
    // committed call says a number the default keeps); this checks the two presets that have it
    // end to end, on both layouts, in the text output and the JSON.
    for (file, preset) in [("card_call.wav", "strict"), ("cvv_call_mono.wav", "pci")] {
        let run = redact(file, &["--policy", preset]);
        assert_no_leak(file, &run);
        let mut words = run.txt.clone();
        for s in run.json["segments"].as_array().unwrap() {
            words.push_str(s["text"].as_str().unwrap());
            words.push('\n');
        }
        assert_eq!(long_numbers_left(&words), Vec::<usize>::new(), "{file}");
        assert_eq!(run.json["retention"]["policy"], preset, "{file}");
    }
}

#[test]
fn voice_activity_endpointing_finds_the_same_entities_and_leaks_nothing() {
    let _g = heavy();
    for (file, extra) in [
        ("cvv_call.wav", &["--speakers", "agent,caller"][..]),
        ("cvv_call_mono.wav", &[][..]),
    ] {
        let pauses = redact(file, &[extra, &["--endpoint", "pauses"]].concat());
        let vad = redact(file, &[extra, &["--vad"]].concat());
        assert_no_leak(file, &vad);
        let kinds = |r: &Run| {
            let mut k = entities(&r.json);
            k.sort();
            k.dedup();
            k
        };
        assert_eq!(kinds(&vad), kinds(&pauses), "{file}");
        // The voice-activity model is named in the provenance only when it cut the audio.
        let ids = |r: &Run| {
            r.json["provenance"]["models"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["id"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert!(ids(&vad).contains(&"silero-vad".to_string()));
        assert!(!ids(&pauses).contains(&"silero-vad".to_string()));
    }
}

/// `card_call.wav`, `gap_s` of silence on both channels, then `cvv_call.wav`: one stereo call
/// whose channels are each longer than a Whisper window and mostly silence.
/// `card_call.wav`, `gap_s` seconds of quiet noise (about −40 dBFS: silence to the voice-activity
/// model, but not digital zeros, so muting it shows), then `cvv_call.wav`. Returns the path and
/// where the second call starts (ms).
fn long_call(dir: &std::path::Path, gap_s: u32) -> (std::path::PathBuf, u64) {
    let read = |f: &str| {
        let mut r = hound::WavReader::open(sample(&format!("calls/{f}"))).unwrap();
        let spec = r.spec();
        let s: Vec<i16> = r.samples::<i16>().map(Result::unwrap).collect();
        (spec, s)
    };
    let (spec, mut all) = read("card_call.wav");
    let first_ms = all.len() as u64 * 1000 / (u64::from(spec.sample_rate) * 2);
    let mut seed = 0x2545_f491_u32;
    all.extend((0..spec.sample_rate * gap_s * 2).map(|_| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        (seed % 601) as i16 - 300
    }));
    all.extend(read("cvv_call.wav").1);
    let path = dir.join("long_call.wav");
    let mut w = hound::WavWriter::create(&path, spec).unwrap();
    for s in all {
        w.write_sample(s).unwrap();
    }
    w.finalize().unwrap();
    (path, first_ms + u64::from(gap_s) * 1000)
}

/// `hush redact --audio` on `input` with `HUSH_LOG=debug`: the JSON, the run's `windows=` and
/// `skipped_s=` figures from its last debug line, and the redacted recording's samples.
fn redact_logged(input: &std::path::Path, extra: &[&str]) -> (Value, u64, f64, Vec<i16>) {
    let dir = tempfile::tempdir().unwrap();
    let out = hush()
        .env("HUSH_LOG", "debug")
        .args(["redact", "--audio", "--format", "json", "--out-dir"])
        .arg(dir.path())
        .args(extra)
        .arg(input)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let line = stderr
        .lines()
        .find(|l| l.contains("run finished"))
        .unwrap_or_else(|| panic!("no run line in {stderr}"));
    let field = |k: &str| -> String {
        line.split_whitespace()
            .find_map(|f| f.strip_prefix(&format!("{k}=")))
            .unwrap()
            .to_string()
    };
    let json = std::fs::read_to_string(dir.path().join("long_call.redacted.json")).unwrap();
    let wav = hound::WavReader::open(dir.path().join("long_call.redacted.wav"))
        .unwrap()
        .into_samples::<i16>()
        .map(Result::unwrap)
        .collect();
    (
        serde_json::from_str(&json).unwrap(),
        field("windows").parse().unwrap(),
        field("skipped_s").parse().unwrap(),
        wav,
    )
}

#[test]
fn packed_windows_decode_a_long_quiet_call_in_fewer_windows_keep_its_times_and_silence_the_rest() {
    let _g = heavy();
    let dir = tempfile::tempdir().unwrap();
    let (input, second_at_ms) = long_call(dir.path(), 12);
    let (packed, packed_windows, skipped, packed_wav) = redact_logged(&input, &[]);
    let (pauses, pauses_windows, none, pauses_wav) =
        redact_logged(&input, &["--endpoint", "pauses"]);
    // Each channel is 34 s, most of it silence (each speaker is silent while the other talks,
    // then both for 12 s): two windows each cut at pauses, one each when silences are shortened.
    assert!(
        packed_windows < pauses_windows,
        "{packed_windows} vs {pauses_windows}"
    );
    assert!(skipped >= 20.0, "silence taken out: {skipped} s");
    assert_eq!(none, 0.0);
    for (name, json) in [("packed", &packed), ("pauses", &pauses)] {
        let mut last = [0u64; 2];
        let mut cvv_at = None;
        let duration = (json["source"]["duration_s"].as_f64().unwrap() * 1000.0) as u64;
        for s in json["segments"].as_array().unwrap() {
            let ch = usize::from(s["speaker"] == "channel_1");
            for w in s["words"].as_array().unwrap() {
                let (a, b) = (
                    w["start_ms"].as_u64().unwrap(),
                    w["end_ms"].as_u64().unwrap(),
                );
                assert!(
                    a <= b && b <= duration + 500,
                    "{name}: {a}..{b} of {duration}"
                );
                assert!(a + 1_000 >= last[ch], "{name}: words out of order on {ch}");
                last[ch] = last[ch].max(a);
            }
            for e in s["entities"].as_array().unwrap() {
                if e["type"] == "CVV" {
                    cvv_at = Some(e["start_ms"].as_u64().unwrap());
                }
            }
        }
        // The code is said in the second call: its time is the recording's, not the packed
        // window's (which would put it near the first call).
        let cvv_at = cvv_at.unwrap_or_else(|| panic!("{name}: no CVV"));
        assert!(cvv_at >= second_at_ms, "{name}: CVV at {cvv_at} ms");
    }

    // What packing took out was never transcribed, so the redacted recording does not keep it:
    // the noise between the calls is digital silence there, and kept as it was under `pauses`,
    // which decodes everything.
    let untranscribed_ms = |json: &Value| -> u64 {
        json["audio"]["muted"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["reason"].get("untranscribed").is_some())
            .map(|m| m["end_ms"].as_u64().unwrap() - m["start_ms"].as_u64().unwrap())
            .sum()
    };
    assert!(
        untranscribed_ms(&packed) >= 20_000,
        "{}",
        untranscribed_ms(&packed)
    );
    assert_eq!(untranscribed_ms(&pauses), 0);
    let original: Vec<i16> = hound::WavReader::open(&input)
        .unwrap()
        .into_samples::<i16>()
        .map(Result::unwrap)
        .collect();
    let frame = |ms: u64| (ms * 16) as usize * 2; // 16 kHz stereo, interleaved
    let core = frame(second_at_ms - 10_000)..frame(second_at_ms - 2_000);
    assert!(original[core.clone()].iter().any(|&s| s != 0));
    assert!(packed_wav[core.clone()].iter().all(|&s| s == 0));
    assert_eq!(pauses_wav[core.clone()], original[core]);
}
