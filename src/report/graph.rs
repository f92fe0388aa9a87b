//! The who-met-whom graph: people and organisations that met, joined by
//! their meetings, drawn as inline SVG.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use super::escape::html;
use super::layout::{layout, FONT};
use super::{EntityInfo, MeetingInfo};
use crate::EntityKind;

/// More nodes than this and only the best connected are drawn.
const MAX_NODES: usize = 400;
/// Labels drawn; the other nodes are named on hover.
const MAX_LABELS: usize = 80;
/// Labels are cut to this many characters.
const LABEL_CHARS: usize = 28;

/// Writes a caption and the graph's `<svg>`.
pub(super) fn write_svg(
    w: &mut impl Write,
    entities: &[EntityInfo],
    meetings: &[MeetingInfo],
) -> io::Result<()> {
    // Edges: each pair of distinct participants, with the meetings they share.
    let mut pairs: BTreeMap<(u32, u32), Vec<u32>> = BTreeMap::new();
    for (mi, m) in meetings.iter().enumerate() {
        let mut who: Vec<u32> = m
            .participants
            .iter()
            .copied()
            .filter(|&p| entities[p as usize].kind != EntityKind::Location)
            .collect();
        who.sort_unstable();
        who.dedup();
        for (i, &a) in who.iter().enumerate() {
            for &b in &who[i + 1..] {
                pairs.entry((a, b)).or_default().push(mi as u32);
            }
        }
    }
    let mut degree: HashMap<u32, usize> = HashMap::new();
    for &(a, b) in pairs.keys() {
        *degree.entry(a).or_default() += 1;
        *degree.entry(b).or_default() += 1;
    }
    // The best connected first: they go to the middle and get labels.
    let mut nodes: Vec<u32> = degree.keys().copied().collect();
    nodes.sort_by(|&a, &b| {
        let (ea, eb) = (&entities[a as usize], &entities[b as usize]);
        degree[&b]
            .cmp(&degree[&a])
            .then(eb.articles.cmp(&ea.articles))
            .then(ea.name.cmp(&eb.name))
            .then(a.cmp(&b))
    });
    let total = nodes.len();
    nodes.truncate(MAX_NODES);
    let index: HashMap<u32, usize> = nodes.iter().enumerate().map(|(i, &e)| (e, i)).collect();
    let edges: Vec<(usize, usize, &Vec<u32>)> = pairs
        .iter()
        .filter_map(|(&(a, b), ms)| Some((*index.get(&a)?, *index.get(&b)?, ms)))
        .collect();

    let radii: Vec<f64> = nodes
        .iter()
        .map(|&e| (4.0 + 2.0 * (entities[e as usize].articles as f64).sqrt()).min(22.0))
        .collect();
    let labels: Vec<String> = nodes
        .iter()
        .map(|&e| short(&entities[e as usize].name))
        .collect();
    let order: Vec<(usize, usize)> = (0..nodes.len())
        .map(|i| (i, labels[i].chars().count()))
        .collect();
    let weighted: Vec<(usize, usize, f64)> = edges
        .iter()
        .map(|&(a, b, ms)| (a, b, ms.len() as f64))
        .collect();
    let lay = layout(&radii, &weighted, &order, MAX_LABELS);

    write!(
        w,
        r#"<p class="gcap">{total} people and organisations in {} meetings with each other"#,
        meetings.len()
    )?;
    if total > nodes.len() {
        write!(w, "; the {} best connected are drawn", nodes.len())?;
    }
    writeln!(
        w,
        r#". Node size: articles naming them; line width: meetings. Hover for details, click to list the meetings below.</p>"#
    )?;
    writeln!(
        w,
        r#"<div class="gwrap"><svg id="gz-graph" xmlns="http://www.w3.org/2000/svg" width="{:.0}" height="{:.0}" viewBox="0 0 {:.0} {:.0}" data-w="{:.0}">"#,
        lay.width, lay.height, lay.width, lay.height, lay.width
    )?;
    writeln!(w, r#"<g class="edges">"#)?;
    for &(a, b, ms) in &edges {
        let list: Vec<String> = ms.iter().map(u32::to_string).collect();
        write!(
            w,
            r#"<line class="edge" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke-width="{:.1}" data-a="{}" data-b="{}" data-m="{}"><title>{} — {}: {} meeting{}</title></line>"#,
            lay.x[a],
            lay.y[a],
            lay.x[b],
            lay.y[b],
            1.0 + 1.5 * (ms.len() as f64).log2(),
            nodes[a],
            nodes[b],
            list.join(" "),
            html(&entities[nodes[a] as usize].name),
            html(&entities[nodes[b] as usize].name),
            ms.len(),
            if ms.len() == 1 { "" } else { "s" },
        )?;
        writeln!(w)?;
    }
    writeln!(w, "</g>\n<g class=\"nodes\">")?;
    for (i, &e) in nodes.iter().enumerate() {
        let ent = &entities[e as usize];
        writeln!(
            w,
            r#"<g class="node k-{}" data-e="{e}" transform="translate({:.1} {:.1})"><circle r="{:.1}"/><title>{} ({})</title></g>"#,
            ent.kind.as_str(),
            lay.x[i],
            lay.y[i],
            radii[i],
            html(&ent.name),
            html(&ent.id),
        )?;
    }
    writeln!(w, "</g>\n<g class=\"labels\">")?;
    for l in &lay.labels {
        writeln!(
            w,
            r#"<text x="{:.1}" y="{:.1}" data-e="{}">{}</text>"#,
            l.x + 1.0,
            l.y + FONT,
            nodes[l.node],
            html(&labels[l.node]),
        )?;
    }
    writeln!(w, "</g></svg></div>")
}

fn short(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        return name.to_string();
    }
    let mut s: String = name.chars().take(LABEL_CHARS - 1).collect();
    s.push('…');
    s
}
