//! Where whisper.cpp runs: `--gpu auto|off|N` resolved against what this binary was built with
//! (`--features cuda`, see README "GPU build") and the devices ggml finds at run time.
//!
//! whisper.cpp itself falls back to the CPU silently when asked for a GPU it cannot find (and
//! silently takes GPU 0 when asked for one that does not exist), so the choice is made here,
//! before the model loads: `auto` falls back with one warning, a numbered GPU that is not there
//! is an error, never a quiet substitute.

use std::fmt;
use std::str::FromStr;
use std::sync::{Once, OnceLock};

use crate::error::{Error, Result};

/// Whether this binary was built with whisper.cpp's CUDA backend.
pub const CUDA_BUILT: bool = cfg!(feature = "cuda");

/// The `--gpu` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gpu {
    /// The first GPU when there is one (CUDA builds), else the CPU.
    #[default]
    Auto,
    /// The CPU, even where a GPU is present.
    Off,
    /// This GPU (0-based, as ggml numbers them); an error when it is not there.
    Device(usize),
}

impl FromStr for Gpu {
    type Err = String;
    fn from_str(s: &str) -> Result<Gpu, String> {
        match s.trim() {
            "auto" => Ok(Gpu::Auto),
            "off" => Ok(Gpu::Off),
            n => n
                .parse()
                .map(Gpu::Device)
                .map_err(|_| format!("{s:?} is not auto, off or a GPU number (0, 1, ...)")),
        }
    }
}

impl fmt::Display for Gpu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Gpu::Auto => f.write_str("auto"),
            Gpu::Off => f.write_str("off"),
            Gpu::Device(n) => write!(f, "{n}"),
        }
    }
}

/// `--gpu` value parser.
pub fn parse_gpu(s: &str) -> Result<Gpu, String> {
    s.parse()
}

/// The GPUs ggml can use in this process (0 in a CPU build, and in a CUDA build without a driver
/// or device). Probed once: the first call initialises the CUDA runtime.
pub fn gpu_count() -> usize {
    static COUNT: OnceLock<usize> = OnceLock::new();
    *COUNT.get_or_init(|| {
        // ggml's CUDA backend reports a failed probe (no driver: cudaGetDeviceCount fails)
        // through its log callback; route that away from stderr first, as for model loading.
        whisper_rs::install_logging_hooks();
        // SAFETY: the ggml backend registry is a process-wide singleton that ggml initialises
        // on first use (thread-safe static); these calls only read it, and `i` stays below the
        // count it reports.
        unsafe {
            (0..whisper_rs_sys::ggml_backend_dev_count())
                .map(|i| {
                    whisper_rs_sys::ggml_backend_dev_type(whisper_rs_sys::ggml_backend_dev_get(i))
                })
                .filter(|&t| {
                    t == whisper_rs_sys::ggml_backend_dev_type_GGML_BACKEND_DEVICE_TYPE_GPU
                        || t == whisper_rs_sys::ggml_backend_dev_type_GGML_BACKEND_DEVICE_TYPE_IGPU
                })
                .count()
        }
    })
}

/// The GPU whisper.cpp should use for `choice` (`None`: the CPU), given `found` GPUs.
/// `Auto` without a GPU in a CUDA build warns once per process: the user built for a GPU and
/// should know it is not being used.
pub fn resolve(choice: Gpu, found: usize) -> Result<Option<usize>> {
    match choice {
        Gpu::Off => Ok(None),
        Gpu::Auto if found > 0 => Ok(Some(0)),
        Gpu::Auto => {
            if CUDA_BUILT {
                static WARNED: Once = Once::new();
                WARNED.call_once(|| {
                    tracing::warn!(
                        "--gpu auto: no CUDA GPU found (no NVIDIA driver or device); transcribing on the CPU"
                    )
                });
            }
            Ok(None)
        }
        Gpu::Device(n) if !CUDA_BUILT => Err(Error::usage(
            format!("--gpu {n}"),
            "this hush was built without CUDA (scripts/setup --cuda builds one); use --gpu auto or off",
        )),
        Gpu::Device(n) if n >= found => Err(Error::usage(
            format!("--gpu {n}"),
            format!("no such GPU: {found} CUDA GPU(s) found"),
        )),
        Gpu::Device(n) => Ok(Some(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_auto_off_and_numbers() {
        assert_eq!(parse_gpu("auto"), Ok(Gpu::Auto));
        assert_eq!(parse_gpu("off"), Ok(Gpu::Off));
        assert_eq!(parse_gpu("1"), Ok(Gpu::Device(1)));
        assert!(parse_gpu("-1").is_err());
        assert!(parse_gpu("cuda").is_err());
        assert_eq!(Gpu::Device(3).to_string(), "3");
    }

    #[test]
    fn off_and_auto_without_a_gpu_run_on_the_cpu() {
        assert_eq!(resolve(Gpu::Off, 2).unwrap(), None);
        assert_eq!(resolve(Gpu::Auto, 0).unwrap(), None);
        assert_eq!(resolve(Gpu::Auto, 2).unwrap(), Some(0));
    }

    #[test]
    fn a_numbered_gpu_that_is_not_there_is_a_usage_error() {
        let e = resolve(Gpu::Device(0), 0).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        assert!(e.to_string().starts_with("--gpu 0: "), "{e}");
        if CUDA_BUILT {
            assert_eq!(resolve(Gpu::Device(1), 2).unwrap(), Some(1));
        }
    }

    #[test]
    fn a_cpu_build_finds_no_gpu() {
        if !CUDA_BUILT {
            assert_eq!(gpu_count(), 0);
        }
    }
}
