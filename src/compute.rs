//! How the stages share the CPU: a backend setting, not part of any stage's signature.
//!
//! whisper.cpp's threads spin-wait between graph nodes, so on a small machine anything computing
//! beside them (the NER model, a second Whisper worker) stalls all of them: taking turns was
//! measured faster than overlapping on 2 cores. [`CpuTurns`] is that policy: a stage holds a
//! turn while it computes and releases it before it sends or waits. Work that spins (Whisper on
//! several threads, the NER model) takes an exclusive turn; single-threaded Whisper workers (one
//! per channel of a call, one thread each) share theirs with each other, since none of them
//! spins. [`CpuTurns::overlap`] turns the policy off (enough cores for every busy thread).

use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// A shared turn for CPU-heavy work, or none when stages may overlap.
#[derive(Clone, Debug, Default)]
pub struct CpuTurns(Option<Arc<RwLock<()>>>);

/// A turn held until dropped.
pub enum Turn<'a> {
    Exclusive(RwLockWriteGuard<'a, ()>),
    Shared(RwLockReadGuard<'a, ()>),
    Free,
}

impl CpuTurns {
    /// Stages take turns.
    pub fn take_turns() -> CpuTurns {
        CpuTurns(Some(Arc::new(RwLock::new(()))))
    }

    /// Stages compute side by side.
    pub fn overlap() -> CpuTurns {
        CpuTurns(None)
    }

    /// Waits until nothing else computes.
    pub fn exclusive(&self) -> Turn<'_> {
        match &self.0 {
            Some(l) => Turn::Exclusive(l.write().unwrap_or_else(|e| e.into_inner())),
            None => Turn::Free,
        }
    }

    /// Waits until no exclusive turn is held; other shared turns may run beside this one.
    pub fn shared(&self) -> Turn<'_> {
        match &self.0 {
            Some(l) => Turn::Shared(l.read().unwrap_or_else(|e| e.into_inner())),
            None => Turn::Free,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusive_turns_exclude_shared_ones_share() {
        let t = CpuTurns::take_turns();
        let lock = t.0.clone().unwrap();
        {
            let _a = t.shared();
            let _b = t.shared();
            assert!(lock.try_write().is_err());
            assert!(lock.try_read().is_ok());
        }
        {
            let _x = t.exclusive();
            assert!(lock.try_read().is_err());
        }
        assert!(lock.try_write().is_ok());
        assert!(matches!(CpuTurns::overlap().exclusive(), Turn::Free));
    }
}
