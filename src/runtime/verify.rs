//! Hearing the redacted audio again: `--verify` (before publishing) and `hush verify-audio`.
//!
//! Both re-read the recording through the [`AudioInput`] (an explicit second read), apply the
//! planned mutes per lane at 16 kHz where verifying, re-transcribe, and check the words: for the
//! original values (in memory only, through the one leak scorer [`LeakText`]) and for anything
//! the detector still finds. Nothing is written and no text leaves this module.

use crate::audio::bleep::Bleeper;
use crate::audio::{decode_lanes, AudioInput, FileInput, Layout, SAMPLE_RATE};
use crate::detect::EntityKind;
use crate::error::{Error, Result};
use crate::redact::audio::{AudioRedaction, MuteInterval, Verification};
use crate::redact::leak::LeakText;
use crate::transcribe;

use super::{Pipeline, Stereo};

/// What [`Pipeline::scan_file`] found.
pub struct Scan {
    pub words: usize,
    pub entities: Vec<ScanEntity>,
    /// The re-transcript, prepared for leak checks (digits and words only, in memory).
    pub leak: LeakText,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ScanEntity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub start_ms: u64,
    pub end_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<u16>,
}

/// Decodes `input` once into one 16 kHz buffer per lane.
fn lanes_of(input: &dyn AudioInput, layout: Layout) -> Result<Vec<Vec<f32>>> {
    let mut source = input.open()?;
    let mut lanes: Vec<Vec<f32>> = Vec::new();
    decode_lanes(source.as_mut(), layout, None, |c| {
        let l = usize::from(c.lane);
        if lanes.len() <= l {
            lanes.resize(l + 1, Vec::new());
        }
        lanes[l].extend_from_slice(&c.samples);
        true
    })?;
    if lanes.is_empty() {
        lanes.push(Vec::new());
    }
    Ok(lanes)
}

/// Re-transcribes the recording with the planned mutes applied (at 16 kHz, per lane, the same
/// intervals the redacted WAV gets) and checks that no redacted value can be heard. A leak is an
/// error: nothing is written.
pub(super) fn verify(
    p: &Pipeline,
    input: &dyn AudioInput,
    layout: Layout,
    plan: &AudioRedaction,
    originals: &[(EntityKind, String)],
) -> Result<Verification> {
    let split = layout == Layout::Split;
    let mut text = String::new();
    let mut words = 0usize;
    let mut detected = 0usize;
    for (lane, mut samples) in lanes_of(input, layout)?.into_iter().enumerate() {
        let channel = split.then_some(lane as u16);
        let ivs: Vec<MuteInterval> = plan
            .muted
            .iter()
            .filter(|m| m.channel.is_none() || m.channel == channel)
            .map(|m| MuteInterval {
                channel: None,
                ..m.clone()
            })
            .collect();
        Bleeper::new(ivs, SAMPLE_RATE, 1, plan.mode).apply(&mut samples, 0);
        let (segs, _) = transcribe::transcribe_all(&p.transcriber, &samples)?;
        let w: Vec<&str> = segs
            .iter()
            .flat_map(|s| s.words.iter().map(|w| w.text.as_str()))
            .collect();
        words += w.len();
        detected += p.detector.session().detect(&w)?.len();
        text.push_str(&w.join(" "));
        text.push('\n');
    }
    let scan = LeakText::new(&text);
    let leaked = originals.iter().filter(|(_, v)| scan.leaks(v)).count();
    if leaked > 0 {
        return Err(Error::Detect(format!(
            "{}: {leaked} redacted value(s) can still be heard in the redacted audio",
            input.name()
        )));
    }
    Ok(Verification {
        leaked_values: 0,
        checked_values: originals.len(),
        detected_entities: detected,
        retranscribed_words: words,
    })
}

impl Pipeline {
    /// Re-transcribes a recording (e.g. a redacted WAV) and reports what the detector still finds
    /// in it, per channel for a split stereo file. Nothing is written and no text is returned:
    /// the words stay in memory inside [`Scan::leak`] for checking known values against.
    pub fn scan_file(&self, path: &std::path::Path) -> Result<Scan> {
        let input = FileInput::new(path);
        let channels = input.open()?.info().channels;
        let split = self.stereo == Stereo::Split && channels == 2;
        let layout = if split { Layout::Split } else { Layout::Mix };
        let mut scan = Scan {
            words: 0,
            entities: Vec::new(),
            leak: LeakText::new(""),
        };
        let mut text = String::new();
        let mut session = self.detector.session();
        for (lane, samples) in lanes_of(&input, layout)?.into_iter().enumerate() {
            let (segs, _) = transcribe::transcribe_all(&self.transcriber, &samples)?;
            let words: Vec<&transcribe::Word> = segs.iter().flat_map(|s| s.words.iter()).collect();
            let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
            for e in session.detect(&texts)? {
                scan.entities.push(ScanEntity {
                    kind: e.kind,
                    start_ms: words[e.words.start].start_ms,
                    end_ms: words[e.words.end - 1].end_ms,
                    channel: split.then_some(lane as u16),
                });
            }
            scan.words += texts.len();
            text.push_str(&texts.join(" "));
            text.push('\n');
        }
        scan.leak = LeakText::new(&text);
        Ok(scan)
    }
}
