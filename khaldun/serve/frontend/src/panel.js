// The event panel: what happened, where, when, how many died, who says so (side by side when
// sources disagree), and each quote highlighted inside its article.
import { getArticle, getEvent } from "./api.js";
import { esc, highlight, paint, scrollWithin, swatch } from "./html.js";
import { sidesHTML } from "./sides.js";

export const articleHref = (doc, eventId) =>
  `/article.html?id=${encodeURIComponent(doc)}${eventId ? `#event=${encodeURIComponent(eventId)}` : ""}`;

const articleLink = (doc) => `<a class="article-link" href="${articleHref(doc)}" target="_blank">article</a>`;

// Article text as HTML with every claim's quote in <mark>; this event's own ones stand out.
export function quotesHTML(text, spans) {
  return highlight(text, spans, (piece, covering) => {
    const own = covering.some((s) => s.own);
    const title = covering.map((s) => `${s.source}: ${s.kind}`).join("; ");
    return `<mark class="${own ? "quote" : "quote other"}" title="${esc(title)}">${piece}</mark>`;
  });
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
      ${c.doc_id ? articleLink(c.doc_id) : ""}
    </li>`).join("");
  return `
    <h2>${swatch(ev.event_type)}${esc(ev.event_type)} <small>${esc(ev.sub_event_type)}</small>
      <a class="permalink" href="#event=${encodeURIComponent(ev.id)}" title="link to this event">#</a></h2>
    <dl>
      <dt>Place</dt><dd data-field="place">${esc(fmtPlace(ev.location))}</dd>
      <dt>Dates</dt><dd data-field="dates">${esc(dates || "undated")}</dd>
      <dt>Fatalities</dt><dd data-field="fatalities">${esc(fmtFatalities(ev.fatalities))}</dd>
      <dt>Status</dt><dd data-field="status"><span class="status ${esc(ev.status)}">${esc(ev.status)}</span></dd>
      <dt>Actors</dt><dd>${fmtActor(ev.actor1)} → ${fmtActor(ev.actor2)}</dd>
      <dt>Sources</dt><dd>${esc(ev.sources.join(", "))}</dd>
      <dt>Reports</dt><dd data-field="reports">${reportsLine(ev.reports)}</dd>
    </dl>
    ${sidesHTML(ev, articleLink)}
    ${ev.merge_reasons.length ? `<details><summary>Why these reports are one event</summary>
      <ul>${ev.merge_reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul></details>` : ""}
    <h3>Claims</h3><ul class="claims">${claims}</ul>
    <div class="articles"></div>`;
}

function articleHTML(article, eventId) {
  const spans = article.claims
    .filter((c) => c.start != null && c.end != null)
    .map((c) => ({ ...c, own: c.event_id === eventId }));
  const title = esc(article.title || article.url || article.doc_id);
  return `<article class="source-text" data-doc="${esc(article.doc_id)}">
    <h4><a href="${articleHref(article.doc_id, eventId)}" target="_blank">${title}</a>
      <small>${esc(article.published || "")}</small></h4>
    <div class="text">${quotesHTML(article.text, spans)}</div></article>`;
}

// Fetches and shows one event, then the articles its claims come from; returns the event.
export async function showEvent(el, id) {
  el.innerHTML = '<p class="hint">Loading…</p>';
  el.dataset.eventId = id;
  try {
    const ev = await getEvent(id);
    if (el.dataset.eventId !== id) return null; // another event was picked meanwhile
    el.innerHTML = eventHTML(ev);
    paint(el);
    const docs = [...new Set(ev.claims.map((c) => c.doc_id).filter(Boolean))];
    const box = el.querySelector(".articles");
    Promise.all(docs.map(getArticle)).then((articles) => {
      if (el.dataset.eventId !== ev.id) return;
      box.innerHTML = articles.map((a) => articleHTML(a, ev.id)).join("");
      for (const text of box.querySelectorAll(".text")) {
        const first = text.querySelector("mark.quote:not(.other)");
        if (first) scrollWithin(text, first); // the article box only, never the page
      }
    }).catch((err) => { box.innerHTML = `<p class="error">${esc(err.message)}</p>`; });
    return ev;
  } catch (err) {
    el.innerHTML = `<p class="error">${esc(err.message)}</p>`;
    return null;
  }
}
