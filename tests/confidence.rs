//! Transcript confidence with the real model on real speech: German and French clips (eSpeak NG,
//! samples/lang/, made by scripts/make-lang-fixtures) are flagged low-confidence per segment and
//! for the whole recording, with one stderr warning naming the input and no transcript text;
//! English from the same synthetic voice, a human speaker (JFK) and the JSONL stream are not.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{heavy, hush, models_dir, sample};
use serde_json::Value;

fn json(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Every segment carries the four figures, and the flag is what the figures say.
fn check_segments(doc: &Value) -> Vec<bool> {
    let segs = doc["segments"].as_array().unwrap();
    assert!(!segs.is_empty(), "{doc}");
    segs.iter()
        .map(|s| {
            let lp = s["avg_logprob"].as_f64().unwrap();
            let ns = s["no_speech_prob"].as_f64().unwrap();
            let cr = s["compression_ratio"].as_f64().unwrap();
            let note = s["not_english"].as_bool().unwrap();
            let low = s["low_confidence"].as_bool().unwrap();
            assert!((-20.0..=0.0).contains(&lp) && (0.0..=1.0).contains(&ns) && cr > 0.0);
            assert_eq!(low, lp < -1.0 || ns > 0.6 || cr > 2.4 || note, "{s}");
            low
        })
        .collect()
}

#[test]
fn other_languages_are_flagged_and_english_is_not() {
    let _g = heavy();
    let out = tempfile::tempdir().unwrap();
    let a = hush()
        .arg("redact")
        .arg(sample("lang/de.flac"))
        .arg(sample("lang/fr.flac"))
        .arg(sample("lang/en.flac"))
        .arg(sample("jfk.wav"))
        .args(["--format", "json", "--quiet", "--out-dir"])
        .arg(out.path())
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&a.get_output().stderr).to_string();

    for stem in ["de", "fr"] {
        let doc = json(&out.path().join(format!("{stem}.redacted.json")));
        let flags = check_segments(&doc);
        assert!(flags.iter().all(|&f| f), "{stem}: {doc}");
        let t = &doc["transcript_confidence"];
        assert_eq!(t["mostly_low_confidence"], true, "{stem}: {t}");
        assert!(t["low_confidence_words"].as_f64().unwrap() > 0.5);
        // One warning line for the input, even with --quiet.
        let lines: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains(&format!("{stem}.flac")))
            .collect();
        assert_eq!(lines.len(), 1, "{stderr}");
        assert!(lines[0].starts_with("hush: warning: ") && lines[0].contains("low-confidence"));
        // The warning is the input's name, figures and fixed words, never the transcript's.
        let path = sample(&format!("lang/{stem}.flac")).display().to_string();
        let rest = lines[0].replace(&path, "");
        const TEMPLATE: &[&str] = &[
            "hush",
            "warning",
            "transcript",
            "is",
            "mostly",
            "low",
            "confidence",
            "of",
            "segments",
            "words",
            "whisper",
            "marked",
            "them",
            "as",
            "speech",
            "in",
            "another",
            "language",
            "do",
            "not",
            "trust",
            "it",
            "a",
            "or",
            "redacted",
        ];
        for w in rest
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            assert!(
                TEMPLATE.contains(&w.to_lowercase().as_str()),
                "{w} in {}",
                lines[0]
            );
        }
    }
    for stem in ["en", "jfk"] {
        let doc = json(&out.path().join(format!("{stem}.redacted.json")));
        let flags = check_segments(&doc);
        assert!(flags.iter().all(|&f| !f), "{stem}: {doc}");
        let t = &doc["transcript_confidence"];
        assert_eq!(t["mostly_low_confidence"], false, "{stem}: {t}");
        assert_eq!(t["low_confidence_segments"], 0);
    }
    assert_eq!(stderr.lines().count(), 2, "only the two warnings: {stderr}");
}

#[test]
fn a_stream_carries_the_flag_on_every_line() {
    let _g = heavy();
    let (_, samples) =
        hush::audio::read_audio_all(&sample("lang/de.flac"), hush::audio::ChannelSelect::Downmix)
            .unwrap();
    let bytes: Vec<u8> = samples
        .iter()
        .flat_map(|&x| ((x.clamp(-1.0, 1.0) * 32767.0) as i16).to_le_bytes())
        .collect();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_hush"))
        .args(["stream", "--format", "s16le", "--rate", "16000", "--quiet"])
        .env("HUSH_MODELS_DIR", models_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let segs: Vec<&Value> = lines.iter().filter(|l| l["type"] == "segment").collect();
    assert!(!segs.is_empty());
    for s in &segs {
        assert_eq!(s["low_confidence"], true, "{s}");
    }
    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(
        summary["transcript_confidence"]["mostly_low_confidence"],
        true
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("hush: warning: stdin: "), "{stderr}");
}
