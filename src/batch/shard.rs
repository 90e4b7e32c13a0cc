//! `--shard K/N`: which inputs this process takes when N processes split one job with no
//! coordination. An input belongs to shard `sha256(mirrored relative path) mod N` (the first
//! 8 bytes of the digest, big-endian): the same on every machine and every run, unlike Rust's
//! randomized hasher, and independent of the order in which directories were listed.
//!
//! The shard can also come from the job engine: a Kubernetes Indexed Job
//! (`JOB_COMPLETION_INDEX`, with the count in `HUSH_SHARD_COUNT`, which Kubernetes does not set)
//! or a Slurm job array (`(SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP`
//! of `SLURM_ARRAY_TASK_COUNT`).

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The variable that carries the shard count in a Kubernetes Indexed Job (set it to the Job's
/// `completions`).
pub const SHARD_COUNT_VAR: &str = "HUSH_SHARD_COUNT";

/// Shard `index` of `count` (0 <= index < count).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// Parses `K/N`.
    pub fn parse(s: &str) -> std::result::Result<Shard, String> {
        let bad = || format!("{s:?}: expected K/N with 0 <= K < N (e.g. 0/4)");
        let (k, n) = s.trim().split_once('/').ok_or_else(bad)?;
        let index: u64 = k.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        Shard::new(index, count).ok_or_else(bad)
    }

    pub fn new(index: u64, count: u64) -> Option<Shard> {
        (count >= 1 && index < count).then_some(Shard { index, count })
    }

    /// The shard a job engine assigns through the environment (`var` reads a variable), with
    /// the engine's name; `None` when no engine's variables are set.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Result<Option<(Shard, &'static str)>> {
        let num = |name: &str| -> Result<Option<u64>> {
            match var(name) {
                None => Ok(None),
                Some(v) if v.trim().is_empty() => Ok(None),
                Some(v) => v.trim().parse::<u64>().map(Some).map_err(|_| {
                    Error::usage(name, format!("{v:?} is not a non-negative integer"))
                }),
            }
        };
        let check = |index: u64, count: u64, what: &str| {
            Shard::new(index, count).ok_or_else(|| {
                Error::usage(
                    what,
                    format!("shard index {index} is not below the count {count}"),
                )
            })
        };
        if let Some(index) = num("JOB_COMPLETION_INDEX")? {
            let count = num(SHARD_COUNT_VAR)?.ok_or_else(|| {
                Error::usage(
                    "JOB_COMPLETION_INDEX",
                    format!(
                        "is set (a Kubernetes Indexed Job) but {SHARD_COUNT_VAR} is not: set it \
                         to the Job's completions, or pass --shard K/N"
                    ),
                )
            })?;
            return Ok(Some((
                check(index, count, "JOB_COMPLETION_INDEX")?,
                "Kubernetes Indexed Job",
            )));
        }
        if let Some(id) = num("SLURM_ARRAY_TASK_ID")? {
            let min = num("SLURM_ARRAY_TASK_MIN")?.unwrap_or(0);
            let step = num("SLURM_ARRAY_TASK_STEP")?.unwrap_or(1).max(1);
            let count = num("SLURM_ARRAY_TASK_COUNT")?.ok_or_else(|| {
                Error::usage(
                    "SLURM_ARRAY_TASK_ID",
                    "is set but SLURM_ARRAY_TASK_COUNT is not; pass --shard K/N",
                )
            })?;
            let offset = id.checked_sub(min).ok_or_else(|| {
                Error::usage(
                    "SLURM_ARRAY_TASK_ID",
                    format!("{id} is below SLURM_ARRAY_TASK_MIN {min}"),
                )
            })?;
            return Ok(Some((
                check(offset / step, count, "SLURM_ARRAY_TASK_ID")?,
                "Slurm job array",
            )));
        }
        Ok(None)
    }

    /// Whether the input at mirrored relative path `rel` belongs to this shard.
    pub fn contains(&self, rel: &str) -> bool {
        shard_of(rel, self.count) == self.index
    }
}

/// The shard of `count` that the input at mirrored relative path `rel` belongs to.
pub fn shard_of(rel: &str, count: u64) -> u64 {
    let d = Sha256::digest(rel.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_be_bytes(b) % count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn n_shards_cover_every_path_exactly_once_and_evenly() {
        let paths: Vec<String> = (0..5000)
            .map(|i| format!("calls/{}/rec-{i:05}.wav", i % 37))
            .collect();
        for count in [1u64, 2, 3, 7, 16] {
            let mut per_shard = vec![0usize; count as usize];
            for p in &paths {
                let owners: Vec<u64> = (0..count)
                    .filter(|&k| Shard::new(k, count).unwrap().contains(p))
                    .collect();
                assert_eq!(owners.len(), 1, "{p} of {count}: {owners:?}");
                per_shard[owners[0] as usize] += 1;
            }
            let ideal = paths.len() as f64 / count as f64;
            for (k, n) in per_shard.iter().enumerate() {
                assert!(
                    (*n as f64 - ideal).abs() < ideal * 0.15 + 5.0,
                    "shard {k}/{count} has {n} of {}",
                    paths.len()
                );
            }
        }
    }

    #[test]
    fn the_assignment_is_stable_across_machines() {
        // Fixed values: a change here would split a running job differently on old and new
        // binaries.
        assert_eq!(shard_of("a/x.wav", 1000), shard_of("a/x.wav", 1000));
        let digest = Sha256::digest(b"a/x.wav");
        let want = u64::from_be_bytes(digest[..8].try_into().unwrap()) % 10;
        assert_eq!(shard_of("a/x.wav", 10), want);
        assert_eq!(shard_of("anything", 1), 0);
    }

    #[test]
    fn parses_k_of_n_and_refuses_nonsense() {
        assert_eq!(Shard::parse("2/5"), Ok(Shard { index: 2, count: 5 }));
        for bad in ["5/5", "0/0", "1", "-1/3", "a/b", "1/2/3"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_kubernetes_and_slurm_variables() {
        let env = |pairs: &[(&str, &str)]| {
            let m: HashMap<String, String> = pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            move |k: &str| m.get(k).cloned()
        };
        assert_eq!(Shard::from_env(env(&[])).unwrap(), None);
        let k8s = Shard::from_env(env(&[
            ("JOB_COMPLETION_INDEX", "3"),
            ("HUSH_SHARD_COUNT", "4"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(k8s.0, Shard::new(3, 4).unwrap());
        assert!(Shard::from_env(env(&[("JOB_COMPLETION_INDEX", "3")])).is_err());
        assert!(Shard::from_env(env(&[
            ("JOB_COMPLETION_INDEX", "4"),
            ("HUSH_SHARD_COUNT", "4")
        ]))
        .is_err());
        // `--array=10-19`: IDs 10..19, MIN 10, COUNT 10.
        let slurm = Shard::from_env(env(&[
            ("SLURM_ARRAY_TASK_ID", "12"),
            ("SLURM_ARRAY_TASK_MIN", "10"),
            ("SLURM_ARRAY_TASK_COUNT", "10"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(slurm.0, Shard::new(2, 10).unwrap());
        // `--array=0-8:2`: IDs 0,2,4,6,8, COUNT 5.
        let stepped = Shard::from_env(env(&[
            ("SLURM_ARRAY_TASK_ID", "6"),
            ("SLURM_ARRAY_TASK_MIN", "0"),
            ("SLURM_ARRAY_TASK_STEP", "2"),
            ("SLURM_ARRAY_TASK_COUNT", "5"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(stepped.0, Shard::new(3, 5).unwrap());
        assert!(Shard::from_env(env(&[("SLURM_ARRAY_TASK_ID", "1")])).is_err());
    }
}
