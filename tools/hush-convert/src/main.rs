//! The `hush-convert` binary: what `scripts/setup` runs to turn the downloaded CTranslate2 Whisper
//! model into the GGML file whisper.cpp loads. Takes the arguments `hush models convert` took;
//! errors are one line on stderr and hush's exit codes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use hush::Result;
use hush_convert::{convert_ct2_to_ggml_as, TensorType};

/// Convert a CTranslate2 Whisper model.bin into the GGML file whisper.cpp loads.
#[derive(Parser, Debug)]
#[command(name = "hush-convert", version)]
struct Args {
    /// CTranslate2 `model.bin` (float16 WhisperSpec).
    #[arg(long, value_name = "FILE")]
    ct2: PathBuf,
    /// openai-whisper's `mel_filters.npz`.
    #[arg(long, value_name = "FILE")]
    mel: PathBuf,
    /// openai-whisper's `gpt2.tiktoken` (English models) or `multilingual.tiktoken`.
    #[arg(long, value_name = "FILE")]
    tokens: PathBuf,
    /// Where to write the GGML file (replaced atomically).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// How the weight matrices are stored: f16, or q8_0 (8-bit blocks, as whisper.cpp's
    /// `quantize` makes them).
    #[arg(long, value_enum, default_value = "f16")]
    weights: Weights,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Weights {
    F16,
    #[value(name = "q8_0")]
    Q8_0,
}

fn main() -> ExitCode {
    let args: Args = hush::app::parse_args();
    let matrices = match args.weights {
        Weights::F16 => TensorType::F16,
        Weights::Q8_0 => TensorType::Q8_0,
    };
    match convert(&args.ct2, &args.mel, &args.tokens, &args.out, matrices) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hush-convert: {e}");
            code_of(e.exit_code())
        }
    }
}

fn code_of(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

fn convert(ct2: &Path, mel: &Path, tokens: &Path, out: &Path, matrices: TensorType) -> Result<()> {
    let start = Instant::now();
    let r = convert_ct2_to_ggml_as(ct2, mel, tokens, out, matrices)?;
    let h = &r.hparams;
    println!(
        "converted {} -> {} in {:.1}s: {} tensors, {} tokens, {} bytes",
        ct2.display(),
        out.display(),
        start.elapsed().as_secs_f64(),
        r.tensor_count,
        r.n_tokens,
        r.bytes
    );
    println!(
        "hparams: n_vocab={} n_audio_ctx={} n_audio_state={} n_audio_head={} n_audio_layer={} \
         n_text_ctx={} n_text_state={} n_text_head={} n_text_layer={} n_mels={} ftype={}",
        h.n_vocab,
        h.n_audio_ctx,
        h.n_audio_state,
        h.n_audio_head,
        h.n_audio_layer,
        h.n_text_ctx,
        h.n_text_state,
        h.n_text_head,
        h.n_text_layer,
        h.n_mels,
        h.ftype
    );
    println!("sha256: {}", r.sha256);
    Ok(())
}
