//! The binary's ordered hand-over of results (`examples/extract/in_order.rs`).

#[path = "../examples/extract/in_order.rs"]
mod in_order;

use in_order::in_order;
use std::time::Duration;

/// Items of uneven cost on four threads, past the look-ahead: every
/// result once, in item order.
#[test]
fn results_come_in_item_order() {
    let items: Vec<u64> = (0..1500).collect();
    let mut seen = Vec::new();
    let open = in_order(
        &items,
        4,
        |&i| {
            if i % 300 == 7 {
                std::thread::sleep(Duration::from_millis(30));
            }
            i * 2
        },
        |r| {
            seen.push(r);
            true
        },
    );
    assert!(open);
    assert_eq!(seen, items.iter().map(|i| i * 2).collect::<Vec<_>>());
}

#[test]
fn a_take_that_says_false_stops_the_run() {
    let items: Vec<u32> = (0..10_000).collect();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let mut taken = 0;
    let open = in_order(
        &items,
        3,
        |&i| {
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            i
        },
        |_| {
            taken += 1;
            taken < 10
        },
    );
    assert!(!open);
    assert_eq!(taken, 10);
    // The workers stopped within their look-ahead, not at the end.
    assert!(done.into_inner() < 10 + 3 * 256 + 3);
}

/// A panic in the work or in the hand-over ends the run with that
/// panic: no worker is left waiting for the item that never came.
#[test]
fn a_panic_ends_the_run_instead_of_hanging_it() {
    for in_take in [false, true] {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let items: Vec<u32> = (0..5000).collect();
            let r = std::panic::catch_unwind(|| {
                in_order(
                    &items,
                    3,
                    |&i| {
                        assert!(in_take || i != 40, "work fails");
                        i
                    },
                    |r| {
                        assert!(!in_take || r != 40, "take fails");
                        true
                    },
                )
            });
            let _ = tx.send(r.is_err());
        });
        let panicked = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the run ends");
        assert!(panicked, "in_take: {in_take}");
    }
}
