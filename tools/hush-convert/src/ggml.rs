//! The legacy GGML Whisper file format that whisper.cpp loads.
//!
//! This is the layout whisper.cpp's `models/convert-pt-to-ggml.py` writes (all little-endian
//! i32 unless noted): magic `0x67676d6c`; eleven hparams; mel filters (n_mel, n_fft, then f32
//! values); token table (count, then length + bytes per token); then tensors until end of file,
//! each `n_dims, name_len, ftype, dims[n_dims] (innermost first), name, data`.
//! [`inspect`] reads a file back without loading tensor data.

use std::fs::File;
use std::io::{BufReader, Read, Seek, Write};
use std::path::Path;

use serde::Serialize;

use hush::error::{Error, Result};

pub const MAGIC: u32 = 0x6767_6d6c;

/// Element type of a tensor in the file (`ftype` field; ggml's `enum ggml_type` codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TensorType {
    F32,
    F16,
    /// ggml's `block_q8_0`: blocks of [`Q8_0_BLOCK`] weights along a row, each an f16 scale
    /// and 32 signed bytes.
    Q8_0,
}

/// Weights per `Q8_0` block (ggml's `QK8_0`).
pub const Q8_0_BLOCK: usize = 32;
/// Bytes per `Q8_0` block: the f16 scale and one byte per weight.
pub const Q8_0_BLOCK_BYTES: usize = 2 + Q8_0_BLOCK;

impl TensorType {
    pub fn code(self) -> i32 {
        match self {
            TensorType::F32 => 0,
            TensorType::F16 => 1,
            TensorType::Q8_0 => 8,
        }
    }
    /// Bytes that `elements` values of this type take in the file.
    pub fn data_bytes(self, elements: usize) -> usize {
        match self {
            TensorType::F32 => elements * 4,
            TensorType::F16 => elements * 2,
            TensorType::Q8_0 => elements.div_ceil(Q8_0_BLOCK) * Q8_0_BLOCK_BYTES,
        }
    }
    fn from_code(code: i32) -> Option<TensorType> {
        match code {
            0 => Some(TensorType::F32),
            1 => Some(TensorType::F16),
            8 => Some(TensorType::Q8_0),
            _ => None,
        }
    }
}

/// The header's `ftype` for a file whose matrices are all `ty`: ggml's `enum ggml_ftype` code,
/// plus `GGML_QNT_VERSION * GGML_QNT_VERSION_FACTOR` (2 * 1000) for quantized files, which is
/// what whisper.cpp's own `quantize` writes and its loader strips off.
pub fn file_ftype(ty: TensorType) -> i32 {
    match ty {
        TensorType::F32 => 0,
        TensorType::F16 => 1,
        TensorType::Q8_0 => 2000 + 7,
    }
}

/// Whisper hyperparameters as stored in the GGML header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Hparams {
    pub n_vocab: i32,
    pub n_audio_ctx: i32,
    pub n_audio_state: i32,
    pub n_audio_head: i32,
    pub n_audio_layer: i32,
    pub n_text_ctx: i32,
    pub n_text_state: i32,
    pub n_text_head: i32,
    pub n_text_layer: i32,
    pub n_mels: i32,
    /// 1 = f16 matrices, 2007 = q8_0 matrices (see [`file_ftype`]).
    pub ftype: i32,
}

impl Hparams {
    fn to_array(self) -> [i32; 11] {
        [
            self.n_vocab,
            self.n_audio_ctx,
            self.n_audio_state,
            self.n_audio_head,
            self.n_audio_layer,
            self.n_text_ctx,
            self.n_text_state,
            self.n_text_head,
            self.n_text_layer,
            self.n_mels,
            self.ftype,
        ]
    }

    fn from_array(a: [i32; 11]) -> Hparams {
        Hparams {
            n_vocab: a[0],
            n_audio_ctx: a[1],
            n_audio_state: a[2],
            n_audio_head: a[3],
            n_audio_layer: a[4],
            n_text_ctx: a[5],
            n_text_state: a[6],
            n_text_head: a[7],
            n_text_layer: a[8],
            n_mels: a[9],
            ftype: a[10],
        }
    }

    /// whisper.cpp's own test: multilingual vocabularies have at least 51865 tokens.
    pub fn is_multilingual(&self) -> bool {
        self.n_vocab >= 51865
    }
}

pub(crate) fn write_i32(w: &mut impl Write, v: i32) -> std::io::Result<()> {
    w.write_all(&v.to_le_bytes())
}

/// Writes magic, hparams, mel filters and token table.
pub(crate) fn write_header(
    w: &mut impl Write,
    hp: &Hparams,
    mel: (usize, usize, &[f32]),
    tokens: &[Vec<u8>],
) -> std::io::Result<()> {
    write_i32(w, MAGIC as i32)?;
    for v in hp.to_array() {
        write_i32(w, v)?;
    }
    let (n_mel, n_fft, data) = mel;
    write_i32(w, to_i32(n_mel)?)?;
    write_i32(w, to_i32(n_fft)?)?;
    for f in data {
        w.write_all(&f.to_le_bytes())?;
    }
    write_i32(w, to_i32(tokens.len())?)?;
    for t in tokens {
        write_i32(w, to_i32(t.len())?)?;
        w.write_all(t)?;
    }
    Ok(())
}

/// Writes one tensor's header; `dims` are in PyTorch order (outermost first) and are reversed
/// into GGML order here.
pub(crate) fn write_tensor_header(
    w: &mut impl Write,
    name: &str,
    dims: &[usize],
    ty: TensorType,
) -> std::io::Result<()> {
    write_i32(w, to_i32(dims.len())?)?;
    write_i32(w, to_i32(name.len())?)?;
    write_i32(w, ty.code())?;
    for &d in dims.iter().rev() {
        write_i32(w, to_i32(d)?)?;
    }
    w.write_all(name.as_bytes())
}

fn to_i32(v: usize) -> std::io::Result<i32> {
    i32::try_from(v)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "value exceeds i32"))
}

/// One tensor as recorded in a GGML file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TensorInfo {
    pub name: String,
    /// GGML order: innermost dimension first.
    pub dims: Vec<usize>,
    pub ty: TensorType,
}

/// What [`inspect`] finds in a GGML Whisper file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GgmlInfo {
    pub hparams: Hparams,
    pub mel_shape: (usize, usize),
    pub n_tokens: usize,
    pub tensors: Vec<TensorInfo>,
}

impl GgmlInfo {
    pub fn tensor(&self, name: &str) -> Option<&TensorInfo> {
        self.tensors.iter().find(|t| t.name == name)
    }
}

/// Reads a GGML Whisper file's header, token count and tensor directory, skipping the data.
pub fn inspect(path: &Path) -> Result<GgmlInfo> {
    let bad = |problem: String| Error::input(path, problem);
    let file = File::open(path).map_err(|e| bad(format!("cannot open: {e}")))?;
    let len = file
        .metadata()
        .map_err(|e| bad(format!("cannot stat: {e}")))?
        .len();
    let mut r = BufReader::new(file);
    let io = |e: std::io::Error| bad(format!("truncated or unreadable GGML file: {e}"));

    if read_i32(&mut r).map_err(io)? as u32 != MAGIC {
        return Err(bad("not a GGML Whisper file (bad magic)".into()));
    }
    let mut a = [0i32; 11];
    for v in &mut a {
        *v = read_i32(&mut r).map_err(io)?;
    }
    let hparams = Hparams::from_array(a);
    let n_mel = read_count(&mut r).map_err(io)?;
    let n_fft = read_count(&mut r).map_err(io)?;
    skip(&mut r, (n_mel * n_fft * 4) as i64).map_err(io)?;
    let n_tokens = read_count(&mut r).map_err(io)?;
    for _ in 0..n_tokens {
        let l = read_count(&mut r).map_err(io)?;
        skip(&mut r, l as i64).map_err(io)?;
    }

    let mut tensors = Vec::new();
    loop {
        let pos = r.stream_position().map_err(io)?;
        if pos == len {
            break;
        }
        let n_dims = read_count(&mut r).map_err(io)?;
        let name_len = read_count(&mut r).map_err(io)?;
        let code = read_i32(&mut r).map_err(io)?;
        let ty = TensorType::from_code(code)
            .ok_or_else(|| bad(format!("unknown tensor type {code}")))?;
        if n_dims > 4 {
            return Err(bad(format!("tensor with {n_dims} dimensions")));
        }
        let mut dims = Vec::with_capacity(n_dims);
        for _ in 0..n_dims {
            dims.push(read_count(&mut r).map_err(io)?);
        }
        let mut name = vec![0u8; name_len];
        r.read_exact(&mut name).map_err(io)?;
        let name = String::from_utf8(name).map_err(|_| bad("non-UTF-8 tensor name".into()))?;
        let nbytes = ty.data_bytes(dims.iter().product::<usize>());
        skip(&mut r, nbytes as i64).map_err(io)?;
        tensors.push(TensorInfo { name, dims, ty });
    }
    if r.stream_position().map_err(io)? != len {
        return Err(bad("tensor data runs past the end of the file".into()));
    }
    Ok(GgmlInfo {
        hparams,
        mel_shape: (n_mel, n_fft),
        n_tokens,
        tensors,
    })
}

fn read_i32(r: &mut impl Read) -> std::io::Result<i32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(i32::from_le_bytes(b))
}

/// A non-negative i32 field, bounded so corrupt files cannot request absurd allocations.
fn read_count(r: &mut impl Read) -> std::io::Result<usize> {
    let v = read_i32(r)?;
    if !(0..=(1 << 28)).contains(&v) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("implausible field value {v}"),
        ));
    }
    Ok(v as usize)
}

fn skip(r: &mut BufReader<File>, n: i64) -> std::io::Result<()> {
    r.seek_relative(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_tensors_round_trip_through_inspect() {
        let hp = Hparams {
            n_vocab: 5,
            n_audio_ctx: 2,
            n_audio_state: 4,
            n_audio_head: 1,
            n_audio_layer: 1,
            n_text_ctx: 3,
            n_text_state: 4,
            n_text_head: 1,
            n_text_layer: 1,
            n_mels: 2,
            ftype: 1,
        };
        let mut buf = Vec::new();
        write_header(
            &mut buf,
            &hp,
            (2, 3, &[0.0; 6]),
            &[b"a".to_vec(), b"bc".to_vec()],
        )
        .unwrap();
        write_tensor_header(&mut buf, "encoder.conv1.bias", &[4, 1], TensorType::F32).unwrap();
        buf.extend_from_slice(&[0; 16]);
        write_tensor_header(&mut buf, "x.weight", &[2, 3, 5], TensorType::F16).unwrap();
        buf.extend_from_slice(&[0; 60]);

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.bin");
        std::fs::write(&path, &buf).unwrap();
        let info = inspect(&path).unwrap();
        assert_eq!(info.hparams, hp);
        assert_eq!(info.mel_shape, (2, 3));
        assert_eq!(info.n_tokens, 2);
        assert_eq!(info.tensors.len(), 2);
        assert_eq!(info.tensor("encoder.conv1.bias").unwrap().dims, vec![1, 4]);
        assert_eq!(info.tensor("x.weight").unwrap().dims, vec![5, 3, 2]);
        assert_eq!(info.tensor("x.weight").unwrap().ty, TensorType::F16);

        // A truncated tensor is reported, not silently accepted.
        std::fs::write(&path, &buf[..buf.len() - 1]).unwrap();
        assert!(inspect(&path).is_err());
    }
}
