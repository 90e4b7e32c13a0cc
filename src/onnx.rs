//! The one ONNX Runtime environment of the process, shared by every ONNX model hush runs (the
//! NER model in `detect`, the voice-activity detector in `transcribe`).
//!
//! ONNX Runtime is loaded dynamically from the pinned library that setup installs (never
//! downloaded at run time) and allows one environment per process, so it lives here, below
//! both users, rather than in either of them.

use std::path::Path;
use std::sync::OnceLock;

use ort::environment::Environment;
use ort::session::builder::GraphOptimizationLevel;
use ort::session::Session;

use crate::error::{Error, Result};

static ENVIRONMENT: OnceLock<std::result::Result<Environment, String>> = OnceLock::new();

/// The process's ONNX Runtime environment, loading the library at `lib` the first time. Later
/// calls return the same environment whatever `lib` they pass (the library cannot be swapped
/// once loaded).
pub fn environment(lib: &Path) -> Result<&'static Environment> {
    ENVIRONMENT
        .get_or_init(|| {
            // No telemetry store or events: the env-var opt-out must precede loading the
            // library, the API switch covers the environment (see the models module).
            crate::models::disable_onnxruntime_telemetry();
            ort::init_from(lib)
                .map_err(|e| format!("cannot load ONNX Runtime from {}: {e}", lib.display()))?
                .with_name("hush")
                .with_telemetry(false)
                .build()
                .map_err(|e| format!("cannot start ONNX Runtime: {e}"))
        })
        .as_ref()
        .map_err(|e| Error::model("onnxruntime", e.clone()))
}

/// Where a session's model comes from.
pub enum ModelBytes<'a> {
    /// A file ONNX Runtime reads itself.
    File(&'a Path),
    /// Bytes already read and checked against the manifest (nothing can change in between).
    Verified { path: &'a Path, bytes: &'a [u8] },
}

/// A session over `model` (artifact `id`, for errors) on one thread that never spins: hush's
/// ONNX models share the machine with whisper.cpp, whose own threads spin-wait, and
/// oversubscribing cores slows both by orders of magnitude.
pub fn single_thread_session(lib: &Path, id: &str, model: ModelBytes<'_>) -> Result<Session> {
    let env = environment(lib)?;
    let path = match model {
        ModelBytes::File(p) | ModelBytes::Verified { path: p, .. } => p,
    };
    let err = |e: ort::Error| Error::model(id, format!("{}: {e}", path.display()));
    let mut builder = Session::builder(env)
        .map_err(err)?
        .with_optimization_level(GraphOptimizationLevel::Level3)
        .map_err(|e| err(e.into()))?
        .with_intra_threads(1)
        .map_err(|e| err(e.into()))?
        .with_inter_threads(1)
        .map_err(|e| err(e.into()))?
        .with_intra_op_spinning(false)
        .map_err(|e| err(e.into()))?;
    match model {
        ModelBytes::File(p) => builder.commit_from_file(p),
        ModelBytes::Verified { bytes, .. } => builder.commit_from_memory(bytes),
    }
    .map_err(err)
}
