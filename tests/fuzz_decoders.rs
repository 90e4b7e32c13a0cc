//! Seeded mutation fuzzing of every decoder, beyond the container checks.
//!
//! Each case mutates a copy of a fixture in samples/formats/ (bit flips, byte runs, edits of the
//! format's size and header fields, truncation) and, for FLAC and Ogg, usually recomputes the
//! checksums afterwards (FLAC frame CRC-8 and CRC-16, Ogg page CRC-32), so the damage reaches the
//! codec instead of being stopped at the checksum. The mutated file then goes through the same
//! path as a real input (`read_audio_all`: open, sniff, integrity checks, decode, sanitize,
//! resample). Every case must end in `Ok` with finite samples in [-1, 1], or an
//! `Error::Input`; a panic (caught per case), another error kind, or a case running past its
//! time bound is a failure. Failing inputs are kept under the target dir for reproduction.
//!
//! The default run is a few hundred cases (a few seconds in release). The longer run:
//!
//! ```text
//! HUSH_FUZZ_CASES=20000 cargo test --release --test fuzz_decoders -- --ignored --nocapture
//! ```
//!
//! `HUSH_FUZZ_SEED` picks another seed; `HUSH_FUZZ_CASE_SECS` the per-case bound (default 20 s).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use hush::audio::{read_audio_all, ChannelSelect};
use hush::Error;

/// SplitMix64: small, seeded, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Wav,
    Flac,
    Ogg,
    Mp4,
    Mp3,
}

/// A fixture and what the mutator knows about its layout.
struct Seed {
    name: String,
    kind: Kind,
    bytes: Vec<u8>,
    /// Header and size fields worth editing: (offset, width in bytes, big-endian).
    fields: Vec<(usize, usize, bool)>,
    /// FLAC frames: (start, header length including CRC-8, end).
    flac_frames: Vec<(usize, usize, usize)>,
    /// Ogg pages: (start, end).
    ogg_pages: Vec<(usize, usize)>,
}

fn seeds() -> Vec<Seed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/formats");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".md"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            let kind = match &bytes[..4] {
                b"RIFF" => Kind::Wav,
                b"fLaC" => Kind::Flac,
                b"OggS" => Kind::Ogg,
                _ if &bytes[4..8] == b"ftyp" => Kind::Mp4,
                _ => Kind::Mp3,
            };
            let mut seed = Seed {
                name,
                kind,
                fields: Vec::new(),
                flac_frames: Vec::new(),
                ogg_pages: Vec::new(),
                bytes,
            };
            match kind {
                Kind::Wav => wav_fields(&mut seed),
                Kind::Flac => flac_layout(&mut seed),
                Kind::Ogg => ogg_layout(&mut seed),
                Kind::Mp4 => mp4_fields(&seed.bytes.clone(), 0, seed.bytes.len(), &mut seed.fields),
                Kind::Mp3 => mp3_fields(&mut seed),
            }
            assert!(!seed.fields.is_empty(), "{}: no fields found", seed.name);
            seed
        })
        .collect()
}

fn be(b: &[u8]) -> u64 {
    b.iter().fold(0, |v, &x| (v << 8) | x as u64)
}

fn le(b: &[u8]) -> u64 {
    b.iter().rev().fold(0, |v, &x| (v << 8) | x as u64)
}

fn wav_fields(s: &mut Seed) {
    let b = &s.bytes;
    s.fields.push((4, 4, false));
    let mut p = 12;
    while p + 8 <= b.len() {
        s.fields.push((p + 4, 4, false));
        if &b[p..p + 4] == b"fmt " {
            // format tag, channels, rate, byte rate, block align, bits
            for (off, w) in [(0, 2), (2, 2), (4, 4), (8, 4), (12, 2), (14, 2)] {
                s.fields.push((p + 8 + off, w, false));
            }
        }
        let size = le(&b[p + 4..p + 8]) as usize;
        p += 8 + size + (size & 1);
    }
}

fn flac_layout(s: &mut Seed) {
    let b = &s.bytes;
    // STREAMINFO: block sizes, frame sizes, rate/channels/bits, total samples (low 32 bits).
    for (off, w) in [(8, 2), (10, 2), (12, 3), (15, 3), (18, 3), (22, 4)] {
        s.fields.push((off, w, true));
    }
    let mut p = 4;
    loop {
        s.fields.push((p + 1, 3, true));
        let last = b[p] & 0x80 != 0;
        p += 4 + be(&b[p + 1..p + 4]) as usize;
        if last {
            break;
        }
    }
    let starts: Vec<(usize, usize)> = (p..b.len().saturating_sub(4))
        .filter_map(|i| flac_header_len(b, i).map(|h| (i, h)))
        .filter(|&(i, h)| crc8(&b[i..i + h - 1]) == b[i + h - 1])
        .collect();
    for (k, &(start, h)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(b.len(), |n| n.0);
        if end >= start + h + 2 && crc16(&b[start..end - 2]) as u64 == be(&b[end - 2..end]) {
            s.flac_frames.push((start, h, end));
            s.fields.push((start + 2, 2, true));
        }
    }
    assert!(
        s.flac_frames.len() > 10,
        "{}: FLAC frames not found",
        s.name
    );
}

/// Length of a FLAC frame header at `i` up to and including its CRC-8, if one starts there.
fn flac_header_len(b: &[u8], i: usize) -> Option<usize> {
    if b[i] != 0xFF || b[i + 1] & 0xFE != 0xF8 {
        return None;
    }
    let (bs, sr) = (b[i + 2] >> 4, b[i + 2] & 0x0F);
    if bs == 0 || sr == 0x0F {
        return None;
    }
    let first = *b.get(i + 4)?;
    let extra = match first.leading_ones() {
        0 => 0,
        n @ 2..=7 => n as usize - 1,
        _ => return None,
    };
    let mut j = i + 5 + extra;
    j += match bs {
        6 => 1,
        7 => 2,
        _ => 0,
    };
    j += match sr {
        12 => 1,
        13 | 14 => 2,
        _ => 0,
    };
    (j < b.len()).then_some(j + 1 - i)
}

fn ogg_layout(s: &mut Seed) {
    let b = &s.bytes;
    let mut p = 0;
    while p + 27 <= b.len() && &b[p..p + 4] == b"OggS" {
        let nsegs = b[p + 26] as usize;
        let body: usize = b[p + 27..p + 27 + nsegs].iter().map(|&l| l as usize).sum();
        let end = p + 27 + nsegs + body;
        s.ogg_pages.push((p, end));
        s.fields.push((p + 6, 8, false)); // granule position
        s.fields.push((p + 26, 1, false)); // segment count
        if nsegs > 0 {
            s.fields.push((p + 27, 1, false)); // first lacing value
            s.fields.push((p + 26 + nsegs, 1, false)); // last lacing value
        }
        p = end;
    }
    assert_eq!(p, b.len(), "{}: Ogg pages do not fill the file", s.name);
}

/// Box sizes of every box in `b[from..to]`, descending into the containers that matter.
fn mp4_fields(b: &[u8], from: usize, to: usize, out: &mut Vec<(usize, usize, bool)>) {
    let mut p = from;
    while p + 8 <= to {
        let size = be(&b[p..p + 4]) as usize;
        if size < 8 || p + size > to {
            return;
        }
        out.push((p, 4, true));
        let kind = &b[p + 4..p + 8];
        if [
            &b"moov"[..],
            b"trak",
            b"mdia",
            b"minf",
            b"stbl",
            b"edts",
            b"udta",
            b"dinf",
        ]
        .contains(&kind)
        {
            mp4_fields(b, p + 8, p + size, out);
        } else if [&b"stsz"[..], b"stco", b"stts", b"stsc", b"elst", b"mdhd"].contains(&kind) {
            // Entry counts and times inside the tables.
            out.push((p + 12, 4, true));
            out.push((p + 16, 4, true));
        }
        p += size;
    }
}

fn mp3_fields(s: &mut Seed) {
    let b = &s.bytes;
    let mut p = 0;
    if &b[..3] == b"ID3" {
        s.fields.push((6, 4, true));
        p = 10
            + b[6..10]
                .iter()
                .fold(0usize, |v, &x| (v << 7) | (x & 0x7F) as usize);
    }
    if let Some(x) = b.windows(4).position(|w| w == b"Xing" || w == b"Info") {
        s.fields.push((x + 8, 4, true)); // frame count
        s.fields.push((x + 12, 4, true)); // byte count
    }
    // Headers of the first frames (sync, version, layer, rate, padding, mode).
    let mut found = 0;
    while p + 4 <= b.len() && found < 32 {
        if b[p] == 0xFF && b[p + 1] & 0xE0 == 0xE0 {
            s.fields.push((p + 1, 3, true));
            found += 1;
            p += 64;
        } else {
            p += 1;
        }
    }
}

fn crc8(data: &[u8]) -> u8 {
    data.iter().fold(0u8, |mut c, &x| {
        c ^= x;
        for _ in 0..8 {
            c = if c & 0x80 != 0 {
                (c << 1) ^ 0x07
            } else {
                c << 1
            };
        }
        c
    })
}

fn crc16(data: &[u8]) -> u16 {
    data.iter().fold(0u16, |mut c, &x| {
        c ^= (x as u16) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x8005
            } else {
                c << 1
            };
        }
        c
    })
}

/// Ogg's CRC-32 of a page with its CRC field taken as zero.
fn ogg_crc(page: &[u8]) -> u32 {
    page.iter().enumerate().fold(0u32, |mut c, (i, &x)| {
        let x = if (22..26).contains(&i) { 0 } else { x };
        c ^= (x as u32) << 24;
        for _ in 0..8 {
            c = if c & 0x8000_0000 != 0 {
                (c << 1) ^ 0x04C1_1DB7
            } else {
                c << 1
            };
        }
        c
    })
}

/// Recomputes every checksum whose range is still inside the (possibly cut) file, over the
/// mutated bytes, so the decoder accepts the frame or page and decodes the damage.
fn fix_checksums(seed: &Seed, b: &mut [u8]) {
    for &(start, h, end) in &seed.flac_frames {
        if end <= b.len() {
            b[start + h - 1] = crc8(&b[start..start + h - 1]);
            let c = crc16(&b[start..end - 2]);
            b[end - 2..end].copy_from_slice(&c.to_be_bytes());
        }
    }
    for &(start, end) in &seed.ogg_pages {
        if end <= b.len() {
            let c = ogg_crc(&b[start..end]);
            b[start + 22..start + 26].copy_from_slice(&c.to_le_bytes());
        }
    }
}

/// Applies one to three mutations to a copy of the seed; returns the bytes and a description.
fn mutate(seed: &Seed, rng: &mut Rng) -> (Vec<u8>, String) {
    let mut b = seed.bytes.clone();
    let mut what = Vec::new();
    for _ in 0..1 + rng.below(3) {
        // Headers are where parsers branch: a third of the positional damage lands there.
        let pos = |rng: &mut Rng, len: usize| {
            if rng.chance(33) {
                rng.below(len.min(512))
            } else {
                rng.below(len)
            }
        };
        match rng.below(10) {
            0..=2 => {
                let n = 1 + rng.below(8);
                for _ in 0..n {
                    let p = pos(rng, b.len());
                    b[p] ^= 1 << rng.below(8);
                }
                what.push(format!("{n} bit flips"));
            }
            3..=5 => {
                let p = pos(rng, b.len());
                let n = (1 + rng.below(64)).min(b.len() - p);
                let fill = rng.below(3);
                for x in &mut b[p..p + n] {
                    *x = match fill {
                        0 => 0,
                        1 => 0xFF,
                        _ => rng.next() as u8,
                    };
                }
                what.push(format!("run of {n} at {p}"));
            }
            6..=8 => {
                let (off, w, big) = seed.fields[rng.below(seed.fields.len())];
                if off + w > b.len() {
                    continue;
                }
                let old = if big {
                    be(&b[off..off + w])
                } else {
                    le(&b[off..off + w])
                };
                let max = if w >= 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * w)) - 1
                };
                let delta = 1 + rng.below(16) as u64;
                let new = match rng.below(7) {
                    0 => 0,
                    1 => max,
                    2 => old.wrapping_add(delta),
                    3 => old.wrapping_sub(delta),
                    4 => old.wrapping_mul(2),
                    5 => old / 2,
                    _ => rng.next(),
                } & max;
                for k in 0..w {
                    let shift = if big { 8 * (w - 1 - k) } else { 8 * k };
                    b[off + k] = (new >> shift) as u8;
                }
                what.push(format!("field {off}+{w}: {old} -> {new}"));
            }
            _ => {
                let n = 1 + rng.below(b.len() - 1);
                b.truncate(n);
                what.push(format!("cut to {n}"));
            }
        }
    }
    if matches!(seed.kind, Kind::Flac | Kind::Ogg) && rng.chance(85) {
        fix_checksums(seed, &mut b);
        what.push("checksums fixed".into());
    }
    (b, what.join(", "))
}

enum Outcome {
    Decoded,
    InputError,
    /// Another error kind, or samples that escaped sanitizing.
    Wrong(String),
    Panicked(String),
    Hung,
}

/// Decodes `path` on a worker thread, with the panic caught and a time bound.
fn run_case(path: PathBuf, bound: Duration) -> Outcome {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let r = std::panic::catch_unwind(|| read_audio_all(&path, ChannelSelect::Downmix));
        let _ = tx.send(match r {
            Ok(Ok((_, samples))) => match samples.iter().find(|s| !(-1.0..=1.0).contains(*s)) {
                None => Outcome::Decoded,
                Some(s) => Outcome::Wrong(format!("unsanitized sample {s}")),
            },
            Ok(Err(Error::Input { .. })) => Outcome::InputError,
            Ok(Err(e)) => Outcome::Wrong(format!("not an input error: {e}")),
            Err(p) => Outcome::Panicked(
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default(),
            ),
        });
    });
    // A hung worker is left behind (it cannot be killed); it is reported as a failure.
    rx.recv_timeout(bound).unwrap_or(Outcome::Hung)
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

fn fuzz(default_cases: u64, default_seed: u64) {
    let cases = env_u64("HUSH_FUZZ_CASES").unwrap_or(default_cases);
    let seed0 = env_u64("HUSH_FUZZ_SEED").unwrap_or(default_seed);
    let (clean, decoded) = run_cases(seed0, &(0..cases).collect::<Vec<_>>());
    // A mutator that only ever produced unreadable files (or only clean ones) tests nothing.
    if cases >= 100 {
        assert!(
            clean > cases / 10 && decoded > cases / 10,
            "{clean} errors / {decoded} decoded"
        );
    }
}

/// Runs the cases `indices` of the stream `seed0`; returns (clean errors, decoded) after
/// asserting that nothing else happened.
fn run_cases(seed0: u64, indices: &[u64]) -> (u64, u64) {
    let cases = indices.len();
    let bound = Duration::from_secs(env_u64("HUSH_FUZZ_CASE_SECS").unwrap_or(20));
    let seeds = seeds();
    let dir = tempfile::tempdir().unwrap();
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let started = Instant::now();
    let (mut decoded, mut clean, mut panics, mut hangs, mut wrong) = (0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, 0u64);
    for &i in indices {
        // Each case has its own stream, so one case can be replayed from (seed, index).
        let mut rng = Rng(seed0 ^ i.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        let seed = &seeds[(i % seeds.len() as u64) as usize];
        let (bytes, what) = mutate(seed, &mut rng);
        let path = dir.path().join(format!("{i}-{}", seed.name));
        std::fs::write(&path, &bytes).unwrap();
        let t = Instant::now();
        let outcome = run_case(path.clone(), bound);
        if t.elapsed() > slowest.0 {
            slowest = (t.elapsed(), i);
        }
        match &outcome {
            Outcome::Decoded => decoded += 1,
            Outcome::InputError => clean += 1,
            Outcome::Wrong(_) => wrong += 1,
            Outcome::Panicked(_) => panics += 1,
            Outcome::Hung => hangs += 1,
        }
        if !matches!(outcome, Outcome::Decoded | Outcome::InputError) {
            std::fs::create_dir_all(&keep).unwrap();
            let kept = keep.join(format!("{seed0}-{i}-{}", seed.name));
            std::fs::write(&kept, &bytes).unwrap();
            let why = match outcome {
                Outcome::Wrong(w) => w,
                Outcome::Panicked(m) => format!("panic: {m}"),
                _ => format!("no result within {} s", bound.as_secs()),
            };
            failures.push(format!(
                "case {i} ({}; {what}): {why}; input kept at {}",
                seed.name,
                kept.display()
            ));
        }
        std::fs::remove_file(&path).unwrap();
    }
    eprintln!(
        "fuzz_decoders: {cases} cases (seed {seed0}) in {:.1} s: {clean} clean input errors, \
         {decoded} decoded, {panics} panics, {hangs} hangs, {wrong} other failures; slowest \
         case {} took {:.2} s",
        started.elapsed().as_secs_f64(),
        slowest.1,
        slowest.0.as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    (clean, decoded)
}

#[test]
fn mutated_inputs_decode_or_fail_cleanly() {
    fuzz(400, 0x6875_7368);
}

/// Cases the long run once found panicking inside symphonia (a mutated Vorbis setup header trips
/// an assertion in its Ogg mapper): now refused as corrupt input.
#[test]
fn vorbis_setup_header_assertion_is_a_clean_error() {
    let (clean, _) = run_cases(0x6c6f_6e67, &[509, 15811]);
    assert_eq!(clean, 2);
}

/// The long run (see the module doc); a different default seed from the quick one.
#[test]
#[ignore]
fn mutated_inputs_decode_or_fail_cleanly_long() {
    fuzz(20_000, 0x6c6f_6e67);
}

/// The mutator's checksum repair must produce what the decoders check, or the codec paths are
/// never reached: repair leaves a valid file unchanged, and a bit flipped in the body stops
/// being a checksum failure once repaired (the codec decodes it, or fails differently).
#[test]
fn checksum_repair_matches_the_formats() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for seed in seeds() {
        if !matches!(seed.kind, Kind::Flac | Kind::Ogg) {
            continue;
        }
        let mut b = seed.bytes.clone();
        fix_checksums(&seed, &mut b);
        assert!(
            b == seed.bytes,
            "{}: repair changed a valid file",
            seed.name
        );
        let mid = b.len() / 2;
        b[mid] ^= 0x10;
        let decode = |bytes: &[u8], tag: &str| {
            let p = dir.path().join(format!("{tag}-{}", seed.name));
            std::fs::write(&p, bytes).unwrap();
            read_audio_all(&p, ChannelSelect::Downmix)
                .map(|_| ())
                .map_err(|e| e.to_string().replace(&p.display().to_string(), ""))
        };
        let damaged = decode(&b, "damaged");
        assert!(
            damaged.is_err(),
            "{}: a flipped bit passed the checksum",
            seed.name
        );
        fix_checksums(&seed, &mut b);
        let repaired = decode(&b, "repaired");
        assert_ne!(repaired, damaged, "{}", seed.name);
        eprintln!("{}: damaged {damaged:?}, repaired {repaired:?}", seed.name);
        checked += 1;
    }
    assert_eq!(checked, 3, "FLAC, Vorbis and Opus fixtures");
}
