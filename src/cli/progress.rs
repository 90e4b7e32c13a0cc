//! Progress on stderr: indicatif bars when stderr is a terminal, a plain line every
//! `HUSH_PROGRESS_SECS` seconds (default 10) otherwise. Paths, counts and times only, never
//! transcript text. Failures are printed as they happen, even with `--quiet`.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use hush::batch::{Item, ItemResult, Observer, WorkerSlot};
use hush::runtime::RunProgress;

/// How progress is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Bars,
    Lines,
    Quiet,
}

impl Mode {
    pub fn detect(quiet: bool) -> Mode {
        if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars
        } else {
            Mode::Lines
        }
    }
}

/// Seconds between plain progress lines.
pub fn line_interval() -> Duration {
    let secs = std::env::var("HUSH_PROGRESS_SECS")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(10.0);
    Duration::from_secs_f64(secs)
}

/// Best effort: a closed stderr must not stop a batch.
pub fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

pub fn hms(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}h{:02}m{:02}s", s / 3600, s / 60 % 60, s % 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

/// A batch's progress display.
pub struct BatchProgress {
    mode: Mode,
    started: Instant,
    files: usize,
    bytes: AtomicU64,
    done_files: AtomicUsize,
    done_bytes: AtomicU64,
    failed: AtomicUsize,
    unchanged: AtomicUsize,
    audio_ms: AtomicU64,
    bars: Option<(MultiProgress, ProgressBar, Vec<ProgressBar>)>,
    last_line: Mutex<Instant>,
}

impl BatchProgress {
    pub fn new(mode: Mode, items: &[Item], jobs: usize) -> BatchProgress {
        let bytes: u64 = items.iter().map(|i| i.size).sum();
        let bars = (mode == Mode::Bars).then(|| {
            let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(5));
            let main = multi.add(ProgressBar::new(bytes.max(1)));
            main.set_style(
                ProgressStyle::with_template("{bar:30} {wide_msg}")
                    .expect("static template")
                    .progress_chars("=> "),
            );
            let workers = (0..jobs)
                .map(|w| {
                    let b = multi.add(ProgressBar::new_spinner());
                    b.set_style(
                        ProgressStyle::with_template("  {spinner} {prefix} {wide_msg}")
                            .expect("static template"),
                    );
                    b.set_prefix(format!("worker {w}:"));
                    b.enable_steady_tick(Duration::from_millis(200));
                    b
                })
                .collect();
            (multi, main, workers)
        });
        BatchProgress {
            mode,
            started: Instant::now(),
            files: items.len(),
            bytes: AtomicU64::new(bytes),
            done_files: AtomicUsize::new(0),
            done_bytes: AtomicU64::new(0),
            failed: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            audio_ms: AtomicU64::new(0),
            bars,
            last_line: Mutex::new(Instant::now()),
        }
    }

    fn status(&self) -> String {
        let done = self.done_files.load(Ordering::Relaxed);
        let failed = self.failed.load(Ordering::Relaxed);
        let unchanged = self.unchanged.load(Ordering::Relaxed);
        let audio = hms(Duration::from_millis(self.audio_ms.load(Ordering::Relaxed)));
        let elapsed = self.started.elapsed();
        // By bytes: recordings differ in length far more than in bytes per second of audio.
        let total = self.bytes.load(Ordering::Relaxed);
        let done_b = self.done_bytes.load(Ordering::Relaxed);
        let eta = if done_b > 0 && total > done_b {
            hms(elapsed.mul_f64((total - done_b) as f64 / done_b as f64))
        } else {
            "-".into()
        };
        let mut s = format!("{done}/{} files", self.files);
        if unchanged > 0 {
            s += &format!(" ({unchanged} already done)");
        }
        if failed > 0 {
            s += &format!(", {failed} failed");
        }
        s + &format!(", {audio} audio, {} elapsed, ETA {eta}", hms(elapsed))
    }

    /// Refreshes the display from the workers' slots; call every 200 ms or so.
    pub fn tick(&self, slots: &[WorkerSlot]) {
        match (&self.bars, self.mode) {
            (Some((_, main, workers)), _) => {
                main.set_position(self.done_bytes.load(Ordering::Relaxed));
                main.set_message(self.status());
                for (bar, slot) in workers.iter().zip(slots) {
                    bar.set_message(match slot.current() {
                        Some(rel) => format!("{rel} {}", run_status(&slot.progress)),
                        None => "idle".into(),
                    });
                }
            }
            (None, Mode::Lines) => {
                let mut last = self.last_line.lock().unwrap_or_else(|e| e.into_inner());
                if last.elapsed() >= line_interval() {
                    *last = Instant::now();
                    say(&format!("hush batch: {}", self.status()));
                }
            }
            _ => {}
        }
    }

    /// Prints a line above the bars (or plainly).
    fn println(&self, line: &str) {
        match &self.bars {
            Some((multi, _, _)) => {
                let _ = multi.println(line);
            }
            None => say(line),
        }
    }

    pub fn finish(&self) {
        if let Some((multi, main, workers)) = &self.bars {
            for w in workers {
                w.finish_and_clear();
            }
            main.finish_and_clear();
            let _ = multi.clear();
        }
    }
}

impl Observer for BatchProgress {
    fn finished(&self, _worker: usize, item: &Item, result: &ItemResult) {
        self.done_files.fetch_add(1, Ordering::Relaxed);
        match result {
            ItemResult::Done { audio_s, .. } => {
                self.audio_ms
                    .fetch_add((audio_s * 1000.0) as u64, Ordering::Relaxed);
                self.done_bytes.fetch_add(item.size, Ordering::Relaxed);
            }
            ItemResult::Unchanged => {
                // Takes no time: leave it out of the rate the ETA is estimated from.
                self.unchanged.fetch_add(1, Ordering::Relaxed);
                self.bytes.fetch_sub(item.size, Ordering::Relaxed);
            }
            ItemResult::Failed { error, .. } => {
                self.failed.fetch_add(1, Ordering::Relaxed);
                self.done_bytes.fetch_add(item.size, Ordering::Relaxed);
                self.println(&format!("hush: {}: failed: {error}", item.rel));
            }
        }
    }
}

fn run_status(p: &RunProgress) -> String {
    let total = p.duration_ms();
    let done = p.transcribed_ms().min(total.max(p.transcribed_ms()));
    if total > 0 {
        format!("{:.0}/{:.0} s", done as f64 / 1000.0, total as f64 / 1000.0)
    } else {
        format!("{:.0} s", done as f64 / 1000.0)
    }
}

/// Runs `f` (one file's run) while showing its transcription progress: a bar on a terminal, a
/// line every `HUSH_PROGRESS_SECS` otherwise (so a short file prints none).
pub fn while_running<T>(
    mode: Mode,
    label: &str,
    progress: &RunProgress,
    f: impl FnOnce() -> T,
) -> T {
    if mode == Mode::Quiet {
        return f();
    }
    let (tx, rx) = crossbeam_channel::bounded::<()>(0);
    std::thread::scope(|s| {
        s.spawn(|| {
            let bar = (mode == Mode::Bars).then(|| {
                let b =
                    ProgressBar::with_draw_target(Some(1), ProgressDrawTarget::stderr_with_hz(5));
                b.set_style(
                    ProgressStyle::with_template("{prefix} {bar:30} {msg} ETA {eta}")
                        .expect("static template")
                        .progress_chars("=> "),
                );
                b.set_prefix(label.to_string());
                b
            });
            let step = if bar.is_some() {
                Duration::from_millis(200)
            } else {
                line_interval()
            };
            while rx.recv_timeout(step).is_err_and(|e| e.is_timeout()) {
                let total = progress.duration_ms();
                let done = progress.transcribed_ms();
                match &bar {
                    Some(b) => {
                        b.set_length(total.max(done).max(1));
                        b.set_position(done);
                        b.set_message(run_status(progress));
                    }
                    None => say(&format!(
                        "{label}: {} transcribed",
                        run_status(progress).replace('/', " of ")
                    )),
                }
            }
            if let Some(b) = bar {
                b.finish_and_clear();
            }
        });
        let r = f();
        drop(tx);
        r
    })
}
