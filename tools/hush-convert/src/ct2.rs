//! Index reader for CTranslate2 `model.bin` files (format version 6).
//!
//! Layout (all little-endian): u32 version, string spec name, u32 spec revision, u32 variable
//! count, then per variable: string name, u8 rank, u32 dims[rank], u8 dtype, u32 byte count,
//! data; then u32 alias count and (alias, target) string pairs. Strings are a u16 length that
//! includes a trailing NUL, then the bytes.
//!
//! Opening a model only records where each variable's data lies, so the converter can stream
//! one tensor (or one row range of a fused tensor) at a time instead of loading the whole model.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use hush::error::{Error, Result};

/// CTranslate2's element types, by their on-disk code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    BF16,
}

impl DType {
    fn from_code(code: u8) -> Option<DType> {
        Some(match code {
            0 => DType::F32,
            1 => DType::I8,
            2 => DType::I16,
            3 => DType::I32,
            4 => DType::F16,
            5 => DType::BF16,
            _ => return None,
        })
    }

    pub(crate) fn size(self) -> usize {
        match self {
            DType::I8 => 1,
            DType::I16 | DType::F16 | DType::BF16 => 2,
            DType::F32 | DType::I32 => 4,
        }
    }
}

/// Where one variable lives in the file.
#[derive(Debug, Clone)]
pub(crate) struct Variable {
    pub shape: Vec<usize>,
    pub dtype: DType,
    /// Byte offset of the data from the start of the file.
    pub offset: u64,
}

impl Variable {
    /// Elements per row (the product of all dims but the first; 1 for vectors and scalars).
    pub(crate) fn row_elems(&self) -> usize {
        self.shape.iter().skip(1).product()
    }
}

/// An opened CTranslate2 model: its variable index plus a handle to read data from.
pub(crate) struct Ct2Model {
    path: PathBuf,
    reader: BufReader<File>,
    pub spec: String,
    pub variables: BTreeMap<String, Variable>,
    pub aliases: BTreeMap<String, String>,
}

const SUPPORTED_VERSION: u32 = 6;

impl Ct2Model {
    pub(crate) fn open(path: &Path) -> Result<Ct2Model> {
        let bad = |problem: String| Error::input(path, problem);
        let file = File::open(path).map_err(|e| bad(format!("cannot open: {e}")))?;
        let file_len = file
            .metadata()
            .map_err(|e| bad(format!("cannot stat: {e}")))?
            .len();
        let mut r = IndexReader {
            inner: BufReader::with_capacity(1 << 20, file),
            pos: 0,
        };
        let truncated =
            |e: std::io::Error| bad(format!("not a CTranslate2 model (truncated header: {e})"));

        let version = r.u32().map_err(truncated)?;
        if version != SUPPORTED_VERSION {
            return Err(bad(format!(
                "unsupported CTranslate2 model format version {version} (expected {SUPPORTED_VERSION})"
            )));
        }
        let spec = r.string().map_err(truncated)?;
        let _revision = r.u32().map_err(truncated)?;
        let count = r.u32().map_err(truncated)?;

        let mut variables = BTreeMap::new();
        for _ in 0..count {
            let name = r.string().map_err(truncated)?;
            let rank = r.u8().map_err(truncated)?;
            if rank > 8 {
                return Err(bad(format!("variable {name}: implausible rank {rank}")));
            }
            let mut shape = Vec::with_capacity(usize::from(rank));
            for _ in 0..rank {
                shape.push(r.u32().map_err(truncated)? as usize);
            }
            let code = r.u8().map_err(truncated)?;
            let dtype = DType::from_code(code)
                .ok_or_else(|| bad(format!("variable {name}: unknown data type code {code}")))?;
            let nbytes = u64::from(r.u32().map_err(truncated)?);
            let elems = shape
                .iter()
                .try_fold(1u64, |acc, &d| acc.checked_mul(d as u64));
            if elems.and_then(|n| n.checked_mul(dtype.size() as u64)) != Some(nbytes) {
                return Err(bad(format!(
                    "variable {name}: {nbytes} bytes do not match shape {shape:?} of {dtype:?}"
                )));
            }
            let offset = r.pos;
            if offset + nbytes > file_len {
                return Err(bad(format!(
                    "variable {name}: data runs past the end of the file"
                )));
            }
            r.skip(nbytes).map_err(truncated)?;
            if variables
                .insert(
                    name.clone(),
                    Variable {
                        shape,
                        dtype,
                        offset,
                    },
                )
                .is_some()
            {
                return Err(bad(format!("variable {name} appears twice")));
            }
        }

        let mut aliases = BTreeMap::new();
        // Older writers may end the file right after the variables.
        if r.pos < file_len {
            let n = r.u32().map_err(truncated)?;
            for _ in 0..n {
                let alias = r.string().map_err(truncated)?;
                let target = r.string().map_err(truncated)?;
                aliases.insert(alias, target);
            }
        }
        Ok(Ct2Model {
            path: path.to_path_buf(),
            reader: r.inner,
            spec,
            variables,
            aliases,
        })
    }

    /// The variable called `name`, following an alias if it is one.
    pub(crate) fn get(&self, name: &str) -> Option<&Variable> {
        let name = self.aliases.get(name).map_or(name, String::as_str);
        self.variables.get(name)
    }

    /// Reads an integer scalar (CTranslate2 stores hyperparameters such as `num_heads` this way).
    pub(crate) fn scalar_int(&mut self, name: &str) -> Result<i64> {
        let var = self
            .get(name)
            .cloned()
            .ok_or_else(|| Error::input(&self.path, format!("missing variable {name}")))?;
        if !var.shape.is_empty() && var.shape.iter().product::<usize>() != 1 {
            return Err(Error::input(
                &self.path,
                format!("variable {name} is not a scalar"),
            ));
        }
        let mut buf = [0u8; 4];
        let n = var.dtype.size();
        self.read_at(var.offset, &mut buf[..n])?;
        Ok(match var.dtype {
            DType::I8 => i64::from(buf[0] as i8),
            DType::I16 => i64::from(i16::from_le_bytes([buf[0], buf[1]])),
            DType::I32 => i64::from(i32::from_le_bytes(buf)),
            other => {
                return Err(Error::input(
                    &self.path,
                    format!("variable {name}: {other:?} is not an integer"),
                ))
            }
        })
    }

    /// Fills `buf` with the bytes at absolute file offset `offset`.
    pub(crate) fn read_at(&mut self, offset: u64, buf: &mut [u8]) -> Result<()> {
        self.reader
            .seek(SeekFrom::Start(offset))
            .and_then(|_| self.reader.read_exact(buf))
            .map_err(|e| Error::input(&self.path, format!("cannot read model data: {e}")))
    }
}

/// Sequential reader that tracks its byte position without asking the OS.
struct IndexReader {
    inner: BufReader<File>,
    pos: u64,
}

impl IndexReader {
    fn bytes<const N: usize>(&mut self) -> std::io::Result<[u8; N]> {
        let mut b = [0u8; N];
        self.inner.read_exact(&mut b)?;
        self.pos += N as u64;
        Ok(b)
    }
    fn u8(&mut self) -> std::io::Result<u8> {
        Ok(self.bytes::<1>()?[0])
    }
    fn u32(&mut self) -> std::io::Result<u32> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }
    fn string(&mut self) -> std::io::Result<String> {
        let len = usize::from(u16::from_le_bytes(self.bytes()?));
        let mut b = vec![0u8; len];
        self.inner.read_exact(&mut b)?;
        self.pos += len as u64;
        if b.last() == Some(&0) {
            b.pop();
        }
        String::from_utf8(b)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "non-UTF-8 name"))
    }
    fn skip(&mut self, n: u64) -> std::io::Result<()> {
        let n_i64 = i64::try_from(n).map_err(|_| std::io::Error::other("skip too large"))?;
        self.inner.seek_relative(n_i64)?;
        self.pos += n;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Builds a CTranslate2 v6 file in memory: (name, shape, dtype code, data bytes).
    pub(crate) fn build(vars: &[(&str, &[u32], u8, Vec<u8>)], aliases: &[(&str, &str)]) -> Vec<u8> {
        fn string(out: &mut Vec<u8>, s: &str) {
            out.extend_from_slice(&((s.len() + 1) as u16).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
            out.push(0);
        }
        let mut out = Vec::new();
        out.extend_from_slice(&6u32.to_le_bytes());
        string(&mut out, "WhisperSpec");
        out.extend_from_slice(&3u32.to_le_bytes());
        out.extend_from_slice(&(vars.len() as u32).to_le_bytes());
        for (name, shape, code, data) in vars {
            string(&mut out, name);
            out.push(shape.len() as u8);
            for d in *shape {
                out.extend_from_slice(&d.to_le_bytes());
            }
            out.push(*code);
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(data);
        }
        out.extend_from_slice(&(aliases.len() as u32).to_le_bytes());
        for (a, t) in aliases {
            string(&mut out, a);
            string(&mut out, t);
        }
        out
    }

    #[test]
    fn indexes_variables_scalars_and_aliases() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.bin");
        let bytes = build(
            &[
                ("decoder/num_heads", &[], 2, 6i16.to_le_bytes().to_vec()),
                ("decoder/embeddings/weight", &[2, 3], 4, vec![1; 12]),
            ],
            &[("decoder/projection/weight", "decoder/embeddings/weight")],
        );
        std::fs::write(&path, &bytes).unwrap();
        let mut m = Ct2Model::open(&path).unwrap();
        assert_eq!(m.spec, "WhisperSpec");
        assert_eq!(m.scalar_int("decoder/num_heads").unwrap(), 6);
        let emb = m.get("decoder/projection/weight").unwrap().clone();
        assert_eq!(emb.shape, vec![2, 3]);
        assert_eq!(emb.dtype, DType::F16);
        assert_eq!(emb.row_elems(), 3);
        let mut buf = [0u8; 12];
        m.read_at(emb.offset, &mut buf).unwrap();
        assert_eq!(buf, [1; 12]);
    }

    #[test]
    fn rejects_wrong_version_and_size_mismatch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.bin");
        let mut bytes = build(&[], &[]);
        bytes[0] = 5;
        std::fs::write(&path, &bytes).unwrap();
        let err = Ct2Model::open(&path).err().unwrap().to_string();
        assert!(err.contains("version 5"), "{err}");

        std::fs::write(&path, build(&[("x", &[4], 4, vec![0; 6])], &[])).unwrap();
        let err = Ct2Model::open(&path).err().unwrap().to_string();
        assert!(err.contains("do not match"), "{err}");

        let mut truncated = build(&[("x", &[4], 4, vec![0; 8])], &[]);
        truncated.truncate(truncated.len() - 8);
        std::fs::write(&path, &truncated).unwrap();
        assert!(Ct2Model::open(&path).is_err());
    }
}
