//! Work on many threads, results handed over one by one in item order.

/// Runs `work` on every item on `threads` threads (this one among them)
/// and hands the results to `take` in item order; stops early once `take`
/// says false, and says whether it never did.
///
/// Workers take items in order from a shared counter, and whoever finishes
/// the item due next hands it over, with any finished ones behind it:
/// output overlaps the work, no thread idles at a batch's end and none is
/// woken per item. A worker more than `AHEAD` items past the one due waits,
/// so one slow file cannot make the results pile up.
pub fn in_order<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    take: impl FnMut(R) -> bool + Send,
) -> bool {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex};
    const AHEAD: usize = 256;
    struct State<R, F> {
        due: usize,
        waiting: BTreeMap<usize, R>,
        open: bool,
        take: F,
    }
    let next = AtomicUsize::new(0);
    let state = Mutex::new(State {
        due: 0,
        waiting: BTreeMap::new(),
        open: true,
        take,
    });
    let moved = Condvar::new();
    // A worker that panics, in `work` or in `take`, closes the run: the
    // others would wait for its item for ever.
    struct Closer<'a, R, F>(&'a Mutex<State<R, F>>, &'a Condvar);
    impl<R, F> Drop for Closer<'_, R, F> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0.lock().unwrap_or_else(|e| e.into_inner()).open = false;
                self.1.notify_all();
            }
        }
    }
    let worker = || {
        let _closer = Closer(&state, &moved);
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= items.len() {
                break;
            }
            {
                let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                while s.open && i >= s.due + AHEAD {
                    s = moved.wait(s).unwrap_or_else(|e| e.into_inner());
                }
                if !s.open {
                    break;
                }
            }
            let r = work(&items[i]);
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            s.waiting.insert(i, r);
            let due = s.due;
            while s.open {
                let d = s.due;
                let Some(r) = s.waiting.remove(&d) else {
                    break;
                };
                s.due += 1;
                s.open = (s.take)(r);
            }
            if s.due != due || !s.open {
                moved.notify_all();
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(worker);
        }
        worker();
    });
    let s = state.into_inner().unwrap_or_else(|e| e.into_inner());
    s.open
}
