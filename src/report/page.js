// Renders the report from the JSON blocks: the meetings table and one
// article at a time, so a page of 10,000 articles stays light.
// Only textContent is used for data: nothing from an article becomes markup.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const D = JSON.parse($('gz-data').textContent);
  const E = D.entities, A = D.articles, M = D.meetings; // see Report::write_data
  const el = (tag, cls, text) => {
    const x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text != null) x.textContent = text;
    return x;
  };
  const name = (i) => E[i][1];
  const link = (text, href) => { const a = el('a', null, text); a.href = href; return a; };
  const evLink = (i) => '#article-' + M[i].a + '-ev-' + i;
  const meetingLine = (i) => {
    const m = M[i];
    const bits = [m.d || 'undated', m.p.map(name).join(' + ')];
    if (m.l != null) bits.push(name(m.l));
    bits.push(m.mo.replace('_', ' '));
    if (m.s !== 'held') bits.push(m.s);
    if (m.t.length) bits.push('on ' + m.t.join('; '));
    return bits.join(' · ');
  };

  // ---- meetings table, in date order, paged
  const PAGE = 50;
  const byDate = M.map((_, i) => i).sort((x, y) => {
    const a = M[x].d || '~', b = M[y].d || '~';
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  let rows = byDate, mpage = 0;
  function drawMeetings() {
    const body = $('gz-mbody');
    body.replaceChildren();
    for (const i of rows.slice(mpage * PAGE, (mpage + 1) * PAGE)) {
      const m = M[i], tr = el('tr');
      tr.append(el('td', null, m.d || '—'), el('td', null, m.p.map(name).join(' · ')),
        el('td', null, m.l == null ? '' : name(m.l)), el('td', null, m.mo.replace('_', ' ')),
        el('td', 'st-' + m.s, m.s), el('td', null, m.t.join('; ')));
      const td = el('td');
      td.append(link(A[m.a][0], evLink(i)), el('div', 'evq', m.e));
      tr.append(td);
      body.append(tr);
    }
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    $('gz-mpage').textContent = rows.length
      ? (mpage * PAGE + 1) + '–' + Math.min(rows.length, (mpage + 1) * PAGE) + ' of ' + rows.length
      : 'no meetings';
    $('gz-mprev').disabled = mpage === 0;
    $('gz-mnext').disabled = mpage >= pages - 1;
  }
  function filterMeetings(list, label) {
    const keep = list && new Set(list);
    rows = keep ? byDate.filter((i) => keep.has(i)) : byDate;
    mpage = 0;
    $('gz-mfilter').textContent = label || '';
    $('gz-mclear').hidden = !keep;
    drawMeetings();
  }
  $('gz-mprev').onclick = () => { mpage--; drawMeetings(); };
  $('gz-mnext').onclick = () => { mpage++; drawMeetings(); };
  $('gz-mclear').onclick = () => { select(null); filterMeetings(null); };

  // ---- graph: tooltip on hover, details and table filter on click
  const svg = $('gz-graph'), tip = $('gz-tip'), panel = $('gz-panel');
  const meetingsOf = (g) => g.classList.contains('edge')
    ? g.dataset.m.split(' ').map(Number)
    : byDate.filter((i) => M[i].p.includes(+g.dataset.e));
  function describe(g, limit) {
    const ms = meetingsOf(g), out = [];
    if (g.classList.contains('edge')) {
      out.push(el('b', null, name(+g.dataset.a) + ' — ' + name(+g.dataset.b)));
    } else {
      const e = E[+g.dataset.e];
      out.push(el('b', null, e[1]), el('div', null, e[2] + ' · ' + e[0] + ' · in ' + e[3] + ' articles'));
    }
    out.push(el('div', null, ms.length + (ms.length === 1 ? ' meeting' : ' meetings') + ':'));
    const ul = el('ul');
    for (const i of ms.slice(0, limit)) {
      const li = el('li', null, meetingLine(i) + ' ');
      if (limit > 10) li.append(link('evidence', evLink(i)));
      ul.append(li);
    }
    if (ms.length > limit) ul.append(el('li', null, '… ' + (ms.length - limit) + ' more'));
    out.push(ul);
    return out;
  }
  const target = (ev) => ev.target.closest && ev.target.closest('.node, .edge');
  svg.addEventListener('mouseover', (ev) => {
    const g = target(ev);
    tip.hidden = !g;
    if (g) tip.replaceChildren(...describe(g, 8));
  });
  svg.addEventListener('mousemove', (ev) => {
    tip.style.left = Math.min(ev.clientX + 14, innerWidth - tip.offsetWidth - 8) + 'px';
    tip.style.top = Math.min(ev.clientY + 14, innerHeight - tip.offsetHeight - 8) + 'px';
  });
  svg.addEventListener('mouseleave', () => { tip.hidden = true; });
  function select(g) {
    for (const x of svg.querySelectorAll('.sel, .hl')) x.classList.remove('sel', 'hl');
    panel.replaceChildren();
    if (!g) return;
    if (g.classList.contains('node')) {
      g.classList.add('sel');
      for (const x of svg.querySelectorAll('.edge')) {
        if (x.dataset.a === g.dataset.e || x.dataset.b === g.dataset.e) x.classList.add('hl');
      }
    } else g.classList.add('hl');
    panel.append(...describe(g, 200));
    const label = g.classList.contains('edge')
      ? 'Meetings of ' + name(+g.dataset.a) + ' and ' + name(+g.dataset.b)
      : 'Meetings of ' + name(+g.dataset.e);
    filterMeetings(meetingsOf(g), label);
  }
  svg.addEventListener('click', (ev) => { const g = target(ev); if (g) select(g); });
  for (const b of document.querySelectorAll('[data-zoom]')) {
    b.onclick = () => {
      const z = +b.dataset.zoom, w = svg.getBoundingClientRect().width;
      svg.style.width = z ? w * z + 'px' : '100%';
      svg.style.height = 'auto';
    };
  }

  // ---- articles: a paged list, and one article rendered on demand
  const APAGE = 100;
  let shown = A.map((_, i) => i), apage = 0, current = -1;
  function drawList() {
    const ol = $('gz-alist');
    ol.replaceChildren();
    ol.start = apage * APAGE + 1;
    for (const i of shown.slice(apage * APAGE, (apage + 1) * APAGE)) {
      const li = el('li', i === current ? 'cur' : null);
      li.append(link(A[i][0], '#article-' + i), el('small', null, ' ' + A[i][3] + ' mentions, ' + A[i][4] + ' meetings'));
      ol.append(li);
    }
    const pages = Math.max(1, Math.ceil(shown.length / APAGE));
    $('gz-apage').textContent = (apage + 1) + ' / ' + pages + ' (' + shown.length + ')';
    $('gz-aprev').disabled = apage === 0;
    $('gz-anext').disabled = apage >= pages - 1;
  }
  $('gz-aprev').onclick = () => { apage--; drawList(); };
  $('gz-anext').onclick = () => { apage++; drawList(); };
  $('gz-afilter').oninput = (ev) => {
    const q = ev.target.value.toLowerCase();
    shown = A.map((_, i) => i).filter((i) => A[i][0].toLowerCase().includes(q));
    apage = 0;
    drawList();
  };

  function render(i) {
    const a = JSON.parse($('gz-a' + i).textContent), t = a.t;
    // Cut the text at every mention and evidence boundary; each piece
    // knows its mention and the meetings whose evidence covers it.
    const cuts = new Set([0, t.length]);
    for (const [s, e] of a.m.concat(a.v)) { cuts.add(s); cuts.add(e); }
    const at = [...cuts].sort((x, y) => x - y), pos = new Map(at.map((c, k) => [c, k]));
    const men = new Int32Array(at.length).fill(-1), evs = at.map(() => []);
    for (const [s, e, k] of a.m) for (let j = pos.get(s); j < pos.get(e); j++) if (men[j] < 0) men[j] = k;
    for (const [s, e, k] of a.v) for (let j = pos.get(s); j < pos.get(e); j++) evs[j].push(k);
    const out = document.createDocumentFragment();
    let box = out, boxKey = '';
    for (let j = 0; j + 1 < at.length; j++) {
      const piece = t.slice(at[j], at[j + 1]), key = evs[j].join(' ');
      if (key !== boxKey) {
        boxKey = key;
        box = out;
        if (key) {
          box = el('span', 'ev');
          box.dataset.ev = key;
          box.title = 'meeting evidence: ' + evs[j].map(meetingLine).join(' | ');
          out.append(box);
        }
      }
      if (men[j] >= 0) {
        const e = E[men[j]], mark = el('mark', 'm k-' + e[2], piece);
        mark.title = e[1] + ' (' + e[0] + ')';
        mark.dataset.e = men[j];
        box.append(mark);
      } else box.append(piece);
    }
    $('gz-vtext').replaceChildren(out);
    const meta = A[i];
    $('gz-vtitle').textContent = meta[0] + ' · ' + meta[1] + (meta[2] ? ' · published ' + meta[2] : '') +
      ' · ' + meta[3] + ' mentions, ' + meta[4] + ' meetings';
    current = i;
    const k = shown.indexOf(i);
    if (k >= 0) apage = Math.floor(k / APAGE);
    drawList();
  }

  function route() {
    const r = /^#article-(\d+)(?:-ev-(\d+))?$/.exec(location.hash);
    if (!r || +r[1] >= A.length) return false;
    render(+r[1]);
    const ev = r[2] && $('gz-vtext').querySelector('[data-ev~="' + r[2] + '"]');
    if (ev) {
      ev.classList.add('flash');
      ev.scrollIntoView({ block: 'center' });
    } else $('gz-articles').scrollIntoView();
    return true;
  }
  window.addEventListener('hashchange', route);

  drawMeetings();
  if (!route()) {
    if (A.length) render(0); else { $('gz-vtitle').textContent = 'No articles.'; drawList(); }
  }
  if (window.__pwned) document.body.dataset.pwned = '1';
  document.body.dataset.ready = '1';
})();
