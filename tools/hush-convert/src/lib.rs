//! hush-convert: CTranslate2 → GGML conversion of Whisper models, run by `scripts/setup`.
//!
//! A workspace tool, not shipped in the `hush` binary: it uses only hush's error type, so its
//! failures read (and exit) like hush's own.
//!
//! whisper.cpp loads only its own GGML format, and no package registry ships Whisper in it; what
//! setup can fetch is a CTranslate2 `model.bin` plus openai-whisper's mel filter bank and tiktoken
//! token table. [`convert_ct2_to_ggml`] combines the three into the file whisper.cpp expects,
//! streaming one tensor at a time (peak memory is one chunk plus the index, not the model).
//! Output is a pure function of the inputs: fixed tensor order, exact f16/f32 conversions, no
//! timestamps, so the same inputs give the same sha256 on every machine and the manifest can pin it.

mod ct2;
pub mod ggml;
mod half;
mod names;
mod npy;
mod tiktoken;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufWriter, Write};
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

use ct2::{Ct2Model, DType};
pub use ggml::{file_ftype, inspect, GgmlInfo, Hparams, TensorInfo, TensorType};
use hush::error::{Error, Result};
use names::{layer_index, map_name, split_rows, wants_f32, whisper_tensor_names};

/// What a conversion produced.
#[derive(Debug, Clone, Serialize)]
pub struct ConvertReport {
    pub hparams: Hparams,
    pub tensor_count: usize,
    pub n_tokens: usize,
    pub bytes: u64,
    pub sha256: String,
}

/// English-only Whisper vocabularies use `gpt2.tiktoken` (50256 entries); multilingual ones use
/// `multilingual.tiktoken`, which has more. A mismatch would load but decode to the wrong text.
const ENGLISH_TOKEN_COUNT: usize = 50256;

/// Source bytes streamed per read; keeps memory flat even for the 40 MB token embedding.
const CHUNK_BYTES: usize = 1 << 20;

/// Where one output tensor comes from: rows `rows` of CTranslate2 variable `var`.
struct Source {
    var: String,
    part: usize,
    parts: usize,
}

/// Converts a CTranslate2 Whisper `model.bin` into a GGML file at `out`.
///
/// `mel_npz` is openai-whisper's `mel_filters.npz`; `tiktoken` is its `gpt2.tiktoken` (English
/// models) or `multilingual.tiktoken`. The file is written to a temporary name beside `out` and
/// renamed into place only when complete, so a failed run never leaves a truncated model.
pub fn convert_ct2_to_ggml(
    ct2_model_bin: &Path,
    mel_npz: &Path,
    tiktoken: &Path,
    out: &Path,
) -> Result<ConvertReport> {
    convert_ct2_to_ggml_as(ct2_model_bin, mel_npz, tiktoken, out, TensorType::F16)
}

/// [`convert_ct2_to_ggml`] with the weight matrices stored as `matrices`: `F16`, or `Q8_0` for
/// the file whisper.cpp's `quantize ... q8_0` would make from the f16 one (every 2-D matrix but
/// the positional embeddings; vectors, conv kernels and biases stay as they are). Q8_0 is
/// computed from the source values with ggml's reference rounding, so it is deterministic too.
pub fn convert_ct2_to_ggml_as(
    ct2_model_bin: &Path,
    mel_npz: &Path,
    tiktoken: &Path,
    out: &Path,
    matrices: TensorType,
) -> Result<ConvertReport> {
    if matrices == TensorType::F32 {
        return Err(Error::usage(
            "--weights",
            "f32 matrices are not supported (use f16 or q8_0)",
        ));
    }
    let mut model = Ct2Model::open(ct2_model_bin)?;
    let bad_model = |problem: String| Error::input(ct2_model_bin, problem);
    if model.spec != "WhisperSpec" {
        return Err(bad_model(format!(
            "model spec is {:?}, not a Whisper model",
            model.spec
        )));
    }
    let mut hparams = derive_hparams(&mut model, ct2_model_bin)?;
    hparams.ftype = ggml::file_ftype(matrices);

    // Map every tensor variable, then check the result is exactly the set whisper.cpp loads
    // (it refuses files with unknown or missing tensors, so better to say which here).
    let mut sources: BTreeMap<String, Source> = BTreeMap::new();
    for (name, var) in &model.variables {
        if var.shape.is_empty() {
            continue; // hyperparameter scalars such as num_heads or activation
        }
        for m in map_name(name).map_err(&bad_model)? {
            let src = Source {
                var: name.clone(),
                part: m.part,
                parts: m.parts,
            };
            if sources.insert(m.ggml.clone(), src).is_some() {
                return Err(bad_model(format!("two variables map to tensor {}", m.ggml)));
            }
        }
    }
    let order = whisper_tensor_names(
        hparams.n_audio_layer as usize,
        hparams.n_text_layer as usize,
    );
    let expected: BTreeSet<&str> = order.iter().map(String::as_str).collect();
    if let Some(missing) = order.iter().find(|n| !sources.contains_key(*n)) {
        return Err(bad_model(format!("no variable provides tensor {missing}")));
    }
    if let Some(extra) = sources.keys().find(|n| !expected.contains(n.as_str())) {
        return Err(bad_model(format!(
            "tensor {extra} is not part of a Whisper model"
        )));
    }

    let mel = npy::read_npz_matrix(mel_npz, &format!("mel_{}", hparams.n_mels))?;
    if mel.rows != hparams.n_mels as usize {
        return Err(Error::input(
            mel_npz,
            format!(
                "filter bank has {} rows, model wants {}",
                mel.rows, hparams.n_mels
            ),
        ));
    }

    let text = std::fs::read_to_string(tiktoken)
        .map_err(|e| Error::input(tiktoken, format!("cannot read: {e}")))?;
    let tokens = tiktoken::parse_tiktoken(&text).map_err(|p| Error::input(tiktoken, p))?;
    if tokens.len() >= hparams.n_vocab as usize {
        return Err(Error::input(
            tiktoken,
            format!(
                "{} tokens, but the model's vocabulary has only {}",
                tokens.len(),
                hparams.n_vocab
            ),
        ));
    }
    if hparams.is_multilingual() != (tokens.len() > ENGLISH_TOKEN_COUNT) {
        let want = if hparams.is_multilingual() {
            "multilingual.tiktoken"
        } else {
            "gpt2.tiktoken"
        };
        return Err(Error::input(
            tiktoken,
            format!("wrong token table for this model (use {want})"),
        ));
    }

    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let write_err = |e: std::io::Error| Error::output(out, e.to_string());
    std::fs::create_dir_all(dir).map_err(write_err)?;
    let tmp = tempfile::Builder::new()
        .prefix(".hush-convert-")
        .tempfile_in(dir)
        .map_err(write_err)?;
    let mut w = BufWriter::with_capacity(
        CHUNK_BYTES,
        HashingWriter::new(tmp.as_file().try_clone().map_err(write_err)?),
    );

    ggml::write_header(&mut w, &hparams, (mel.rows, mel.cols, &mel.data), &tokens)
        .map_err(write_err)?;
    let n_tokens = tokens.len();
    drop(mel);
    drop(tokens);

    let mut chunk = vec![0u8; CHUNK_BYTES];
    let mut converted = Vec::with_capacity(CHUNK_BYTES * 2);
    for name in &order {
        let src = &sources[name];
        let var = model.variables[&src.var].clone();
        let rows = split_rows(var.shape[0], src.part, src.parts)
            .map_err(|p| bad_model(format!("{}: {p}", src.var)))?;
        let mut dims: Vec<usize> = std::iter::once(rows.len())
            .chain(var.shape.iter().skip(1).copied())
            .collect();
        if name == "encoder.conv1.bias" || name == "encoder.conv2.bias" {
            dims.push(1); // whisper.cpp broadcasts conv biases as (n, 1)
        }
        let ty = if wants_f32(name, dims.len()) {
            TensorType::F32
        } else if matrices == TensorType::Q8_0 && dims.len() == 2 {
            // ggml quantizes along rows; whisper.cpp's widths are all multiples of 64.
            if !dims[1].is_multiple_of(ggml::Q8_0_BLOCK) {
                return Err(bad_model(format!(
                    "{name}: rows of {} values cannot be quantized in blocks of {}",
                    dims[1],
                    ggml::Q8_0_BLOCK
                )));
            }
            TensorType::Q8_0
        } else {
            TensorType::F16
        };
        ggml::write_tensor_header(&mut w, name, &dims, ty).map_err(write_err)?;

        let esize = var.dtype.size();
        let row_bytes = var.row_elems() * esize;
        let start = var.offset + (rows.start * row_bytes) as u64;
        let total = rows.len() * row_bytes;
        // Chunks hold whole elements (whole q8_0 blocks, which never straddle a row since rows
        // are whole blocks) so each converts independently.
        let unit = if ty == TensorType::Q8_0 {
            esize * ggml::Q8_0_BLOCK
        } else {
            esize
        };
        let step = CHUNK_BYTES - CHUNK_BYTES % unit;
        let mut done = 0;
        while done < total {
            let n = step.min(total - done);
            model.read_at(start + done as u64, &mut chunk[..n])?;
            converted.clear();
            convert_elements(&chunk[..n], var.dtype, ty, &mut converted)
                .map_err(|p| bad_model(format!("{}: {p}", src.var)))?;
            w.write_all(&converted).map_err(write_err)?;
            done += n;
        }
    }

    let hashing = w.into_inner().map_err(|e| write_err(e.into_error()))?;
    let (bytes, sha256) = hashing.finish();
    // Temp files are created 0600; an installed model should be readable like any data file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(write_err)?;
    }
    tmp.as_file().sync_all().map_err(write_err)?;
    tmp.persist(out).map_err(|e| write_err(e.error))?;
    Ok(ConvertReport {
        hparams,
        tensor_count: order.len(),
        n_tokens,
        bytes,
        sha256,
    })
}

/// Reads the hyperparameters: head counts from scalars, the rest from tensor shapes.
fn derive_hparams(model: &mut Ct2Model, path: &Path) -> Result<Hparams> {
    let missing = |name: &str| {
        Error::input(
            path,
            format!("missing variable {name} (is this a Whisper model?)"),
        )
    };
    let shape = |model: &Ct2Model, name: &str, rank: usize| -> Result<Vec<usize>> {
        let v = model.get(name).ok_or_else(|| missing(name))?;
        if v.shape.len() != rank {
            return Err(Error::input(
                path,
                format!(
                    "variable {name} has shape {:?}, expected rank {rank}",
                    v.shape
                ),
            ));
        }
        Ok(v.shape.clone())
    };
    let layers = |model: &Ct2Model, side: &str| -> Result<usize> {
        let found: BTreeSet<usize> = model
            .variables
            .keys()
            .filter_map(|n| layer_index(n, side))
            .collect();
        let n = found.len();
        if n == 0 || found.last() != Some(&(n - 1)) {
            return Err(Error::input(
                path,
                format!("{side} layers are not numbered 0..n: {found:?}"),
            ));
        }
        Ok(n)
    };
    let small = |v: i64, what: &str| -> Result<i32> {
        i32::try_from(v)
            .ok()
            .filter(|&v| v > 0)
            .ok_or_else(|| Error::input(path, format!("implausible {what}: {v}")))
    };
    let as_i32 = |v: usize, what: &str| small(v as i64, what);

    let emb = shape(model, "decoder/embeddings/weight", 2)?;
    let enc_pos = shape(model, "encoder/position_encodings/encodings", 2)?;
    let dec_pos = shape(model, "decoder/position_encodings/encodings", 2)?;
    let conv1 = shape(model, "encoder/conv1/weight", 3)?;
    let n_audio_layer = layers(model, "encoder")?;
    let n_text_layer = layers(model, "decoder")?;
    let n_audio_head = model.scalar_int("encoder/num_heads")?;
    let n_text_head = model.scalar_int("decoder/num_heads")?;

    let hp = Hparams {
        n_vocab: as_i32(emb[0], "vocabulary size")?,
        n_audio_ctx: as_i32(enc_pos[0], "audio context")?,
        n_audio_state: as_i32(enc_pos[1], "audio state")?,
        n_audio_head: small(n_audio_head, "encoder head count")?,
        n_audio_layer: as_i32(n_audio_layer, "encoder layer count")?,
        n_text_ctx: as_i32(dec_pos[0], "text context")?,
        n_text_state: as_i32(dec_pos[1], "text state")?,
        n_text_head: small(n_text_head, "decoder head count")?,
        n_text_layer: as_i32(n_text_layer, "decoder layer count")?,
        n_mels: as_i32(conv1[1], "mel count")?,
        ftype: 1,
    };
    // whisper.cpp asserts this on load; fail here with a readable message instead.
    if hp.n_audio_state != hp.n_text_state || emb[1] != dec_pos[1] {
        return Err(Error::input(
            path,
            "encoder and decoder widths differ".to_string(),
        ));
    }
    Ok(hp)
}

/// Converts little-endian elements of type `from` into `to`, appending to `out`.
fn convert_elements(
    src: &[u8],
    from: DType,
    to: TensorType,
    out: &mut Vec<u8>,
) -> std::result::Result<(), String> {
    let u16s = || {
        src.chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
    };
    let f32s = || {
        src.chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
    };
    if to == TensorType::Q8_0 {
        let mut values = Vec::new();
        convert_elements(src, from, TensorType::F32, &mut values)?;
        let values: Vec<f32> = values
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        quantize_q8_0(&values, out);
        return Ok(());
    }
    match (from, to) {
        (DType::F16, TensorType::F16) | (DType::F32, TensorType::F32) => out.extend_from_slice(src),
        (DType::F16, TensorType::F32) => {
            out.extend(u16s().flat_map(|h| half::f16_to_f32(h).to_le_bytes()))
        }
        (DType::F32, TensorType::F16) => {
            out.extend(f32s().flat_map(|f| half::f32_to_f16(f).to_le_bytes()))
        }
        (DType::BF16, TensorType::F32) => {
            out.extend(u16s().flat_map(|b| half::bf16_to_f32(b).to_le_bytes()))
        }
        (DType::BF16, TensorType::F16) => {
            out.extend(u16s().flat_map(|b| half::f32_to_f16(half::bf16_to_f32(b)).to_le_bytes()))
        }
        (_, TensorType::Q8_0) => unreachable!("handled above"),
        (DType::I8 | DType::I16 | DType::I32, _) => {
            return Err(format!(
                "{from:?} weights (a quantized model) are not supported; use a float16 model"
            ))
        }
    }
    Ok(())
}

/// ggml's `quantize_row_q8_0_ref`: per block of 32, scale `d = max|x| / 127` (stored as f16) and
/// `round(x / d)` as i8 (`roundf`: halves away from zero, as Rust's `round`). `values.len()`
/// must be a multiple of 32 (the caller's chunks and rows are).
fn quantize_q8_0(values: &[f32], out: &mut Vec<u8>) {
    debug_assert!(values.len().is_multiple_of(ggml::Q8_0_BLOCK));
    for block in values.chunks_exact(ggml::Q8_0_BLOCK) {
        let amax = block.iter().fold(0.0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&half::f32_to_f16(d).to_le_bytes());
        // `as i8` saturates; |x * id| <= 127 up to rounding, so nothing is clipped in practice.
        out.extend(block.iter().map(|v| ((v * id).round() as i8) as u8));
    }
}

/// Counts and hashes bytes on their way to the file, so the report's sha256 costs no re-read.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W> HashingWriter<W> {
    fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            bytes: 0,
        }
    }
    fn finish(self) -> (u64, String) {
        (self.bytes, hex::encode(self.hasher.finalize()))
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;
    use std::path::PathBuf;

    #[test]
    fn element_conversions() {
        let mut out = Vec::new();
        convert_elements(
            &0x3c00u16.to_le_bytes(),
            DType::F16,
            TensorType::F32,
            &mut out,
        )
        .unwrap();
        assert_eq!(out, 1.0f32.to_le_bytes());
        out.clear();
        convert_elements(
            &(-2.0f32).to_le_bytes(),
            DType::F32,
            TensorType::F16,
            &mut out,
        )
        .unwrap();
        assert_eq!(out, 0xc000u16.to_le_bytes());
        out.clear();
        convert_elements(
            &0x3f80u16.to_le_bytes(),
            DType::BF16,
            TensorType::F16,
            &mut out,
        )
        .unwrap();
        assert_eq!(out, 0x3c00u16.to_le_bytes());
        assert!(convert_elements(&[1], DType::I8, TensorType::F16, &mut out).is_err());
    }

    /// A miniature one-layer Whisper in CTranslate2 form (`state` wide, the feed-forward
    /// layer twice that) with its mel filters and a 5-token English table, written into `dir`:
    /// the paths of the model, the filters and the tokens.
    fn synthetic_inputs(dir: &Path, state: u32) -> (PathBuf, PathBuf, PathBuf) {
        let (vocab, mels, ctx_a, ctx_t, ffn) = (6u32, 2u32, 3u32, 2u32, 2 * state);
        let f16 = |n: u32, v: f32| -> Vec<u8> {
            (0..n)
                .flat_map(|_| half::f32_to_f16(v).to_le_bytes())
                .collect()
        };
        let mut vars: Vec<(String, Vec<u32>, u8, Vec<u8>)> = vec![
            (
                "encoder/num_heads".into(),
                vec![],
                2,
                2i16.to_le_bytes().to_vec(),
            ),
            (
                "decoder/num_heads".into(),
                vec![],
                2,
                2i16.to_le_bytes().to_vec(),
            ),
            (
                "decoder/embeddings/weight".into(),
                vec![vocab, state],
                4,
                f16(vocab * state, 0.5),
            ),
            (
                "encoder/position_encodings/encodings".into(),
                vec![ctx_a, state],
                4,
                f16(ctx_a * state, 1.0),
            ),
            (
                "decoder/position_encodings/encodings".into(),
                vec![ctx_t, state],
                4,
                f16(ctx_t * state, 1.0),
            ),
            (
                "encoder/conv1/weight".into(),
                vec![state, mels, 3],
                4,
                f16(state * mels * 3, 1.0),
            ),
            ("encoder/conv1/bias".into(), vec![state], 4, f16(state, 1.0)),
            (
                "encoder/conv2/weight".into(),
                vec![state, state, 3],
                4,
                f16(state * state * 3, 1.0),
            ),
            ("encoder/conv2/bias".into(), vec![state], 4, f16(state, 1.0)),
        ];
        let mut ln = |prefix: &str| {
            vars.push((format!("{prefix}/gamma"), vec![state], 4, f16(state, 1.0)));
            vars.push((format!("{prefix}/beta"), vec![state], 4, f16(state, 0.0)));
        };
        ln("encoder/layer_norm");
        ln("decoder/layer_norm");
        for side in ["encoder", "decoder"] {
            ln(&format!("{side}/layer_0/self_attention/layer_norm"));
            ln(&format!("{side}/layer_0/ffn/layer_norm"));
        }
        ln("decoder/layer_0/attention/layer_norm");
        let mut lin = |name: String, rows: u32, cols: u32| {
            vars.push((
                format!("{name}/weight"),
                vec![rows, cols],
                4,
                f16(rows * cols, 0.25),
            ));
            vars.push((format!("{name}/bias"), vec![rows], 4, f16(rows, 0.125)));
        };
        for side in ["encoder", "decoder"] {
            lin(
                format!("{side}/layer_0/self_attention/linear_0"),
                3 * state,
                state,
            );
            lin(
                format!("{side}/layer_0/self_attention/linear_1"),
                state,
                state,
            );
            lin(format!("{side}/layer_0/ffn/linear_0"), ffn, state);
            lin(format!("{side}/layer_0/ffn/linear_1"), state, ffn);
        }
        lin("decoder/layer_0/attention/linear_0".into(), state, state);
        lin(
            "decoder/layer_0/attention/linear_1".into(),
            2 * state,
            state,
        );
        lin("decoder/layer_0/attention/linear_2".into(), state, state);
        let refs: Vec<(&str, &[u32], u8, Vec<u8>)> = vars
            .iter()
            .map(|(n, s, c, d)| (n.as_str(), s.as_slice(), *c, d.clone()))
            .collect();
        let ct2_path = dir.join("model.bin");
        std::fs::write(
            &ct2_path,
            ct2::tests::build(
                &refs,
                &[("decoder/projection/weight", "decoder/embeddings/weight")],
            ),
        )
        .unwrap();

        // mel_2 filter bank (2 x 3) in an .npz, and a 5-token English table.
        let npz_path = dir.join("mel.npz");
        {
            let mut z = zip::ZipWriter::new(File::create(&npz_path).unwrap());
            z.start_file("mel_2.npy", zip::write::SimpleFileOptions::default())
                .unwrap();
            let mut h = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }".to_string();
            while !(10 + h.len() + 1).is_multiple_of(64) {
                h.push(' ');
            }
            h.push('\n');
            z.write_all(b"\x93NUMPY\x01\x00").unwrap();
            z.write_all(&(h.len() as u16).to_le_bytes()).unwrap();
            z.write_all(h.as_bytes()).unwrap();
            for f in [0.0f32, 1.0, 2.0, 3.0, 4.0, 5.0] {
                z.write_all(&f.to_le_bytes()).unwrap();
            }
            z.finish().unwrap();
        }
        let tok_path = dir.join("gpt2.tiktoken");
        std::fs::write(&tok_path, "IQ== 0\nIg== 1\nIw== 2\nJA== 3\nJQ== 4\n").unwrap();
        (ct2_path, npz_path, tok_path)
    }

    /// The miniature model converted end to end.
    #[test]
    fn converts_a_tiny_synthetic_model() {
        let dir = tempfile::tempdir().unwrap();
        let (ct2_path, npz_path, tok_path) = synthetic_inputs(dir.path(), 4);

        let out = dir.path().join("sub").join("ggml.bin");
        let report = convert_ct2_to_ggml(&ct2_path, &npz_path, &tok_path, &out).unwrap();
        assert_eq!(report.tensor_count, 7 + 15 + 4 + 24);
        assert_eq!(report.hparams.n_audio_head, 2);
        assert_eq!(report.hparams.n_mels, 2);
        assert_eq!(report.bytes, std::fs::metadata(&out).unwrap().len());

        let info = inspect(&out).unwrap();
        assert_eq!(info.hparams, report.hparams);
        assert_eq!(info.n_tokens, 5);
        assert_eq!(info.tensors.len(), report.tensor_count);
        let t = |n: &str| info.tensor(n).unwrap().clone();
        assert_eq!(t("encoder.blocks.0.attn.key.weight").dims, vec![4, 4]);
        assert_eq!(t("decoder.blocks.0.cross_attn.value.bias").dims, vec![4]);
        assert_eq!(t("encoder.conv1.bias").dims, vec![1, 4]);
        assert_eq!(t("encoder.conv1.bias").ty, TensorType::F32);
        assert_eq!(t("encoder.conv1.weight").dims, vec![3, 2, 4]);
        assert_eq!(t("encoder.conv1.weight").ty, TensorType::F16);
        assert!(info.tensor("encoder.blocks.0.attn.key.bias").is_none());

        // Deterministic: a second run gives identical bytes; no temp files are left behind.
        let again = dir.path().join("again.bin");
        let report2 = convert_ct2_to_ggml(&ct2_path, &npz_path, &tok_path, &again).unwrap();
        assert_eq!(report.sha256, report2.sha256);
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&again).unwrap());
        assert_eq!(
            std::fs::read_dir(dir.path().join("sub")).unwrap().count(),
            1
        );

        // The multilingual table is refused for an English model.
        let ml = dir.path().join("multilingual.tiktoken");
        let many: String = (0..=ENGLISH_TOKEN_COUNT)
            .map(|i| format!("IQ== {i}\n"))
            .collect();
        std::fs::write(&ml, many).unwrap();
        let err = convert_ct2_to_ggml(&ct2_path, &npz_path, &ml, &again)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("tokens") || err.contains("token table"),
            "{err}"
        );

        // Rows of 4 cannot be cut into q8_0 blocks of 32: refused, naming the tensor.
        let err = convert_ct2_to_ggml_as(&ct2_path, &npz_path, &tok_path, &again, TensorType::Q8_0)
            .unwrap_err()
            .to_string();
        assert!(err.contains("blocks of 32"), "{err}");
    }

    /// With q8_0 matrices: every 2-D matrix but the positional embeddings is quantized, the
    /// header says so, and the output is deterministic.
    #[test]
    fn converts_a_synthetic_model_to_q8_0() {
        let dir = tempfile::tempdir().unwrap();
        let (ct2_path, npz_path, tok_path) = synthetic_inputs(dir.path(), 32);
        let out = dir.path().join("q8.bin");
        let report =
            convert_ct2_to_ggml_as(&ct2_path, &npz_path, &tok_path, &out, TensorType::Q8_0)
                .unwrap();
        assert_eq!(report.hparams.ftype, 2007);
        let info = inspect(&out).unwrap();
        assert_eq!(info.hparams.ftype, 2007);
        let ty = |n: &str| info.tensor(n).unwrap().ty;
        assert_eq!(ty("encoder.blocks.0.attn.key.weight"), TensorType::Q8_0);
        assert_eq!(ty("decoder.token_embedding.weight"), TensorType::Q8_0);
        assert_eq!(ty("decoder.blocks.0.mlp.2.weight"), TensorType::Q8_0);
        assert_eq!(ty("encoder.positional_embedding"), TensorType::F32);
        assert_eq!(ty("encoder.conv1.weight"), TensorType::F16);
        assert_eq!(ty("encoder.conv1.bias"), TensorType::F32);
        assert_eq!(ty("decoder.ln.weight"), TensorType::F32);
        let bytes = std::fs::read(&out).unwrap();
        let f16 = dir.path().join("f16.bin");
        let plain = convert_ct2_to_ggml(&ct2_path, &npz_path, &tok_path, &f16).unwrap();
        assert!(report.bytes < plain.bytes);
        let again = dir.path().join("again.bin");
        let report2 =
            convert_ct2_to_ggml_as(&ct2_path, &npz_path, &tok_path, &again, TensorType::Q8_0)
                .unwrap();
        assert_eq!(report.sha256, report2.sha256);
        assert_eq!(bytes, std::fs::read(&again).unwrap());
    }

    #[test]
    fn q8_0_blocks_follow_ggml_reference_rounding() {
        let mut out = Vec::new();
        // Max 127 gives scale 1: values kept, halves rounded away from zero.
        let mut block: Vec<f32> = (0..32).map(|i| i as f32 - 16.0).collect();
        block[0] = 127.0;
        block[1] = -2.5;
        block[2] = 2.5;
        quantize_q8_0(&block, &mut out);
        assert_eq!(out.len(), ggml::Q8_0_BLOCK_BYTES);
        assert_eq!(u16::from_le_bytes([out[0], out[1]]), half::f32_to_f16(1.0));
        let q: Vec<i8> = out[2..].iter().map(|&b| b as i8).collect();
        assert_eq!(&q[..4], &[127, -3, 3, -13]);
        assert_eq!(q[31], 15);
        // A zero block has scale 0 and all-zero values; the scale of -0.5 is 0.5/127.
        out.clear();
        quantize_q8_0(&[0.0; 32], &mut out);
        assert!(out.iter().all(|&b| b == 0));
        out.clear();
        let mut small = [0.0f32; 32];
        small[5] = -0.5;
        small[6] = 0.25;
        quantize_q8_0(&small, &mut out);
        assert_eq!(
            u16::from_le_bytes([out[0], out[1]]),
            half::f32_to_f16(0.5 / 127.0)
        );
        assert_eq!(out[2 + 5] as i8, -127);
        assert!((63..=64).contains(&(out[2 + 6] as i8)));
        // Through convert_elements from f16 source values.
        out.clear();
        let src: Vec<u8> = block
            .iter()
            .flat_map(|&v| half::f32_to_f16(v).to_le_bytes())
            .collect();
        convert_elements(&src, DType::F16, TensorType::Q8_0, &mut out).unwrap();
        let mut direct = Vec::new();
        quantize_q8_0(&block, &mut direct);
        assert_eq!(out, direct);
    }
}
