// A contested event side by side: one column per source, one row per kind of claim (toll,
// territory, denial, occurred), so where the sources disagree is seen at a glance.
import { esc } from "./html.js";

const KIND_ROWS = [
  ["fatalities", "toll"],
  ["territory", "territory"],
  ["denial", "denial"],
  ["occurred", "says it happened"],
];

const sourceOf = (c) => c.originator || c.source;

// The claims grouped by source (in first-seen order) and kind.
export function bySource(claims) {
  const out = new Map();
  for (const c of claims) {
    const src = sourceOf(c);
    if (!out.has(src)) out.set(src, new Map());
    const kinds = out.get(src);
    if (!kinds.has(c.kind)) kinds.set(c.kind, []);
    kinds.get(c.kind).push(c);
  }
  return out;
}

function cell(claims, articleLink) {
  if (!claims) return '<td class="none">—</td>';
  return `<td>${claims.map((c) => `
    <div class="side-claim">${c.value != null ? `<b class="value">${esc(c.value)}</b>` : ""}
      <q>${esc(c.quote)}</q>${c.doc_id ? ` ${articleLink(c.doc_id)}` : ""}</div>`).join("")}</td>`;
}

// Whether the sources that make a claim of this kind give different values (or one denies).
function disagrees(kind, sources) {
  const values = new Set();
  for (const kinds of sources.values()) {
    for (const c of kinds.get(kind) || []) values.add(String(c.value ?? ""));
  }
  return values.size > 1;
}

// The side-by-side table, or "" when fewer than two sources speak.
export function sidesHTML(ev, articleLink) {
  const sources = bySource(ev.claims);
  if (sources.size < 2) return "";
  const head = [...sources.keys()].map((s) => `<th scope="col">${esc(s)}</th>`).join("");
  const rows = KIND_ROWS.filter(([kind]) => [...sources.values()].some((k) => k.has(kind)))
    .map(([kind, label]) => {
      const cls = kind === "denial" || disagrees(kind, sources) ? ' class="disagree"' : "";
      const cells = [...sources.values()].map((k) => cell(k.get(kind), articleLink)).join("");
      return `<tr data-kind="${kind}"${cls}><th scope="row">${label}</th>${cells}</tr>`;
    });
  return `<section class="sides" data-testid="sides">
    <h3>${ev.status === "contested" ? "Where the sources disagree" : "What each source says"}</h3>
    <div class="sides-scroll"><table><thead><tr><th></th>${head}</tr></thead>
    <tbody>${rows.join("")}</tbody></table></div></section>`;
}
