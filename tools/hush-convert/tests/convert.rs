//! The installed, converted Whisper model: its GGML layout is what whisper.cpp expects, its
//! bytes are what the manifest pins, and it transcribes a known recording accurately.
//!
//! These tests use the real models under `models/` (of the repository root, two levels above this
//! crate) and fail (rather than skip) when they are missing, so a checkout without `scripts/setup`
//! cannot pass by accident.

use std::path::PathBuf;

use hush_convert::{inspect, TensorType};
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Lower-case words with punctuation stripped.
fn norm_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'')
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Word error rate of `hyp` against `reference` (Levenshtein over words).
fn wer(reference: &str, hyp: &str) -> f64 {
    let r = norm_words(reference);
    let h = norm_words(hyp);
    let mut prev: Vec<usize> = (0..=h.len()).collect();
    for i in 1..=r.len() {
        let mut cur = vec![i; h.len() + 1];
        for j in 1..=h.len() {
            let sub = prev[j - 1] + usize::from(r[i - 1] != h[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[h.len()] as f64 / r.len().max(1) as f64
}

fn installed_tiny_en() -> PathBuf {
    installed("ggml-tiny.en.bin")
}

fn installed(file: &str) -> PathBuf {
    let p = repo().join("models").join(file);
    assert!(
        p.is_file(),
        "{} is missing: run scripts/setup first",
        p.display()
    );
    p
}

#[test]
fn converted_tiny_en_has_whisper_cpp_layout() {
    let path = installed_tiny_en();
    let info = inspect(&path).unwrap();
    let h = info.hparams;
    assert_eq!(
        (
            h.n_vocab,
            h.n_audio_ctx,
            h.n_audio_state,
            h.n_audio_head,
            h.n_audio_layer
        ),
        (51864, 1500, 384, 6, 4)
    );
    assert_eq!(
        (h.n_text_ctx, h.n_text_state, h.n_text_head, h.n_text_layer),
        (448, 384, 6, 4)
    );
    assert_eq!((h.n_mels, h.ftype), (80, 1));
    assert_eq!(info.mel_shape, (80, 201));
    assert_eq!(info.n_tokens, 50256);
    // whisper.cpp's tiny model has exactly 167 tensors and refuses a file with more or fewer.
    assert_eq!(info.tensors.len(), 167);

    let shape = |name: &str| {
        let t = info
            .tensor(name)
            .unwrap_or_else(|| panic!("no tensor {name}"));
        (t.dims.clone(), t.ty)
    };
    // Dims are in GGML order (innermost first).
    assert_eq!(
        shape("encoder.conv1.weight"),
        (vec![3, 80, 384], TensorType::F16)
    );
    assert_eq!(shape("encoder.conv1.bias"), (vec![1, 384], TensorType::F32));
    assert_eq!(
        shape("encoder.positional_embedding"),
        (vec![384, 1500], TensorType::F32)
    );
    assert_eq!(
        shape("decoder.positional_embedding"),
        (vec![384, 448], TensorType::F32)
    );
    assert_eq!(
        shape("decoder.token_embedding.weight"),
        (vec![384, 51864], TensorType::F16)
    );
    assert_eq!(
        shape("encoder.blocks.0.attn.query.weight"),
        (vec![384, 384], TensorType::F16)
    );
    assert_eq!(
        shape("encoder.blocks.3.mlp.0.weight"),
        (vec![384, 1536], TensorType::F16)
    );
    assert_eq!(
        shape("decoder.blocks.3.cross_attn.value.bias"),
        (vec![384], TensorType::F32)
    );
    assert_eq!(shape("decoder.ln.weight"), (vec![384], TensorType::F32));
    assert!(info.tensor("encoder.blocks.0.attn.key.bias").is_none());

    // Conversion is deterministic, so the installed file must be the pinned one.
    let pinned = &hush::models::manifest()
        .artifact("whisper-tiny.en")
        .unwrap()
        .sha256;
    assert_eq!(&hush::models::verify::sha256_file(&path).unwrap(), pinned);
}

/// The q8_0 file is the f16 one with every 2-D matrix but the positional embeddings in 8-bit
/// blocks (what whisper.cpp's `quantize` makes), and is pinned like it.
#[test]
fn converted_tiny_en_q8_0_has_quantized_matrices() {
    let path = installed("ggml-tiny.en-q8_0.bin");
    let q8 = inspect(&path).unwrap();
    let f16 = inspect(&installed_tiny_en()).unwrap();
    assert_eq!(q8.hparams.ftype, 2007);
    assert_eq!(
        hush_convert::Hparams {
            ftype: 1,
            ..q8.hparams
        },
        f16.hparams
    );
    assert_eq!(q8.tensors.len(), f16.tensors.len());
    let mut quantized = 0;
    for (a, b) in q8.tensors.iter().zip(&f16.tensors) {
        assert_eq!((&a.name, &a.dims), (&b.name, &b.dims));
        let want = if b.ty == TensorType::F16 && b.dims.len() == 2 {
            quantized += 1;
            TensorType::Q8_0
        } else {
            b.ty
        };
        assert_eq!(a.ty, want, "{}", a.name);
    }
    // 4 encoder layers x 6 matrices, 4 decoder layers x 10, and the token embedding.
    assert_eq!(quantized, 4 * 6 + 4 * 10 + 1);
    assert_eq!(
        q8.tensor("encoder.conv1.weight").unwrap().ty,
        TensorType::F16
    );
    let pinned = &hush::models::manifest()
        .artifact("whisper-tiny.en-q8_0")
        .unwrap()
        .sha256;
    assert_eq!(&hush::models::verify::sha256_file(&path).unwrap(), pinned);
}

#[test]
fn wer_helper() {
    assert_eq!(wer("a b c d", "A, b. c d!"), 0.0);
    assert_eq!(wer("a b c d", "a x c"), 0.5);
}

#[test]
fn converted_tiny_en_transcribes_jfk() {
    transcribes_jfk(&installed_tiny_en());
}

#[test]
fn converted_tiny_en_q8_0_transcribes_jfk() {
    transcribes_jfk(&installed("ggml-tiny.en-q8_0.bin"));
}

fn transcribes_jfk(model: &std::path::Path) {
    let wav = repo().join("samples/jfk.wav");
    let mut reader =
        hound::WavReader::open(&wav).unwrap_or_else(|e| panic!("{}: {e}", wav.display()));
    let spec = reader.spec();
    assert_eq!(
        (spec.sample_rate, spec.channels, spec.bits_per_sample),
        (16000, 1, 16)
    );
    let samples: Vec<f32> = reader
        .samples::<i16>()
        .map(|s| f32::from(s.unwrap()) / 32768.0)
        .collect();

    let ctx = WhisperContext::new_with_params(
        model.to_str().unwrap(),
        WhisperContextParameters::default(),
    )
    .expect("whisper.cpp loads the converted model");
    let mut state = ctx.create_state().unwrap();
    let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
    params.set_n_threads(2);
    params.set_language(Some("en"));
    params.set_print_progress(false);
    params.set_print_realtime(false);
    params.set_print_special(false);
    params.set_print_timestamps(false);
    state.full(params, &samples).unwrap();
    let transcript: String = state
        .as_iter()
        .map(|s| s.to_str_lossy().unwrap().into_owned())
        .collect();

    let reference = "And so my fellow Americans, ask not what your country can do for you, \
                     ask what you can do for your country.";
    let rate = wer(reference, &transcript);
    assert!(
        rate <= 0.10,
        "WER {rate:.3} > 0.10 for transcript {transcript:?}"
    );
}
