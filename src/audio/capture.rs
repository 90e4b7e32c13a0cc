//! Capture from a microphone or any input device, through cpal (ALSA on Linux, so PulseAudio and
//! PipeWire devices too).
//!
//! The device's callback runs on the audio system's thread and must never block: it converts
//! the block to f32 and hands it over with `try_send` on a bounded channel. When processing
//! falls so far behind that the channel is full, the block is dropped and its frames are counted
//! ([`SourceInfo::overrun_frames`]), never lost silently. Any device rate and sample format is
//! accepted here; the decode stage resamples to 16 kHz like any other source.
//!
//! cpal's stream may not move between threads, so a capture thread owns it for the source's
//! lifetime; the [`CaptureSource`] the runtime reads (on any thread) receives the blocks. Owns
//! device listing and capture; imports nothing above `audio`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{FromSample, SampleFormat, SizedSample};
use crossbeam_channel::{bounded, Receiver, RecvTimeoutError, Sender, TrySendError};

use super::input::AudioInput;
use super::source::{sanitize, AudioSource, Origin, SourceInfo};
use crate::error::{Error, Result};

/// Blocks buffered between the device and the reader: with typical 10-20 ms device periods,
/// several seconds of audio, so only a stalled pipeline ever overruns.
const QUEUE_BLOCKS: usize = 512;

/// An input device and what it can capture.
#[derive(Debug, Clone)]
pub struct DeviceInfo {
    pub name: String,
    pub is_default: bool,
    /// The configuration capture uses: `(rate, channels, sample format)`.
    pub default_config: Option<(u32, u16, String)>,
    /// Over every supported configuration: the lowest and highest rate, the fewest and most
    /// channels, and the sample formats.
    pub rates: Option<(u32, u32)>,
    pub channels: Option<(u16, u16)>,
    pub formats: Vec<String>,
}

fn device_error(name: &str, what: impl std::fmt::Display) -> Error {
    Error::input(name, what.to_string())
}

/// Runs `f` with the process's stderr pointed at /dev/null: ALSA probes every plugin it knows
/// (JACK, OSS, PipeWire) while devices are enumerated and opened, and those C libraries print
/// their failures straight to stderr, burying hush's one-line messages.
fn quiet_stderr<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: plain descriptor operations on fd 2 and descriptors opened here; fd 2 is restored
    // before returning.
    unsafe {
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        let saved = libc::dup(2);
        if null < 0 || saved < 0 {
            if null >= 0 {
                libc::close(null);
            }
            if saved >= 0 {
                libc::close(saved);
            }
            return f();
        }
        libc::dup2(null, 2);
        libc::close(null);
        let out = f();
        libc::dup2(saved, 2);
        libc::close(saved);
        out
    }
}

/// The input devices of the default audio host.
pub fn list_devices() -> Result<Vec<DeviceInfo>> {
    quiet_stderr(list_devices_inner)
}

fn list_devices_inner() -> Result<Vec<DeviceInfo>> {
    let host = cpal::default_host();
    let default = host
        .default_input_device()
        .and_then(|d| d.name().ok())
        .unwrap_or_default();
    let devices = host
        .input_devices()
        .map_err(|e| device_error("audio devices", format!("cannot list: {e}")))?;
    let mut out = Vec::new();
    for d in devices {
        let Ok(name) = d.name() else { continue };
        let default_config = d.default_input_config().ok().map(|c| {
            (
                c.sample_rate().0,
                c.channels(),
                c.sample_format().to_string(),
            )
        });
        let (mut rates, mut channels, mut formats) = (None, None, Vec::new());
        for r in d.supported_input_configs().into_iter().flatten() {
            let (lo, hi) = (r.min_sample_rate().0, r.max_sample_rate().0);
            rates = Some(rates.map_or((lo, hi), |(a, b): (u32, u32)| (a.min(lo), b.max(hi))));
            let c = r.channels();
            channels = Some(channels.map_or((c, c), |(a, b): (u16, u16)| (a.min(c), b.max(c))));
            let f = r.sample_format().to_string();
            if !formats.contains(&f) {
                formats.push(f);
            }
        }
        out.push(DeviceInfo {
            is_default: name == default,
            name,
            default_config,
            rates,
            channels,
            formats,
        });
    }
    Ok(out)
}

/// A capture device as an [`AudioInput`]: it can be opened once; with
/// [`CaptureInput::keep_audio`] the captured samples are also kept in memory (never on disk),
/// and later opens replay them (for the redacted recording).
pub struct CaptureInput {
    device: Option<String>,
    prefer_mono: bool,
    limit: Option<Duration>,
    stop: Arc<AtomicBool>,
    opened: AtomicBool,
    recorded: Option<Arc<Mutex<Recording>>>,
    on_start: Option<StartHook>,
}

/// See [`CaptureInput::on_start`].
type StartHook = Box<dyn Fn(&SourceInfo) + Send + Sync>;

#[derive(Default)]
struct Recording {
    rate: u32,
    channels: u16,
    name: String,
    samples: Vec<f32>,
}

impl CaptureInput {
    /// The named device (`None`: the default input). Capture ends when `stop` is set or after
    /// `limit`.
    pub fn new(device: Option<String>, limit: Option<Duration>, stop: Arc<AtomicBool>) -> Self {
        CaptureInput {
            device,
            prefer_mono: false,
            limit,
            stop,
            opened: AtomicBool::new(false),
            recorded: None,
            on_start: None,
        }
    }

    /// Called once capture is running (models are loaded by then): e.g. to tell the user to
    /// start speaking.
    pub fn on_start(mut self, f: impl Fn(&SourceInfo) + Send + Sync + 'static) -> Self {
        self.on_start = Some(Box::new(f));
        self
    }

    pub fn keep_audio(mut self) -> Self {
        self.recorded = Some(Arc::new(Mutex::new(Recording::default())));
        self
    }

    /// Capture one channel when the device offers it at its default rate and format (a
    /// microphone), instead of the device's default channel count.
    pub fn prefer_mono(mut self, yes: bool) -> Self {
        self.prefer_mono = yes;
        self
    }

    fn label(&self) -> String {
        self.device.clone().unwrap_or_else(|| "default".into())
    }
}

impl AudioInput for CaptureInput {
    fn open(&self) -> Result<Box<dyn AudioSource>> {
        if self.opened.swap(true, Ordering::SeqCst) {
            let Some(rec) = &self.recorded else {
                return Err(device_error(
                    &self.label(),
                    "a capture can be read only once",
                ));
            };
            let rec = rec.lock().unwrap_or_else(|p| p.into_inner());
            return Ok(Box::new(Replay {
                info: SourceInfo {
                    sample_rate: rec.rate,
                    channels: rec.channels,
                    frames: (rec.samples.len() / usize::from(rec.channels.max(1))) as u64,
                    origin: Origin::Device {
                        name: rec.name.clone(),
                    },
                    sanitized: Default::default(),
                    overrun_frames: 0,
                },
                samples: rec.samples.clone(),
                pos: 0,
            }));
        }
        let src = CaptureSource::start(
            self.device.as_deref(),
            self.prefer_mono,
            self.limit,
            Arc::clone(&self.stop),
        )?;
        if let Some(rec) = &self.recorded {
            let mut r = rec.lock().unwrap_or_else(|p| p.into_inner());
            r.rate = src.info.sample_rate;
            r.channels = src.info.channels;
            r.name = src.info.name().to_string();
        }
        if let Some(f) = &self.on_start {
            f(&src.info);
        }
        Ok(Box::new(CaptureSource {
            record: self.recorded.clone(),
            ..src
        }))
    }

    fn name(&self) -> String {
        self.label()
    }
}

/// Live samples from a device.
pub struct CaptureSource {
    info: SourceInfo,
    rx: Receiver<Vec<f32>>,
    overruns: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
    /// Tells the capture thread to drop the stream.
    done: Option<Sender<()>>,
    limit_frames: Option<u64>,
    pending: Vec<f32>,
    record: Option<Arc<Mutex<Recording>>>,
}

impl CaptureSource {
    fn start(
        device: Option<&str>,
        prefer_mono: bool,
        limit: Option<Duration>,
        stop: Arc<AtomicBool>,
    ) -> Result<CaptureSource> {
        let label = device.unwrap_or("default").to_string();
        let (tx, rx) = bounded::<Vec<f32>>(QUEUE_BLOCKS);
        let overruns = Arc::new(AtomicU64::new(0));
        let (done_tx, done_rx) = bounded::<()>(1);
        let (ready_tx, ready_rx) = bounded::<Result<(u32, u16, String)>>(1);
        let thread_overruns = Arc::clone(&overruns);
        let want = device.map(str::to_string);
        std::thread::Builder::new()
            .name("hush-capture".into())
            .spawn(move || {
                let started =
                    quiet_stderr(|| open_stream(want.as_deref(), prefer_mono, tx, thread_overruns));
                match started {
                    Ok((stream, rate, channels, name)) => {
                        let _ = ready_tx.send(Ok((rate, channels, name)));
                        // Keep the stream alive until the source is dropped or ends.
                        let _ = done_rx.recv();
                        drop(stream);
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                    }
                }
            })
            .map_err(|e| device_error(&label, format!("cannot start capture: {e}")))?;
        // Dropping `done` (with the source) ends the capture thread, which drops the stream.
        let (rate, channels, name) = ready_rx
            .recv()
            .map_err(|_| device_error(&label, "capture thread ended before starting"))??;
        Ok(CaptureSource {
            info: SourceInfo {
                sample_rate: rate,
                channels,
                frames: 0,
                origin: Origin::Device { name },
                sanitized: Default::default(),
                overrun_frames: 0,
            },
            rx,
            overruns,
            stop,
            done: Some(done_tx),
            limit_frames: limit.map(|d| (d.as_secs_f64() * f64::from(rate)).round() as u64),
            pending: Vec::new(),
            record: None,
        })
    }

    fn end(&mut self) {
        // Dropping the sender wakes the capture thread, which drops the stream.
        self.done.take();
        self.info.overrun_frames = self.overruns.load(Ordering::SeqCst);
    }
}

fn open_stream(
    want: Option<&str>,
    prefer_mono: bool,
    tx: Sender<Vec<f32>>,
    overruns: Arc<AtomicU64>,
) -> Result<(cpal::Stream, u32, u16, String)> {
    let label = want.unwrap_or("default");
    let host = cpal::default_host();
    let device = match want {
        None => host
            .default_input_device()
            .ok_or_else(|| device_error(label, "no default input device (see `hush devices`)"))?,
        Some(name) => host
            .input_devices()
            .map_err(|e| device_error(label, format!("cannot list devices: {e}")))?
            .find(|d| d.name().is_ok_and(|n| n == name))
            .ok_or_else(|| {
                device_error(label, "no input device of that name (see `hush devices`)")
            })?,
    };
    let name = device.name().unwrap_or_else(|_| label.to_string());
    let default = device
        .default_input_config()
        .map_err(|e| device_error(&name, format!("no usable input configuration: {e}")))?;
    let rate = default.sample_rate();
    let mono = prefer_mono
        .then(|| {
            device.supported_input_configs().ok()?.find(|r| {
                r.channels() == 1
                    && r.sample_format() == default.sample_format()
                    && r.min_sample_rate() <= rate
                    && rate <= r.max_sample_rate()
            })
        })
        .flatten()
        .map(|r| r.with_sample_rate(rate));
    let config = mono.unwrap_or(default);
    let rate = config.sample_rate().0;
    let channels = config.channels();
    let format = config.sample_format();
    let stream_config: cpal::StreamConfig = config.into();
    let err_name = name.clone();
    let on_error = move |e: cpal::StreamError| {
        tracing::warn!(device = %err_name, error = %e, "capture error");
    };
    let stream = match format {
        SampleFormat::I8 => build::<i8>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::I16 => build::<i16>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::I32 => build::<i32>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::U8 => build::<u8>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::U16 => build::<u16>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::U32 => build::<u32>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::F32 => build::<f32>(&device, &stream_config, tx, overruns, on_error),
        SampleFormat::F64 => build::<f64>(&device, &stream_config, tx, overruns, on_error),
        other => {
            return Err(device_error(
                &name,
                format!("unsupported sample format {other}"),
            ))
        }
    }
    .map_err(|e| device_error(&name, format!("cannot open for capture: {e}")))?;
    stream
        .play()
        .map_err(|e| device_error(&name, format!("cannot start capture: {e}")))?;
    Ok((stream, rate, channels, name))
}

fn build<T>(
    device: &cpal::Device,
    config: &cpal::StreamConfig,
    tx: Sender<Vec<f32>>,
    overruns: Arc<AtomicU64>,
    on_error: impl FnMut(cpal::StreamError) + Send + 'static,
) -> std::result::Result<cpal::Stream, cpal::BuildStreamError>
where
    T: SizedSample + Send + 'static,
    f32: FromSample<T>,
{
    let channels = u64::from(config.channels.max(1));
    device.build_input_stream(
        config,
        move |data: &[T], _: &cpal::InputCallbackInfo| {
            let block: Vec<f32> = data.iter().map(|&s| s.to_sample::<f32>()).collect();
            // Never block the audio thread: a full queue drops the block and counts it.
            if let Err(TrySendError::Full(b)) = tx.try_send(block) {
                overruns.fetch_add(b.len() as u64 / channels, Ordering::Relaxed);
            }
        },
        on_error,
        None,
    )
}

/// How long one wait for device data lasts before the stop flag is checked again.
const WAIT: Duration = Duration::from_millis(100);

impl AudioSource for CaptureSource {
    fn info(&self) -> &SourceInfo {
        &self.info
    }

    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let ch = usize::from(self.info.channels.max(1));
        while self.pending.len() < ch {
            let limit_hit = self.limit_frames.is_some_and(|l| self.info.frames >= l);
            if self.done.is_none() || limit_hit || self.stop.load(Ordering::SeqCst) {
                self.end();
                return Ok(0);
            }
            match self.rx.recv_timeout(WAIT) {
                Ok(block) => self.pending.extend(block),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    self.end();
                    return Ok(0);
                }
            }
        }
        let mut frames = (self.pending.len() / ch).min(max_frames.max(1));
        if let Some(l) = self.limit_frames {
            frames = frames.min((l - self.info.frames) as usize);
        }
        let start = out.len();
        out.extend(self.pending.drain(..frames * ch));
        sanitize(&mut out[start..], &mut self.info.sanitized);
        if let Some(rec) = &self.record {
            rec.lock()
                .unwrap_or_else(|p| p.into_inner())
                .samples
                .extend_from_slice(&out[start..]);
        }
        self.info.frames += frames as u64;
        self.info.overrun_frames = self.overruns.load(Ordering::Relaxed);
        Ok(frames)
    }
}

/// A finished capture, read again from memory.
struct Replay {
    info: SourceInfo,
    samples: Vec<f32>,
    pos: usize,
}

impl AudioSource for Replay {
    fn info(&self) -> &SourceInfo {
        &self.info
    }

    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let ch = usize::from(self.info.channels.max(1));
        let n = ((self.samples.len() - self.pos) / ch).min(max_frames);
        out.extend_from_slice(&self.samples[self.pos..self.pos + n * ch]);
        self.pos += n * ch;
        Ok(n)
    }
}
