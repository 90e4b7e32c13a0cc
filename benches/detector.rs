//! Detector throughput on transcript text, in words per second (`cargo bench --bench detector`).
//!
//! Inputs are ASR-style text (lower-case, commas dropped, sentence ends kept) built from the
//! committed sample transcripts: `samples/pii/manifest.json` and `samples/jfk.txt`. Two shapes:
//! `utterances` runs each of the 11 short texts through its own call (as the streaming detector
//! sees short segments), `passage` runs one ~300-word call made by cycling through them.
//!
//! Two detectors: `rules` (recognizers + merge, no model) and `full` (rules + the ONNX NER model,
//! as `hush redact` runs it). `full` needs the installed models (`scripts/setup`, or
//! `HUSH_MODELS_DIR`); without them it is skipped with a note and only `rules` runs.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use hush::detect::recognizers::{default_recognizers, recognize};
use hush::detect::{merge, Detector};
use hush::models::{ModelSet, WhisperModel};

const PASSAGE_WORDS: usize = 300;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn models_dir() -> PathBuf {
    std::env::var_os("HUSH_MODELS_DIR").map_or_else(|| repo().join("models"), PathBuf::from)
}

/// Whisper rarely gets casing or commas right on phone-quality speech, so the detector must not
/// rely on them; lower-case and drop commas to measure it on what it really gets.
fn asr_style(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.to_lowercase().replace([',', '"'], ""))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The 11 sample utterances (10 PII clips and the JFK control), one word list each.
fn utterances() -> Vec<Vec<String>> {
    let manifest =
        std::fs::read(repo().join("samples/pii/manifest.json")).expect("samples/pii/manifest.json");
    let clips: serde_json::Value =
        serde_json::from_slice(&manifest).expect("manifest.json is JSON");
    let mut out: Vec<Vec<String>> = clips
        .as_array()
        .expect("manifest.json is a list")
        .iter()
        .map(|c| asr_style(c["text"].as_str().expect("clip has a text")))
        .collect();
    out.push(asr_style(
        &std::fs::read_to_string(repo().join("samples/jfk.txt")).expect("samples/jfk.txt"),
    ));
    out
}

/// Whole utterances, cycled until the passage reaches `PASSAGE_WORDS` (a little over, never cut
/// mid-sentence).
fn passage(utts: &[Vec<String>]) -> Vec<String> {
    let mut out = Vec::new();
    for u in utts.iter().cycle() {
        if out.len() >= PASSAGE_WORDS {
            break;
        }
        out.extend(u.iter().cloned());
    }
    out
}

fn load_detector() -> Option<Detector> {
    let dir = models_dir();
    let models = match ModelSet::locate(Some(dir.as_path()), WhisperModel::TinyEn) {
        Ok(m) => m,
        Err(e) => {
            eprintln!(
                "detector/full skipped: models not usable in {}: {e}",
                dir.display()
            );
            return None;
        }
    };
    Some(Detector::load(&models, &Default::default()).expect("load NER model"))
}

fn bench(c: &mut Criterion) {
    let utts = utterances();
    let passage = passage(&utts);
    let utt_refs: Vec<Vec<&str>> = utts
        .iter()
        .map(|u| u.iter().map(String::as_str).collect())
        .collect();
    let passage_refs: Vec<&str> = passage.iter().map(String::as_str).collect();
    let utt_words: usize = utt_refs.iter().map(Vec::len).sum();
    let rules = default_recognizers();

    let mut g = c.benchmark_group("detector");
    // Small and steady inputs: short runs keep the whole bench near a minute.
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));

    g.throughput(Throughput::Elements(utt_words as u64));
    g.bench_function("rules/utterances", |b| {
        b.iter(|| {
            for u in &utt_refs {
                black_box(merge::merge(recognize(&rules, black_box(u))));
            }
        })
    });
    g.throughput(Throughput::Elements(passage_refs.len() as u64));
    g.bench_function("rules/passage", |b| {
        b.iter(|| black_box(merge::merge(recognize(&rules, black_box(&passage_refs)))))
    });

    if let Some(detector) = load_detector() {
        // One session, as one recording: name memory carries across calls, as in `hush redact`.
        let mut session = detector.session();
        // Sanity check that the inputs exercise the detector (a count only, never the text).
        let found = session.detect(&passage_refs).expect("detect").len();
        eprintln!(
            "detector/full: {found} entities in the {}-word passage",
            passage_refs.len()
        );

        g.throughput(Throughput::Elements(utt_words as u64));
        g.bench_function("full/utterances", |b| {
            b.iter(|| {
                for u in &utt_refs {
                    black_box(session.detect(black_box(u)).expect("detect"));
                }
            })
        });
        g.throughput(Throughput::Elements(passage_refs.len() as u64));
        g.bench_function("full/passage", |b| {
            b.iter(|| black_box(session.detect(black_box(&passage_refs)).expect("detect")))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
