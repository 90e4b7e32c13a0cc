//! Container integrity checks symphonia does not make: the end of an Ogg stream (its last page,
//! checksummed and flagged end-of-stream, and its granule position) and the MP4 box layout (the
//! top-level boxes fill the file; the `moov` box, for the edit list).
//!
//! Owns only these byte-level parsers. They read the input through positioned reads on the one
//! open handle (never by opening the path again), return a problem as a plain message for the
//! caller to attach to the file, and may not decode audio.

/// The end of an Ogg file, checked by hand (symphonia skips damaged pages with a warning and
/// cannot tell a cut file from a complete one).
pub(super) mod ogg {
    use std::fs::File;
    use std::os::unix::fs::FileExt;

    /// Longest possible page (27-byte header, 255 lacing values, 255 x 255 body bytes), doubled so
    /// the window holds at least one whole page before the last.
    const TAIL: u64 = 2 * (27 + 255 + 255 * 255);
    const EOS: u8 = 0x04;

    pub struct Page {
        pub end: usize,
        pub flags: u8,
        pub granule: u64,
        pub serial: u32,
    }

    /// The granule position of the last page of logical stream `serial`, after checking that
    /// the file ends with a complete, checksummed page and that the stream's last page carries
    /// the end-of-stream flag. `Ok(None)`: that stream's last page is not in the tail window.
    pub fn end_granule(file: &File, len: u64, serial: u32) -> Result<Option<u64>, String> {
        let start = len.saturating_sub(TAIL);
        let mut buf = vec![0u8; (len - start) as usize];
        file.read_exact_at(&mut buf, start)
            .map_err(|e| format!("read error: {e}"))?;
        let pages = pages_in(&buf);
        if pages.last().is_none_or(|p| p.end != buf.len()) {
            return Err("truncated audio data (the file ends inside an Ogg page)".into());
        }
        let Some(last) = pages.iter().rev().find(|p| p.serial == serial) else {
            return Ok(None);
        };
        if last.flags & EOS == 0 {
            return Err(
                "truncated audio data (the Ogg stream ends without its end-of-stream page)".into(),
            );
        }
        // -1 means "no packet ends on this page".
        Ok((last.granule != u64::MAX).then_some(last.granule))
    }

    /// Every complete page with a valid checksum in `buf`, in order.
    pub fn pages_in(buf: &[u8]) -> Vec<Page> {
        let mut pages = Vec::new();
        let mut i = 0;
        while i + 27 <= buf.len() {
            match page_at(buf, i) {
                Some(p) => {
                    i = p.end;
                    pages.push(p);
                }
                None => i += 1,
            }
        }
        pages
    }

    fn page_at(buf: &[u8], i: usize) -> Option<Page> {
        let h = buf.get(i..i + 27)?;
        if &h[..4] != b"OggS" || h[4] != 0 {
            return None;
        }
        let nsegs = h[26] as usize;
        let lacing = buf.get(i + 27..i + 27 + nsegs)?;
        let body: usize = lacing.iter().map(|&l| l as usize).sum();
        let end = i + 27 + nsegs + body;
        let page = buf.get(i..end)?;
        let stored = u32::from_le_bytes(h[22..26].try_into().ok()?);
        if crc(page) != stored {
            return None;
        }
        Some(Page {
            end,
            flags: h[5],
            granule: u64::from_le_bytes(h[6..14].try_into().ok()?),
            serial: u32::from_le_bytes(h[14..18].try_into().ok()?),
        })
    }

    /// Ogg's CRC-32 (polynomial 0x04c11db7, MSB first, initial 0), with the CRC field as zeros.
    fn crc(page: &[u8]) -> u32 {
        static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
        let table = TABLE.get_or_init(|| {
            let mut t = [0u32; 256];
            for (i, e) in t.iter_mut().enumerate() {
                let mut r = (i as u32) << 24;
                for _ in 0..8 {
                    r = if r & 0x8000_0000 != 0 {
                        (r << 1) ^ 0x04c1_1db7
                    } else {
                        r << 1
                    };
                }
                *e = r;
            }
            t
        });
        page.iter().enumerate().fold(0u32, |c, (i, &b)| {
            let b = if (22..26).contains(&i) { 0 } else { b };
            (c << 8) ^ table[((c >> 24) as u8 ^ b) as usize]
        })
    }
}

/// The MP4 edit list, which symphonia parses but does not apply: without it AAC keeps the
/// encoder's priming frames (1024, 64 ms at 16 kHz) in front and padding at the end, shifting
/// every time against the source.
pub(super) mod mp4 {
    use std::fs::File;
    use std::os::unix::fs::FileExt;

    /// Largest `moov` box read into memory (a long recording's sample tables are a few MB).
    const MAX_MOOV: u64 = 64 << 20;

    pub struct Edit {
        /// Where presentation starts in the media, in `timescale` units.
        pub media_time: u64,
        /// Presented length in `timescale` units, if the edit says.
        pub duration: Option<u64>,
        /// The audio track's media timescale (ticks per second).
        pub timescale: u32,
    }

    /// Walks the file's top-level boxes and returns the `moov` body. A box running past the end
    /// of the file means the file was cut (symphonia only says "no atom pending read").
    pub fn check_and_read_moov(file: &File, len: u64) -> Result<Option<Vec<u8>>, String> {
        let io = |e: std::io::Error| format!("read error: {e}");
        let mut moov = None;
        let mut pos = 0u64;
        while pos < len {
            let mut h = [0u8; 16];
            let header = (len - pos).min(16) as usize;
            file.read_exact_at(&mut h[..header], pos).map_err(io)?;
            let kind = String::from_utf8_lossy(&h[4..8]).into_owned();
            let cut =
                || format!("truncated audio data (the file ends inside its MP4 '{kind}' box)");
            if header < 8 {
                return Err(cut());
            }
            let (size, hlen) = match u32::from_be_bytes([h[0], h[1], h[2], h[3]]) {
                0 => (len - pos, 8),
                1 if header == 16 => (
                    u64::from_be_bytes(h[8..16].try_into().unwrap_or_default()),
                    16,
                ),
                1 => return Err(cut()),
                n => (n as u64, 8),
            };
            if size < hlen {
                return Err(format!(
                    "not a valid audio file (bad MP4 '{kind}' box size)"
                ));
            }
            if size > len - pos {
                return Err(cut());
            }
            if &h[4..8] == b"moov" && size - hlen <= MAX_MOOV {
                let mut body = vec![0u8; (size - hlen) as usize];
                file.read_exact_at(&mut body, pos + hlen).map_err(io)?;
                moov = Some(body);
            }
            pos += size;
        }
        Ok(moov)
    }

    /// The first audio track's first non-empty edit, if it has one.
    pub fn audio_edit(moov: &[u8]) -> Option<Edit> {
        let movie_ts = full_box_u32(child(moov, b"mvhd")?, 12, 20)?;
        child_all(moov, b"trak").find_map(|trak| {
            let mdia = child(trak, b"mdia")?;
            if child(mdia, b"hdlr")?.get(8..12)? != b"soun" {
                return None;
            }
            let timescale = full_box_u32(child(mdia, b"mdhd")?, 12, 20)?;
            let elst = child(child(trak, b"edts")?, b"elst")?;
            let v1 = *elst.first()? == 1;
            let count = u32::from_be_bytes(elst.get(4..8)?.try_into().ok()?) as usize;
            let size = if v1 { 20 } else { 12 };
            (0..count).find_map(|k| {
                let e = elst.get(8 + k * size..8 + (k + 1) * size)?;
                let (dur, media_time) = if v1 {
                    (
                        u64::from_be_bytes(e[..8].try_into().ok()?),
                        i64::from_be_bytes(e[8..16].try_into().ok()?),
                    )
                } else {
                    (
                        u32::from_be_bytes(e[..4].try_into().ok()?) as u64,
                        i32::from_be_bytes(e[4..8].try_into().ok()?) as i64,
                    )
                };
                // media_time -1 is an empty edit (a gap), not where the media starts.
                (media_time >= 0).then(|| Edit {
                    media_time: media_time as u64,
                    duration: (dur > 0 && movie_ts > 0)
                        .then(|| (dur as u128 * timescale as u128 / movie_ts as u128) as u64),
                    timescale,
                })
            })
        })
    }

    /// The children of a box body: (type, body) pairs.
    fn children(mut b: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
        std::iter::from_fn(move || {
            let size = u32::from_be_bytes(b.get(..4)?.try_into().ok()?) as u64;
            let (size, header) = match size {
                0 => (b.len() as u64, 8),
                1 => (u64::from_be_bytes(b.get(8..16)?.try_into().ok()?), 16),
                n => (n, 8),
            };
            if size < header || size > b.len() as u64 {
                return None;
            }
            let (this, rest) = b.split_at(size as usize);
            b = rest;
            Some((&this[4..8], &this[header as usize..]))
        })
    }

    fn child_all<'a>(b: &'a [u8], kind: &'a [u8; 4]) -> impl Iterator<Item = &'a [u8]> {
        children(b)
            .filter(move |(t, _)| t == kind)
            .map(|(_, body)| body)
    }

    fn child<'a>(b: &'a [u8], kind: &'a [u8; 4]) -> Option<&'a [u8]> {
        child_all(b, kind).next()
    }

    /// A u32 field of a full box at `v0` bytes in (version 0) or `v1` (version 1, 64-bit times).
    fn full_box_u32(body: &[u8], v0: usize, v1: usize) -> Option<u32> {
        let at = if *body.first()? == 1 { v1 } else { v0 };
        Some(u32::from_be_bytes(body.get(at..at + 4)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn fixture(name: &str) -> Vec<u8> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/formats");
        std::fs::read(dir.join(name)).unwrap()
    }

    fn handle(bytes: &[u8]) -> std::fs::File {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(bytes).unwrap();
        f
    }

    #[test]
    fn ogg_pages_need_a_valid_checksum() {
        let bytes = fixture("jfk.ogg");
        let pages = ogg::pages_in(&bytes);
        assert!(pages.len() > 3);
        assert_eq!(pages.last().unwrap().end, bytes.len());
        assert_eq!(pages.last().unwrap().granule, 176_000);
        let mut bad = bytes.clone();
        let mid = pages[pages.len() / 2].end - 10;
        bad[mid] ^= 0xFF;
        assert_eq!(ogg::pages_in(&bad).len(), pages.len() - 1);
    }

    #[test]
    fn ogg_cut_at_a_page_boundary_is_truncated() {
        let bytes = fixture("jfk.ogg");
        let pages = ogg::pages_in(&bytes);
        let serial = pages[0].serial;
        let cut = &bytes[..pages[pages.len() / 2].end];
        let e = ogg::end_granule(&handle(cut), cut.len() as u64, serial).unwrap_err();
        assert!(e.contains("end-of-stream"), "{e}");
        let whole = handle(&bytes);
        assert_eq!(
            ogg::end_granule(&whole, bytes.len() as u64, serial),
            Ok(Some(176_000))
        );
    }

    #[test]
    fn mp4_boxes_must_fill_the_file() {
        let bytes = fixture("jfk.m4a");
        let moov = mp4::check_and_read_moov(&handle(&bytes), bytes.len() as u64).unwrap();
        let edit = mp4::audio_edit(&moov.unwrap()).expect("AAC edit list");
        assert!(edit.timescale > 0 && edit.media_time > 0);
        let cut = &bytes[..bytes.len() - 100];
        let e = mp4::check_and_read_moov(&handle(cut), cut.len() as u64).unwrap_err();
        assert!(e.contains("truncated"), "{e}");
    }
}
