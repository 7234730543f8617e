// The event panel: what happened, where, when, how many died, and who says so, with each
// quote highlighted inside its article.
import { getArticle, getEvent } from "./api.js";
import { colourOf } from "./colours.js";

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ESC[c]);

// Article text as HTML with every span [{start, end, own}] wrapped in <mark>.
export function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = esc(text.slice(a, b));
    if (covering.length === 0) html += piece;
    else {
      const own = covering.some((s) => s.own);
      const title = covering.map((s) => `${s.source}: ${s.kind}`).join("; ");
      html += `<mark class="${own ? "quote" : "quote other"}" title="${esc(title)}">${piece}</mark>`;
    }
  }
  return html;
}

const fmtFatalities = (f) => (!f ? "not reported" : f.low === f.high ? `${f.low}` : `${f.low}–${f.high}`);
const fmtPlace = (l) => [l.name, l.town !== l.name ? l.town : null, l.admin1, l.country]
  .filter(Boolean).join(", ");
const fmtActor = (a) => (a ? `${esc(a.name)}${a.inter ? ` <small>(inter ${a.inter})</small>` : ""}` : "—");

function reportsLine(reports) {
  const articles = new Set(reports.map((r) => r.doc_id)).size;
  return `${reports.length} from ${articles} article${articles === 1 ? "" : "s"}`;
}

function eventHTML(ev) {
  const dates = ev.date_start === ev.date_end ? ev.date_start : `${ev.date_start} – ${ev.date_end}`;
  const claims = ev.claims.map((c) => `
    <li class="claim"><b>${esc(c.source)}</b> <span class="kind">${esc(c.kind)}</span>
      ${c.value != null ? `<span class="value">${esc(c.value)}</span>` : ""}
      <q>${esc(c.quote)}</q>
      ${c.doc_id ? `<a href="/articles/${encodeURIComponent(c.doc_id)}" target="_blank">article</a>` : ""}
    </li>`).join("");
  return `
    <h2><span class="swatch" style="background:${colourOf(ev.event_type)}"></span>
      ${esc(ev.event_type)} <small>${esc(ev.sub_event_type)}</small></h2>
    <dl>
      <dt>Place</dt><dd data-field="place">${esc(fmtPlace(ev.location))}</dd>
      <dt>Dates</dt><dd data-field="dates">${esc(dates)}</dd>
      <dt>Fatalities</dt><dd data-field="fatalities">${esc(fmtFatalities(ev.fatalities))}</dd>
      <dt>Status</dt><dd data-field="status"><span class="status ${esc(ev.status)}">${esc(ev.status)}</span></dd>
      <dt>Actors</dt><dd>${fmtActor(ev.actor1)} → ${fmtActor(ev.actor2)}</dd>
      <dt>Sources</dt><dd>${esc(ev.sources.join(", "))}</dd>
      <dt>Reports</dt><dd data-field="reports">${reportsLine(ev.reports)}</dd>
    </dl>
    ${ev.merge_reasons.length ? `<details><summary>Why these reports are one event</summary>
      <ul>${ev.merge_reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul></details>` : ""}
    <h3>Claims</h3><ul class="claims">${claims}</ul>
    <div class="articles"></div>`;
}

function articleHTML(article, eventId) {
  const spans = article.claims
    .filter((c) => c.start != null && c.end != null)
    .map((c) => ({ ...c, own: c.event_id === eventId }));
  const head = article.url
    ? `<a href="${esc(article.url)}" target="_blank" rel="noopener">${esc(article.title || article.url)}</a>`
    : esc(article.title || article.doc_id);
  return `<article class="source-text" data-doc="${esc(article.doc_id)}">
    <h4>${head} <small>${esc(article.published || "")}</small></h4>
    <div class="text">${highlight(article.text, spans)}</div></article>`;
}

// Fetches and shows one event, then the articles its claims come from.
export async function showEvent(el, id) {
  el.innerHTML = '<p class="hint">Loading…</p>';
  try {
    const ev = await getEvent(id);
    el.innerHTML = eventHTML(ev);
    el.dataset.eventId = ev.id;
    const docs = [...new Set(ev.claims.map((c) => c.doc_id).filter(Boolean))];
    const box = el.querySelector(".articles");
    for (const doc of docs) {
      const article = await getArticle(doc);
      if (el.dataset.eventId !== ev.id) return; // another event was picked meanwhile
      box.insertAdjacentHTML("beforeend", articleHTML(article, ev.id));
    }
    const first = box.querySelector("mark.quote:not(.other)");
    if (first) first.scrollIntoView({ block: "center" });
  } catch (err) {
    el.innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
}
