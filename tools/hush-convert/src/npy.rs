//! Just enough of numpy's `.npy` / `.npz` formats to read Whisper's mel filter bank.
//!
//! An `.npz` is a zip of `.npy` members; an `.npy` is a magic string, a version, a length-prefixed
//! Python-dict header (`{'descr': '<f4', 'fortran_order': False, 'shape': (80, 201), }`) and the raw
//! array. We accept little-endian f32 / f64 in C order, which is what openai-whisper ships.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use hush::error::{Error, Result};

/// A parsed `.npy` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NpyHeader {
    pub descr: String,
    pub fortran_order: bool,
    pub shape: Vec<usize>,
    /// Offset of the array data from the start of the `.npy` bytes.
    pub data_offset: usize,
}

/// Parses the header of an in-memory `.npy` file.
pub(crate) fn parse_npy_header(bytes: &[u8]) -> std::result::Result<NpyHeader, String> {
    const MAGIC: &[u8] = b"\x93NUMPY";
    if bytes.len() < 10 || &bytes[..6] != MAGIC {
        return Err("not a .npy file (bad magic)".into());
    }
    let major = bytes[6];
    let (len, start): (usize, usize) = match major {
        1 => (usize::from(u16::from_le_bytes([bytes[8], bytes[9]])), 10),
        2 | 3 => {
            if bytes.len() < 12 {
                return Err("truncated .npy header".into());
            }
            let len = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
            (len as usize, 12)
        }
        v => return Err(format!("unsupported .npy version {v}")),
    };
    let end = start.checked_add(len).filter(|&e| e <= bytes.len());
    let end = end.ok_or("truncated .npy header")?;
    let text = std::str::from_utf8(&bytes[start..end]).map_err(|_| "non-UTF-8 .npy header")?;

    let descr = dict_value(text, "descr")?;
    let descr = descr.trim_matches(|c| c == '\'' || c == '"').to_string();
    let fortran_order = match dict_value(text, "fortran_order")? {
        "True" => true,
        "False" => false,
        other => return Err(format!("bad fortran_order {other:?}")),
    };
    let shape_text = dict_value(text, "shape")?;
    let inner = shape_text
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .ok_or_else(|| format!("bad shape {shape_text:?}"))?;
    let shape = inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<usize>()
                .map_err(|_| format!("bad shape {shape_text:?}"))
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(NpyHeader {
        descr,
        fortran_order,
        shape,
        data_offset: end,
    })
}

/// The raw text of `key`'s value in the header dict: a quoted string, a tuple, or a bare word.
fn dict_value<'a>(text: &'a str, key: &str) -> std::result::Result<&'a str, String> {
    let missing = || format!(".npy header has no {key:?}");
    let at = text
        .find(&format!("'{key}'"))
        .or_else(|| text.find(&format!("\"{key}\"")))
        .ok_or_else(missing)?;
    let rest = &text[at + key.len() + 2..];
    let rest = rest
        .trim_start()
        .strip_prefix(':')
        .ok_or_else(missing)?
        .trim_start();
    let end = match rest.chars().next() {
        Some('(') => rest.find(')').map(|i| i + 1),
        Some(q @ ('\'' | '"')) => rest[1..].find(q).map(|i| i + 2),
        Some(_) => rest.find([',', '}']),
        None => None,
    };
    end.map(|e| rest[..e].trim()).ok_or_else(missing)
}

/// A 2-D f32 matrix in row-major order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Matrix {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f32>,
}

/// Decodes an in-memory `.npy` holding a 2-D little-endian float array.
pub(crate) fn parse_npy_matrix(bytes: &[u8]) -> std::result::Result<Matrix, String> {
    let h = parse_npy_header(bytes)?;
    if h.fortran_order {
        return Err("Fortran-ordered arrays are not supported".into());
    }
    let [rows, cols] = h.shape[..] else {
        return Err(format!("expected a 2-D array, got shape {:?}", h.shape));
    };
    let n = rows.checked_mul(cols).ok_or("array too large")?;
    let body = &bytes[h.data_offset..];
    let data: Vec<f32> = match h.descr.as_str() {
        "<f4" => {
            check_len(body, n, 4)?;
            body.chunks_exact(4)
                .take(n)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        }
        "<f8" => {
            check_len(body, n, 8)?;
            // Narrowing f64 -> f32 is what the Python converter does when it packs "f".
            body.chunks_exact(8)
                .take(n)
                .map(|c| f64::from_le_bytes(c.try_into().expect("8-byte chunk")) as f32)
                .collect()
        }
        d => return Err(format!("unsupported dtype {d:?} (want <f4 or <f8)")),
    };
    Ok(Matrix { rows, cols, data })
}

fn check_len(body: &[u8], n: usize, size: usize) -> std::result::Result<(), String> {
    if body.len() < n * size {
        return Err(format!(
            "array data truncated: {} bytes for {n} values",
            body.len()
        ));
    }
    Ok(())
}

/// Reads array `key` (member `key.npy`) from the `.npz` file at `path` as a 2-D f32 matrix.
pub(crate) fn read_npz_matrix(path: &Path, key: &str) -> Result<Matrix> {
    let bad = |problem: String| Error::input(path, problem);
    let file = File::open(path).map_err(|e| bad(format!("cannot open: {e}")))?;
    let mut zip =
        zip::ZipArchive::new(file).map_err(|e| bad(format!("not an .npz (zip) file: {e}")))?;
    let member = format!("{key}.npy");
    let mut entry = zip
        .by_name(&member)
        .map_err(|_| bad(format!("has no array {key:?}")))?;
    // The filter bank is tens of kilobytes; cap the read so a hostile archive cannot balloon.
    const LIMIT: u64 = 64 << 20;
    if entry.size() > LIMIT {
        return Err(bad(format!("array {key:?} is implausibly large")));
    }
    let mut bytes = Vec::with_capacity(entry.size() as usize);
    (&mut entry)
        .take(LIMIT)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(format!("cannot read array {key:?}: {e}")))?;
    parse_npy_matrix(&bytes).map_err(|p| bad(format!("array {key:?}: {p}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn npy(header: &str, body: &[u8]) -> Vec<u8> {
        let mut h = header.to_string();
        // Pad like numpy does: total header block a multiple of 64 bytes, ending in '\n'.
        while !(10 + h.len() + 1).is_multiple_of(64) {
            h.push(' ');
        }
        h.push('\n');
        let mut v = b"\x93NUMPY\x01\x00".to_vec();
        v.extend_from_slice(&(h.len() as u16).to_le_bytes());
        v.extend_from_slice(h.as_bytes());
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn parses_numpy_header() {
        let bytes = npy(
            "{'descr': '<f4', 'fortran_order': False, 'shape': (80, 201), }",
            &[],
        );
        let h = parse_npy_header(&bytes).unwrap();
        assert_eq!(h.descr, "<f4");
        assert!(!h.fortran_order);
        assert_eq!(h.shape, vec![80, 201]);
        assert_eq!(h.data_offset % 64, 0);
        assert_eq!(h.data_offset, bytes.len());
    }

    #[test]
    fn parses_one_dim_and_scalar_shapes() {
        let h = parse_npy_header(&npy(
            "{'descr': '<f8', 'fortran_order': True, 'shape': (7,), }",
            &[],
        ))
        .unwrap();
        assert_eq!(h.shape, vec![7]);
        assert!(h.fortran_order);
        let h = parse_npy_header(&npy(
            "{'descr': '<i4', 'fortran_order': False, 'shape': (), }",
            &[],
        ))
        .unwrap();
        assert!(h.shape.is_empty());
    }

    #[test]
    fn decodes_f4_and_f8_matrices() {
        let body: Vec<u8> = [1.0f32, 2.0, 3.0, 4.5, 5.0, -6.0]
            .iter()
            .flat_map(|f| f.to_le_bytes())
            .collect();
        let m = parse_npy_matrix(&npy(
            "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
            &body,
        ))
        .unwrap();
        assert_eq!((m.rows, m.cols), (2, 3));
        assert_eq!(m.data, vec![1.0, 2.0, 3.0, 4.5, 5.0, -6.0]);

        let body: Vec<u8> = [0.25f64, -1.0]
            .iter()
            .flat_map(|f| f.to_le_bytes())
            .collect();
        let m = parse_npy_matrix(&npy(
            "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }",
            &body,
        ))
        .unwrap();
        assert_eq!(m.data, vec![0.25, -1.0]);
    }

    #[test]
    fn rejects_bad_input() {
        assert!(parse_npy_header(b"not numpy at all").is_err());
        let short = npy(
            "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }",
            &[0; 8],
        );
        assert!(parse_npy_matrix(&short).unwrap_err().contains("truncated"));
        let f2 = npy(
            "{'descr': '<f2', 'fortran_order': False, 'shape': (1, 1), }",
            &[0; 2],
        );
        assert!(parse_npy_matrix(&f2)
            .unwrap_err()
            .contains("unsupported dtype"));
        let one_d = npy(
            "{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }",
            &[0; 16],
        );
        assert!(parse_npy_matrix(&one_d).unwrap_err().contains("2-D"));
    }
}
