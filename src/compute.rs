//! How the stages share the CPU: a backend setting, not part of any stage's signature.
//!
//! whisper.cpp's threads spin-wait between graph nodes, so on a small machine anything computing
//! beside them (the NER model, a second Whisper worker) stalls all of them: taking turns was
//! measured faster than overlapping on 2 cores. [`CpuTurns`] is that policy: a stage holds a
//! turn while it computes and releases it before it sends or waits. Work that spins (Whisper on
//! several threads, the NER model) takes an exclusive turn; single-threaded Whisper workers (one
//! per channel of a call, one thread each) share theirs with each other, since none of them
//! spins. [`CpuTurns::overlap`] turns the policy off (enough cores for every busy thread).
//!
//! The rest of the machine is the other half of the question: an edge box is never idle, and
//! Whisper on more threads than there are free cores waits at every barrier for a thread the
//! kernel has parked. [`LoadSample`] measures how many cores other processes kept busy between
//! two decodes (from `/proc`), and [`threads_beside`] lowers the thread count to the cores left.

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

/// The machine's CPU time and this process's, at one instant (Linux `/proc`).
#[derive(Clone, Copy, Debug)]
pub struct LoadSample {
    /// Busy and total clock ticks of all CPUs (`/proc/stat`).
    busy: u64,
    total: u64,
    /// CPUs `/proc/stat` counts.
    cpus: usize,
    /// This process's user + system ticks, all threads (`/proc/self/stat`).
    own: u64,
}

impl LoadSample {
    /// Now; `None` where `/proc` cannot tell (not Linux, or unreadable).
    pub fn now() -> Option<LoadSample> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let own = std::fs::read_to_string("/proc/self/stat").ok()?;
        LoadSample::parse(&stat, &own)
    }

    fn parse(stat: &str, own: &str) -> Option<LoadSample> {
        let mut lines = stat.lines();
        let all: Vec<u64> = lines
            .next()?
            .strip_prefix("cpu ")?
            .split_whitespace()
            .map(|f| f.parse().ok())
            .collect::<Option<_>>()?;
        // user nice system idle iowait irq softirq steal [guest guest_nice]: guest time is
        // already counted in user. Steal is CPU the hypervisor gave elsewhere: contention too.
        let field = |i: usize| all.get(i).copied().unwrap_or(0);
        let busy = field(0) + field(1) + field(2) + field(5) + field(6) + field(7);
        let total = busy + field(3) + field(4);
        let cpus = lines.filter(|l| l.starts_with("cpu")).count().max(1);
        // Fields after the command name (which may hold spaces and parentheses): state is the
        // first, utime the 12th, stime the 13th.
        let rest: Vec<&str> = own.rsplit_once(')')?.1.split_whitespace().collect();
        let own = rest.get(11)?.parse::<u64>().ok()? + rest.get(12)?.parse::<u64>().ok()?;
        Some(LoadSample {
            busy,
            total,
            cpus,
            own,
        })
    }

    /// Cores other processes kept busy on average from `self` to `later`; `None` when too
    /// little time passed to tell (under 20 clock ticks of all CPUs together).
    pub fn others_until(&self, later: &LoadSample) -> Option<f64> {
        let total = later.total.checked_sub(self.total)?;
        if total < 20 {
            return None;
        }
        let busy = later.busy.saturating_sub(self.busy);
        let own = later.own.saturating_sub(self.own);
        Some(busy.saturating_sub(own) as f64 / total as f64 * later.cpus as f64)
    }
}

/// How many of `wanted` threads to run when other processes keep `others` of the `cores`
/// busy: the cores left, rounded, at least one.
///
/// ```
/// use hush::compute::threads_beside;
/// assert_eq!(threads_beside(2, 2, 0.1), 2);
/// assert_eq!(threads_beside(2, 2, 1.0), 1);
/// assert_eq!(threads_beside(4, 8, 3.0), 4);
/// assert_eq!(threads_beside(2, 2, 5.0), 1);
/// ```
pub fn threads_beside(wanted: usize, cores: usize, others: f64) -> usize {
    let free = (cores as f64 - others).round().max(1.0) as usize;
    free.min(wanted).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAT: &str = "cpu  100 0 50 800 10 0 5 5 0 0\ncpu0 50 0 25 400 5 0 2 3 0 0\ncpu1 50 0 25 400 5 0 3 2 0 0\nintr 1\n";

    fn own(utime: u64, stime: u64) -> String {
        format!("4242 (hush (a) b) R 1 2 3 4 5 6 7 8 9 10 {utime} {stime} 0 0 20 0 3")
    }

    #[test]
    fn parses_proc_stat_and_own_times() {
        let s = LoadSample::parse(STAT, &own(30, 10)).unwrap();
        assert_eq!((s.busy, s.total, s.cpus, s.own), (160, 970, 2, 40));
        assert!(LoadSample::parse("intr 1", &own(1, 1)).is_none());
        assert!(LoadSample::parse(STAT, "garbage").is_none());
    }

    #[test]
    fn others_exclude_this_process() {
        let a = LoadSample::parse(STAT, &own(0, 0)).unwrap();
        // 200 ticks of 2 CPUs pass; 150 were busy, 50 of them this process's.
        let later = "cpu  250 0 50 850 10 0 5 5 0 0\ncpu0 0\ncpu1 0\n";
        let b = LoadSample::parse(later, &own(40, 10)).unwrap();
        let others = a.others_until(&b).unwrap();
        assert!((others - 1.0).abs() < 1e-9, "{others}");
        assert_eq!(threads_beside(2, 2, others), 1);
        // Too short an interval says nothing.
        assert!(a.others_until(&a).is_none());
    }

    #[test]
    fn reads_this_machine() {
        if cfg!(target_os = "linux") {
            let a = LoadSample::now().expect("/proc readable");
            assert!(a.cpus >= 1 && a.total >= a.busy);
        }
    }

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
