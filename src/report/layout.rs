//! A deterministic force-directed layout (Fruchterman–Reingold with gravity),
//! then node collision removal and greedy label placement, so a graph of
//! several hundred nodes renders without overlapping labels.

/// Ideal edge length, in px.
const K: f64 = 60.0;
/// Fixed, so the same graph always gives the same picture.
const ITERATIONS: usize = 300;
/// Passes that push overlapping circles apart.
const COLLISION_PASSES: usize = 200;
/// Free space kept between two circles.
const NODE_GAP: f64 = 4.0;
/// Label font size in px; the width of a label is estimated from it.
pub(crate) const FONT: f64 = 12.0;
/// Empty space around the drawing.
const MARGIN: f64 = 16.0;

/// A label's box (top left corner, size) and the node it names.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Label {
    pub node: usize,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Node centres and placed labels, all inside `0..width`, `0..height`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Layout {
    pub x: Vec<f64>,
    pub y: Vec<f64>,
    pub width: f64,
    pub height: f64,
    pub labels: Vec<Label>,
}

/// The estimated width of `chars` characters of label text.
pub(crate) fn label_width(chars: usize) -> f64 {
    chars as f64 * FONT * 0.62 + 2.0
}

/// Lays out nodes of the given `radii` joined by `edges` (node, node,
/// weight), then labels at most `max_labels` of `label_order` (node, label
/// length in chars), in that order, skipping any that would overlap.
pub(crate) fn layout(
    radii: &[f64],
    edges: &[(usize, usize, f64)],
    label_order: &[(usize, usize)],
    max_labels: usize,
) -> Layout {
    let n = radii.len();
    let (mut x, mut y) = spiral(n);
    forces(&mut x, &mut y, edges);
    separate(&mut x, &mut y, radii);
    let mut labels = place_labels(&x, &y, radii, label_order, max_labels);
    // Shift everything so the drawing starts at the margin.
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for i in 0..n {
        x0 = x0.min(x[i] - radii[i]);
        y0 = y0.min(y[i] - radii[i]);
        x1 = x1.max(x[i] + radii[i]);
        y1 = y1.max(y[i] + radii[i]);
    }
    for l in &labels {
        x0 = x0.min(l.x);
        y0 = y0.min(l.y);
        x1 = x1.max(l.x + l.w);
        y1 = y1.max(l.y + l.h);
    }
    if n == 0 {
        (x0, y0, x1, y1) = (0.0, 0.0, 0.0, 0.0);
    }
    let (dx, dy) = (MARGIN - x0, MARGIN - y0);
    x.iter_mut().for_each(|v| *v += dx);
    y.iter_mut().for_each(|v| *v += dy);
    for l in &mut labels {
        l.x += dx;
        l.y += dy;
    }
    Layout {
        x,
        y,
        width: x1 - x0 + 2.0 * MARGIN,
        height: y1 - y0 + 2.0 * MARGIN,
        labels,
    }
}

/// Start on a golden-angle spiral: deterministic, no two nodes together, and
/// the first (most connected) nodes in the middle.
fn spiral(n: usize) -> (Vec<f64>, Vec<f64>) {
    (0..n)
        .map(|i| {
            let r = K * 0.5 * (i as f64 + 0.5).sqrt();
            let a = i as f64 * 2.399_963_229_728_653;
            (r * a.cos(), r * a.sin())
        })
        .unzip()
}

fn forces(x: &mut [f64], y: &mut [f64], edges: &[(usize, usize, f64)]) {
    let n = x.len();
    // Gravity keeps components and lone pairs from drifting away.
    let gravity = 0.8;
    let start = K * (n as f64).sqrt() * 0.2;
    let (mut fx, mut fy) = (vec![0.0; n], vec![0.0; n]);
    for it in 0..ITERATIONS {
        let temp = start * (1.0 - it as f64 / ITERATIONS as f64) + 0.5;
        fx.iter_mut().for_each(|v| *v = 0.0);
        fy.iter_mut().for_each(|v| *v = 0.0);
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy, d) = apart(x[i] - x[j], y[i] - y[j], i, j);
                let f = K * K / d;
                fx[i] += dx / d * f;
                fy[i] += dy / d * f;
                fx[j] -= dx / d * f;
                fy[j] -= dy / d * f;
            }
        }
        for &(a, b, w) in edges {
            if a == b {
                continue;
            }
            let (dx, dy, d) = apart(x[a] - x[b], y[a] - y[b], a, b);
            // Repeated meetings pull a little closer.
            let f = d * d / K * (1.0 + w.max(1.0).ln() * 0.3);
            fx[a] -= dx / d * f;
            fy[a] -= dy / d * f;
            fx[b] += dx / d * f;
            fy[b] += dy / d * f;
        }
        for i in 0..n {
            fx[i] -= x[i] * gravity;
            fy[i] -= y[i] * gravity;
            let len = (fx[i] * fx[i] + fy[i] * fy[i]).sqrt();
            if len > 1e-9 {
                let step = len.min(temp);
                x[i] += fx[i] / len * step;
                y[i] += fy[i] / len * step;
            }
        }
    }
}

/// The vector between two nodes and its length, never zero: coinciding
/// nodes are parted along a direction fixed by their indices.
fn apart(dx: f64, dy: f64, i: usize, j: usize) -> (f64, f64, f64) {
    let d = (dx * dx + dy * dy).sqrt();
    if d > 1e-6 {
        return (dx, dy, d);
    }
    let a = (i * 7919 + j * 104_729) as f64;
    (a.cos() * 0.01, a.sin() * 0.01, 0.01)
}

/// Pushes overlapping circles apart until none overlap (or the passes run out).
fn separate(x: &mut [f64], y: &mut [f64], radii: &[f64]) {
    let n = x.len();
    for _ in 0..COLLISION_PASSES {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                let min = radii[i] + radii[j] + NODE_GAP;
                let (dx, dy, d) = apart(x[i] - x[j], y[i] - y[j], i, j);
                if d < min {
                    let push = (min - d) / 2.0 + 0.01;
                    x[i] += dx / d * push;
                    y[i] += dy / d * push;
                    x[j] -= dx / d * push;
                    y[j] -= dy / d * push;
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
}

fn place_labels(
    x: &[f64],
    y: &[f64],
    radii: &[f64],
    order: &[(usize, usize)],
    max: usize,
) -> Vec<Label> {
    let h = FONT * 1.25;
    let mut placed: Vec<Label> = Vec::new();
    for &(node, chars) in order {
        if placed.len() >= max {
            break;
        }
        let (cx, cy, r, w) = (x[node], y[node], radii[node], label_width(chars));
        let candidates = [
            (cx + r + 3.0, cy - h / 2.0),
            (cx - r - 3.0 - w, cy - h / 2.0),
            (cx - w / 2.0, cy - r - 2.0 - h),
            (cx - w / 2.0, cy + r + 2.0),
        ];
        // Free of other circles if possible; else over them (the text has a
        // halo), so the busiest nodes, in the crowded middle, get labels too.
        let spot = [true, false].into_iter().find_map(|avoid_nodes| {
            candidates.iter().find_map(|&(lx, ly)| {
                let label = Label {
                    node,
                    x: lx,
                    y: ly,
                    w,
                    h,
                };
                let clear = placed.iter().all(|p| !boxes_overlap(&label, p))
                    && (!avoid_nodes
                        || (0..x.len())
                            .all(|i| i == node || !circle_hits(&label, x[i], y[i], radii[i])));
                clear.then_some(label)
            })
        });
        placed.extend(spot);
    }
    placed
}

pub(crate) fn boxes_overlap(a: &Label, b: &Label) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

pub(crate) fn circle_hits(l: &Label, cx: f64, cy: f64, r: f64) -> bool {
    let nx = cx.clamp(l.x, l.x + l.w);
    let ny = cy.clamp(l.y, l.y + l.h);
    (cx - nx).powi(2) + (cy - ny).powi(2) < r * r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Radii, edges and label order.
    type Graph = (Vec<f64>, Vec<(usize, usize, f64)>, Vec<(usize, usize)>);

    /// A 300-node graph with hubs, chains and lone pairs, from a fixed LCG.
    fn synthetic(n: usize) -> Graph {
        let mut seed = 12345u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % m
        };
        let mut edges = Vec::new();
        for i in 1..n {
            // Mostly attach to an earlier node, preferring the first few (hubs).
            let j = if i % 3 == 0 { next(8.min(i)) } else { next(i) };
            edges.push((i, j, 1.0 + next(4) as f64));
        }
        for _ in 0..n / 4 {
            edges.push((next(n), next(n), 1.0));
        }
        let mut degree = vec![0usize; n];
        for &(a, b, _) in &edges {
            degree[a] += 1;
            degree[b] += 1;
        }
        let radii = degree
            .iter()
            .map(|&d| 4.0 + (d as f64).sqrt() * 2.0)
            .collect();
        let mut order: Vec<(usize, usize)> = (0..n).map(|i| (i, 12 + i % 15)).collect();
        order.sort_by_key(|&(i, _)| std::cmp::Reverse(degree[i]));
        (radii, edges, order)
    }

    #[test]
    fn layout_is_deterministic_finite_and_in_bounds() {
        let (radii, edges, order) = synthetic(300);
        let a = layout(&radii, &edges, &order, 80);
        let b = layout(&radii, &edges, &order, 80);
        assert_eq!(a, b);
        assert!(a.width.is_finite() && a.height.is_finite());
        for (i, r) in radii.iter().enumerate() {
            assert!(a.x[i].is_finite() && a.y[i].is_finite(), "node {i} is NaN");
            assert!(a.x[i] - r >= 0.0 && a.x[i] + r <= a.width);
            assert!(a.y[i] - r >= 0.0 && a.y[i] + r <= a.height);
        }
        for l in &a.labels {
            assert!(l.x >= 0.0 && l.y >= 0.0 && l.x + l.w <= a.width && l.y + l.h <= a.height);
        }
        // Readable: not a huge sparse canvas.
        assert!(
            a.width < 4000.0 && a.height < 4000.0,
            "{} x {}",
            a.width,
            a.height
        );
    }

    #[test]
    fn labels_and_nodes_do_not_overlap_on_300_nodes() {
        let (radii, edges, order) = synthetic(300);
        let l = layout(&radii, &edges, &order, 80);
        assert!(
            l.labels.len() >= 40,
            "only {} labels placed",
            l.labels.len()
        );
        for (i, a) in l.labels.iter().enumerate() {
            for b in &l.labels[i + 1..] {
                assert!(!boxes_overlap(a, b), "labels overlap: {a:?} {b:?}");
            }
            let n = a.node;
            assert!(
                !circle_hits(a, l.x[n], l.y[n], radii[n]),
                "label over its node"
            );
        }
        for i in 0..radii.len() {
            for j in i + 1..radii.len() {
                let d = ((l.x[i] - l.x[j]).powi(2) + (l.y[i] - l.y[j]).powi(2)).sqrt();
                assert!(d >= radii[i] + radii[j], "nodes {i} and {j} overlap");
            }
        }
    }

    #[test]
    fn empty_and_single_node_graphs_work() {
        let e = layout(&[], &[], &[], 10);
        assert!(e.x.is_empty() && e.width > 0.0);
        let one = layout(&[5.0], &[], &[(0, 4)], 10);
        assert_eq!(one.labels.len(), 1);
        assert!(one.x[0].is_finite());
    }
}
