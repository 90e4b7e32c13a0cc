//! Stream mode: the spoken set replayed through `hush stream` as one live stream, the way a
//! telephony server or `ffmpeg -f s16le -` would feed it, and scored from the JSON Lines hush
//! prints as it goes (what a live caption consumer sees, not the documents written at the end).
//!
//! Layouts ([`Layout`]):
//! - `whole`: each utterance as recorded, then a gap of silence;
//! - `seams`: each utterance cut inside every personal-data item (at the quietest 20 ms near the
//!   item's middle) with a pause inserted, so each value reaches hush as two utterances;
//! - `call`: two channels: the "agent" says the utterance up to its first item (the question's
//!   cue), then the "caller" answers with the item in two pieces separated by a pause.
//!
//! With `--pace` the bytes are written at real-time speed and each line's latency is measured
//! from the end of its last word (stream time) to the line's arrival. Reports hold counts,
//! times and item ids only.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::data::{Item, SpokenSet, Utterance};
use hush::audio::open_source;
use hush::error::{Error, Result};
use hush::redact::leak::LeakText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Layout {
    Whole,
    Seams,
    Call,
}

/// Where each utterance lies in the stream.
#[derive(Debug, Clone)]
pub struct UttSpan {
    pub utt: usize,
    pub start_ms: u64,
    pub end_ms: u64,
}

/// The bytes to stream and how to tell hush what they are.
pub struct StreamPlan {
    pub bytes: Vec<u8>,
    pub format: &'static str,
    pub rate: u32,
    pub channels: u16,
    pub spans: Vec<UttSpan>,
}

impl StreamPlan {
    pub fn duration_ms(&self) -> u64 {
        let frame = if self.format == "mulaw" { 1 } else { 2 } * usize::from(self.channels);
        (self.bytes.len() / frame) as u64 * 1000 / u64::from(self.rate)
    }
}

/// A G.711 μ-law code for a linear sample (the inverse of [`Law::decode`] up to quantization).
pub fn mulaw_encode(sample: i16) -> u8 {
    const BIAS: i32 = 0x84;
    const CLIP: i32 = 32635;
    let mut s = i32::from(sample);
    let sign = if s < 0 {
        s = -s;
        0x80
    } else {
        0
    };
    s = s.min(CLIP) + BIAS;
    let mut exp = 7;
    let mut mask = 0x4000;
    while exp > 0 && s & mask == 0 {
        exp -= 1;
        mask >>= 1;
    }
    let mantissa = (s >> (exp + 3)) & 0x0f;
    !((sign | (exp << 4) | mantissa) as u8)
}

fn to_i16(v: f32) -> i16 {
    (v.clamp(-1.0, 1.0) * 32767.0).round() as i16
}

/// One utterance's samples at its file's own rate (mono).
fn samples(set: &SpokenSet, variant: &str, utt: &Utterance) -> Result<(u32, Vec<f32>)> {
    let path = set.audio(variant, utt)?;
    let mut src = open_source(&path)?;
    let info = src.info().clone();
    let mut interleaved = Vec::new();
    while src.read(&mut interleaved, 8192)? > 0 {}
    let ch = usize::from(info.channels.max(1));
    let mono = interleaved
        .chunks_exact(ch)
        .map(|f| f.iter().sum::<f32>() / ch as f32)
        .collect();
    Ok((info.sample_rate, mono))
}

/// The sample index of the quietest 20 ms frame within ±250 ms of `at_ms`: where a person
/// would pause between words.
fn quiet_cut(audio: &[f32], rate: u32, at_ms: u64) -> usize {
    let ms = |m: u64| (m * u64::from(rate) / 1000) as usize;
    let frame = ms(20).max(1);
    let centre = ms(at_ms).min(audio.len());
    let lo = centre.saturating_sub(ms(250));
    let hi = (centre + ms(250)).min(audio.len().saturating_sub(frame));
    let mut best = (f32::INFINITY, centre);
    let mut pos = lo;
    while pos < hi {
        let e: f32 = audio[pos..pos + frame].iter().map(|s| s * s).sum();
        if e < best.0 {
            best = (e, pos + frame / 2);
        }
        pos += frame / 4;
    }
    best.1
}

/// Builds the stream for `utts` in `layout`: `gap_ms` of silence after each utterance,
/// `pause_ms` inside a value (seams, call).
pub fn build(
    set: &SpokenSet,
    variant: &str,
    utts: &[&Utterance],
    layout: Layout,
    gap_ms: u64,
    pause_ms: u64,
) -> Result<StreamPlan> {
    let mut rate = 0;
    // Channels of f32 samples; one for whole/seams, agent and caller for call.
    let mut chans: Vec<Vec<f32>> = vec![Vec::new(); if layout == Layout::Call { 2 } else { 1 }];
    let mut spans = Vec::new();
    for (i, utt) in utts.iter().enumerate() {
        let (r, audio) = samples(set, variant, utt)?;
        if rate == 0 {
            rate = r;
        } else if r != rate {
            return Err(Error::input(
                set.audio(variant, utt)?,
                format!("{r} Hz, but the stream is {rate} Hz"),
            ));
        }
        let ms = |m: u64| (m * u64::from(rate) / 1000) as usize;
        let silence = |n: usize| vec![0.0f32; n];
        let start = chans[0].len();
        match layout {
            Layout::Whole => chans[0].extend_from_slice(&audio),
            Layout::Seams => {
                let mut from = 0;
                for it in &utt.items {
                    let cut = quiet_cut(&audio, rate, (it.start_ms + it.end_ms) / 2).max(from);
                    chans[0].extend_from_slice(&audio[from..cut]);
                    chans[0].extend(silence(ms(pause_ms)));
                    from = cut;
                }
                chans[0].extend_from_slice(&audio[from..]);
            }
            Layout::Call => {
                let Some(first) = utt.items.first() else {
                    continue;
                };
                // The agent asks (everything before the first value), the caller answers.
                let ask = ms(first.start_ms.saturating_sub(150)).min(audio.len());
                let n = ask + ms(300);
                chans[0].extend_from_slice(&audio[..ask]);
                chans[0].extend(silence(ms(300)));
                chans[1].extend(silence(n));
                let mut from = ask;
                for it in &utt.items {
                    let cut = quiet_cut(&audio, rate, (it.start_ms + it.end_ms) / 2).max(from);
                    chans[1].extend_from_slice(&audio[from..cut]);
                    chans[1].extend(silence(ms(pause_ms)));
                    from = cut;
                }
                chans[1].extend_from_slice(&audio[from..]);
                let len = chans[1].len();
                chans[0].resize(len, 0.0);
            }
        }
        let end = chans[0].len();
        for c in &mut chans {
            c.extend(silence(ms(gap_ms)));
        }
        spans.push(UttSpan {
            utt: i,
            start_ms: start as u64 * 1000 / u64::from(rate),
            end_ms: end as u64 * 1000 / u64::from(rate),
        });
    }
    let frames = chans[0].len();
    let mut bytes = Vec::new();
    let mulaw = rate == 8000;
    for f in 0..frames {
        for c in &chans {
            let s = to_i16(c[f]);
            if mulaw {
                bytes.push(mulaw_encode(s));
            } else {
                bytes.extend_from_slice(&s.to_le_bytes());
            }
        }
    }
    Ok(StreamPlan {
        bytes,
        format: if mulaw { "mulaw" } else { "s16le" },
        rate,
        channels: chans.len() as u16,
        spans,
    })
}

/// The parts of a JSON Lines segment line this mode reads.
#[derive(Debug, Clone, Deserialize)]
pub struct LineSegment {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub start_ms: u64,
    #[serde(default)]
    pub words: Vec<LineWord>,
    #[serde(default)]
    pub entities: Vec<LineEntity>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LineWord {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    #[serde(default)]
    pub entity: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LineEntity {
    #[serde(rename = "type")]
    pub kind: String,
}

impl LineSegment {
    /// When its speech begins: the first word's start, at most 1 s before that word's end.
    pub fn onset_ms(&self) -> u64 {
        self.words.first().map_or(self.start_ms, |w| {
            w.start_ms.max(w.end_ms.saturating_sub(1000))
        })
    }

    pub fn last_word_end_ms(&self) -> Option<u64> {
        self.words.iter().map(|w| w.end_ms).max()
    }
}

/// A line and when it arrived (from the first byte written).
pub struct Arrival {
    pub at: Duration,
    pub segment: LineSegment,
}

/// What one `hush stream` run gave.
pub struct StreamRun {
    pub lines: Vec<Arrival>,
    pub summary: Option<serde_json::Value>,
    pub exit_code: Option<i32>,
    pub wall: Duration,
    /// Resident memory (KiB) when the first line arrived, and at the summary line.
    pub rss_first_kib: Option<u64>,
    pub rss_end_kib: Option<u64>,
    /// Peak resident memory (KiB) at the summary line.
    pub rss_peak_kib: Option<u64>,
    /// How far the paced writer fell behind real time at worst (hush not keeping up).
    pub writer_lag: Duration,
}

fn proc_status_kib(pid: u32, key: &str) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Streams `plan` into `hush stream` (binary `hush`) and collects its JSON Lines. `extra` are
/// further arguments (e.g. `--threads 2`).
pub fn run_hush(hush: &Path, plan: &StreamPlan, pace: bool, extra: &[String]) -> Result<StreamRun> {
    let mut cmd = Command::new(hush);
    cmd.args(["stream", "--jsonl", "--quiet", "--format", plan.format])
        .args(["--rate", &plan.rate.to_string()])
        .args(["--channels", &plan.channels.to_string()]);
    if plan.channels == 2 {
        cmd.args(["--speakers", "agent,caller"]);
    }
    cmd.args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut child = cmd
        .spawn()
        .map_err(|e| Error::input(hush, format!("cannot start: {e}")))?;
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("piped stdin");
    let stdout = child.stdout.take().expect("piped stdout");
    let started = Instant::now();
    let frame_bytes = if plan.format == "mulaw" { 1 } else { 2 } * usize::from(plan.channels);
    let chunk_frames = plan.rate as usize / 50; // 20 ms
    let bytes = plan.bytes.clone();
    let writer = std::thread::spawn(move || -> Duration {
        let mut lag = Duration::ZERO;
        for (k, chunk) in bytes.chunks(chunk_frames * frame_bytes).enumerate() {
            if pace {
                let due = Duration::from_millis(20 * k as u64);
                if let Some(wait) = due.checked_sub(started.elapsed()) {
                    std::thread::sleep(wait);
                }
            }
            if stdin.write_all(chunk).is_err() {
                break;
            }
            if pace {
                let due = Duration::from_millis(20 * (k as u64 + 1));
                lag = lag.max(started.elapsed().saturating_sub(due));
            }
        }
        lag
    });
    let mut run = StreamRun {
        lines: Vec::new(),
        summary: None,
        exit_code: None,
        wall: Duration::ZERO,
        rss_first_kib: None,
        rss_end_kib: None,
        rss_peak_kib: None,
        writer_lag: Duration::ZERO,
    };
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| Error::Pipeline(format!("reading hush's stdout: {e}")))?;
        let at = started.elapsed();
        let value: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| Error::Pipeline(format!("hush printed a line that is not JSON: {e}")))?;
        match value.get("type").and_then(|t| t.as_str()) {
            Some("summary") => {
                run.rss_end_kib = proc_status_kib(pid, "VmRSS:");
                run.rss_peak_kib = proc_status_kib(pid, "VmHWM:");
                run.summary = Some(value);
            }
            Some("segment") => {
                if run.rss_first_kib.is_none() {
                    run.rss_first_kib = proc_status_kib(pid, "VmRSS:");
                }
                let segment: LineSegment = serde_json::from_value(value)
                    .map_err(|e| Error::Pipeline(format!("unexpected segment line: {e}")))?;
                run.lines.push(Arrival { at, segment });
            }
            _ => {}
        }
    }
    run.writer_lag = writer.join().unwrap_or_default();
    let status = child
        .wait()
        .map_err(|e| Error::Pipeline(format!("waiting for hush: {e}")))?;
    run.exit_code = status.code();
    run.wall = started.elapsed();
    Ok(run)
}

/// Scores of one stream run.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StreamReport {
    pub layout: String,
    pub variant: String,
    pub utterances: usize,
    pub audio_s: f64,
    pub wall_s: f64,
    pub items: usize,
    pub leaked: Vec<String>,
    /// Per gold kind: (items, leaked).
    pub by_kind: std::collections::BTreeMap<String, (usize, usize)>,
    pub lines: usize,
    /// Onsets never go backwards within a speaker.
    pub monotonic: bool,
    /// Per line: from the end of the line's own last word to the line.
    pub latency_ms: Option<Latency>,
    /// Per utterance (the measure): from the end of the utterance's last word, as
    /// Whisper timed it, to the line that carries that word. A line holding an earlier
    /// segment of the same utterance counts in `latency_ms` only: no window can be decoded
    /// before its utterance ends.
    pub utterance_latency_ms: Option<Latency>,
    pub rss_first_mib: Option<f64>,
    pub rss_end_mib: Option<f64>,
    pub rss_peak_mib: Option<f64>,
    pub writer_lag_ms: u64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Latency {
    pub p50: u64,
    pub p95: u64,
    pub max: u64,
}

impl Latency {
    /// Percentiles (ms) of `lags`; `None` when there are none.
    fn of(lags: impl Iterator<Item = Duration>) -> Option<Latency> {
        let mut l: Vec<u64> = lags.map(|d| d.as_millis() as u64).collect();
        l.sort_unstable();
        let max = *l.last()?;
        Some(Latency {
            p50: percentile(&l, 0.5),
            p95: percentile(&l, 0.95),
            max,
        })
    }
}

fn percentile(sorted: &[u64], p: f64) -> u64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Scores `run`: every item of every utterance against the plain words of the lines whose
/// speech falls in that utterance's span (the live lines only: revisions at the end do not
/// undo what a caption consumer already saw).
pub fn score(
    utts: &[&Utterance],
    plan: &StreamPlan,
    run: &StreamRun,
    layout: Layout,
    variant: &str,
    paced: bool,
) -> StreamReport {
    let mut by_kind: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut leaked = Vec::new();
    let mut items = 0;
    for (k, span) in plan.spans.iter().enumerate() {
        let next = plan.spans.get(k + 1).map_or(u64::MAX, |s| s.start_ms);
        let utt = utts[span.utt];
        let mut runs: Vec<Vec<&str>> = vec![Vec::new()];
        for a in &run.lines {
            let onset = a.segment.onset_ms();
            if onset + 500 < span.start_ms || onset >= next {
                continue;
            }
            for w in &a.segment.words {
                if w.entity.is_some() {
                    runs.push(Vec::new());
                } else {
                    runs.last_mut().expect("a run").push(w.text.as_str());
                }
            }
            runs.push(Vec::new());
        }
        runs.retain(|r| !r.is_empty());
        let spoken = LeakText::from_runs(&runs);
        for (n, it) in utt.items.iter().enumerate() {
            let checkable = it.digits.bytes().any(|b| b.is_ascii_digit())
                || it.words.iter().any(|w| !w.trim().is_empty());
            if !checkable {
                continue;
            }
            items += 1;
            let e = by_kind.entry(it.kind.clone()).or_default();
            e.0 += 1;
            if spoken.leaks_item(&it.digits, &it.words) {
                e.1 += 1;
                leaked.push(Item::ref_id(utt, n));
            }
        }
    }
    let mut monotonic = true;
    let mut last: std::collections::BTreeMap<Option<String>, u64> = Default::default();
    for a in &run.lines {
        let t = a.segment.onset_ms();
        let prev = last.entry(a.segment.speaker.clone()).or_insert(0);
        if t < *prev {
            monotonic = false;
        }
        *prev = t;
    }
    let lag = |at: Duration, end_ms: u64| at.saturating_sub(Duration::from_millis(end_ms));
    let latency_ms = paced
        .then(|| {
            Latency::of(
                run.lines
                    .iter()
                    .filter_map(|a| Some(lag(a.at, a.segment.last_word_end_ms()?))),
            )
        })
        .flatten();
    let utterance_latency_ms = paced
        .then(|| {
            Latency::of(plan.spans.iter().enumerate().filter_map(|(k, span)| {
                let next = plan.spans.get(k + 1).map_or(u64::MAX, |s| s.start_ms);
                run.lines
                    .iter()
                    .flat_map(|a| a.segment.words.iter().map(move |w| (a.at, w.end_ms)))
                    .filter(|&(_, end)| end >= span.start_ms && end < next)
                    .max_by_key(|&(_, end)| end)
                    .map(|(at, end)| lag(at, end))
            }))
        })
        .flatten();
    let mib = |k: Option<u64>| k.map(|k| k as f64 / 1024.0);
    StreamReport {
        layout: format!("{layout:?}").to_lowercase(),
        variant: variant.to_string(),
        utterances: plan.spans.len(),
        audio_s: plan.duration_ms() as f64 / 1000.0,
        wall_s: run.wall.as_secs_f64(),
        items,
        leaked,
        by_kind,
        lines: run.lines.len(),
        monotonic,
        latency_ms,
        utterance_latency_ms,
        rss_first_mib: mib(run.rss_first_kib),
        rss_end_mib: mib(run.rss_end_kib),
        rss_peak_mib: mib(run.rss_peak_kib),
        writer_lag_ms: run.writer_lag.as_millis() as u64,
    }
}

/// The report as a markdown table.
pub fn markdown(r: &StreamReport) -> String {
    let mut s = format!(
        "### hush stream, {} layout, {} ({} utterances, {:.0} s of audio, {:.1} s wall)\n\n",
        r.layout, r.variant, r.utterances, r.audio_s, r.wall_s
    );
    s.push_str("| kind | items | leaked |\n|---|---|---|\n");
    for (k, (n, l)) in &r.by_kind {
        s.push_str(&format!("| {k} | {n} | {l} |\n"));
    }
    s.push_str(&format!(
        "| **all** | **{}** | **{}** |\n\nleaked: {}\n\nlines: {}, onsets monotonic per speaker: {}\n",
        r.items,
        r.leaked.len(),
        if r.leaked.is_empty() {
            "none".to_string()
        } else {
            r.leaked.join(", ")
        },
        r.lines,
        r.monotonic
    ));
    if let Some(l) = &r.utterance_latency_ms {
        s.push_str(&format!(
            "latency, end of utterance to its line (ms): p50 {}, p95 {}, max {}\n",
            l.p50, l.p95, l.max
        ));
    }
    if let Some(l) = &r.latency_ms {
        s.push_str(&format!(
            "latency, end of each line's last word to the line (ms): p50 {}, p95 {}, max {}; writer lag max {} ms\n",
            l.p50, l.p95, l.max, r.writer_lag_ms
        ));
    }
    if let (Some(a), Some(b), Some(p)) = (r.rss_first_mib, r.rss_end_mib, r.rss_peak_mib) {
        s.push_str(&format!(
            "RSS at first line {a:.0} MiB, at the end {b:.0} MiB, peak {p:.0} MiB\n"
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use hush::audio::g711::Law;

    #[test]
    fn mulaw_encoding_inverts_the_decoder() {
        for code in 0..=255u8 {
            let back = mulaw_encode(Law::Mu.decode(code));
            // 0x7F is μ-law's negative zero; it encodes back as positive zero.
            let want = if code == 0x7f { 0xff } else { code };
            assert_eq!(back, want, "code {code:#04x}");
        }
    }

    #[test]
    fn percentiles_of_sorted_values() {
        let v: Vec<u64> = (1..=100).collect();
        assert_eq!(percentile(&v, 0.5), 51);
        assert_eq!(percentile(&v, 0.95), 95);
        assert_eq!(percentile(&[7], 0.95), 7);
    }
}
