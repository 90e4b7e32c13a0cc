//! The one open handle of an input file, and the reader the decoders see: it hashes every byte
//! of the file exactly once, in file order, whatever the decoder reads, skips or seeks.
//!
//! Owns the handle and the running sha256. Every read is positioned (`read_at`), so sniffing,
//! the integrity checks and the decoder share the handle without disturbing each other. It knows
//! no format and may not open anything.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt;
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

/// The input file, shared by the decoder's reader and the source that finishes the hash.
pub(crate) struct Input {
    file: File,
    /// Length at open (the decoders' `byte_len`).
    len: u64,
    hash: Mutex<Hash>,
}

struct Hash {
    sha: Sha256,
    /// Bytes `[0, upto)` have been hashed, and nothing else.
    upto: u64,
}

impl Input {
    pub fn new(file: File) -> io::Result<Arc<Input>> {
        let len = file.metadata()?.len();
        Ok(Arc::new(Input {
            file,
            len,
            hash: Mutex::new(Hash {
                sha: Sha256::new(),
                upto: 0,
            }),
        }))
    }

    pub fn len(&self) -> u64 {
        self.len
    }

    /// The handle, for positioned reads that are not part of decoding (sniffing, container
    /// checks). Those bytes are hashed when the decoder or [`Input::finish`] reaches them.
    pub fn file(&self) -> &File {
        &self.file
    }

    /// A reader over the whole file from offset 0 that feeds the hash.
    pub fn reader(self: &Arc<Self>) -> HashingReader {
        HashingReader {
            input: Arc::clone(self),
            pos: 0,
        }
    }

    /// Hashes whatever the decoder did not read, up to the end of the file, and returns the hex
    /// digest of the whole file.
    pub fn finish(&self) -> io::Result<String> {
        let mut h = self.lock();
        self.hash_until(&mut h, u64::MAX)?;
        Ok(hex::encode(h.sha.clone().finalize()))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Hash> {
        // A panic while holding the lock leaves the state as consistent as before the read.
        self.hash.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hashes `[h.upto, end)`, stopping early at the end of the file.
    fn hash_until(&self, h: &mut Hash, end: u64) -> io::Result<()> {
        let mut buf = vec![0u8; 1 << 16];
        while h.upto < end {
            let want = (end - h.upto).min(buf.len() as u64) as usize;
            match self.file.read_at(&mut buf[..want], h.upto) {
                Ok(0) => break,
                Ok(n) => {
                    h.sha.update(&buf[..n]);
                    h.upto += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

/// `Read + Seek` over the shared handle, for hound and symphonia.
pub(crate) struct HashingReader {
    input: Arc<Input>,
    pos: u64,
}

impl Read for HashingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let input = &*self.input;
        let mut h = input.lock();
        // A seek forward skipped bytes: hash them first so the digest stays in file order.
        if self.pos > h.upto {
            input.hash_until(&mut h, self.pos)?;
        }
        let n = input.file.read_at(buf, self.pos)?;
        let end = self.pos + n as u64;
        // Bytes before `upto` were hashed already (a seek back); hash only the new ones.
        if self.pos <= h.upto && end > h.upto {
            let new = (h.upto - self.pos) as usize;
            h.sha.update(&buf[new..n]);
            h.upto = end;
        }
        self.pos = end;
        Ok(n)
    }
}

impl Seek for HashingReader {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::End(d) => self.input.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start"))?;
        Ok(self.pos)
    }
}

impl symphonia::core::io::MediaSource for HashingReader {
    fn is_seekable(&self) -> bool {
        true
    }

    fn byte_len(&self) -> Option<u64> {
        Some(self.input.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn sha(bytes: &[u8]) -> String {
        hex::encode(Sha256::digest(bytes))
    }

    fn input(bytes: &[u8]) -> Arc<Input> {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(bytes).unwrap();
        Input::new(f).unwrap()
    }

    #[test]
    fn hashes_in_file_order_whatever_the_reads_and_seeks() {
        let bytes: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let input = input(&bytes);
        let mut r = input.reader();
        let mut buf = [0u8; 100];
        r.read_exact(&mut buf).unwrap();
        assert_eq!(buf[..], bytes[..100]);
        // Forward past unread bytes, back over hashed ones, a read straddling the hashed end.
        r.seek(SeekFrom::Start(5_000)).unwrap();
        r.read_exact(&mut buf).unwrap();
        assert_eq!(buf[..], bytes[5_000..5_100]);
        r.seek(SeekFrom::Start(50)).unwrap();
        r.read_exact(&mut buf).unwrap();
        assert_eq!(buf[..], bytes[50..150]);
        r.seek(SeekFrom::Start(5_050)).unwrap();
        r.read_exact(&mut buf).unwrap();
        r.seek(SeekFrom::End(-10)).unwrap();
        assert_eq!(r.read(&mut buf).unwrap(), 10);
        assert_eq!(r.read(&mut buf).unwrap(), 0);
        assert_eq!(input.finish().unwrap(), sha(&bytes));
    }

    #[test]
    fn finish_hashes_what_the_decoder_never_read() {
        let bytes = b"header, data, and a trailing chunk nobody decodes".to_vec();
        let input = input(&bytes);
        let mut r = input.reader();
        let mut buf = [0u8; 6];
        r.read_exact(&mut buf).unwrap();
        assert_eq!(input.finish().unwrap(), sha(&bytes));
        // Positioned reads on the handle do not move or feed the reader.
        let mut head = [0u8; 4];
        input.file().read_exact_at(&mut head, 0).unwrap();
        assert_eq!(&head, b"head");
        assert!(r.seek(SeekFrom::Current(-100)).is_err());
    }
}
