// The article page (/article.html?id=DOC): title, outlet, date, and the text with every
// event's quotes highlighted, each linked to its event on the dashboard.
import "./style.css";
import { getArticle } from "./api.js";
import { esc, highlight, outletOf, scrollWithin } from "./html.js";

const EVENT_SHADES = 6; // distinct highlight colours, reused past this many events
const eventHref = (id) => `/#event=${encodeURIComponent(id)}`;

function page(article, focus) {
  const spans = article.claims.filter((c) => c.start != null && c.end != null);
  const events = [...new Set(article.claims.map((c) => c.event_id).filter(Boolean))];
  const shade = (id) => `shade-${events.indexOf(id) % EVENT_SHADES}`;
  const text = highlight(article.text, spans, (piece, covering) => {
    const c = covering[0];
    const title = covering.map((s) => `${s.source}: ${s.kind}`).join("; ");
    const cls = `quote ${c.event_id ? shade(c.event_id) : "orphan"}${c.event_id === focus ? " focus" : ""}`;
    const mark = `<mark class="${cls}" title="${esc(title)}">${piece}</mark>`;
    return c.event_id ? `<a class="to-event" data-event="${esc(c.event_id)}" href="${eventHref(c.event_id)}">${mark}</a>` : mark;
  });
  const outlet = article.url ? outletOf(article.url) : "";
  const head = `<h2 data-field="title">${esc(article.title || article.doc_id)}</h2>
    <p class="byline"><span data-field="outlet">${esc(outlet || "outlet unknown")}</span>
      · <span data-field="published">${esc(article.published || "date unknown")}</span>
      ${article.url ? `· <a href="${esc(article.url)}" rel="noopener noreferrer">original</a>` : ""}</p>`;
  const list = events.map((id) => {
    const claims = article.claims.filter((c) => c.event_id === id);
    const kinds = claims.map((c) => `${esc(c.source)}: ${esc(c.kind)}${c.value != null ? ` ${esc(c.value)}` : ""}`);
    return `<li class="${shade(id)}${id === focus ? " focus" : ""}"><a href="${eventHref(id)}">event ${esc(id)}</a>
      <small>${kinds.join("; ")}</small></li>`;
  });
  return { main: `${head}<div class="text">${text}</div>`,
           side: `<h3>Events read from this article</h3><ul class="events">${list.join("")}</ul>` };
}

const id = new URLSearchParams(location.search).get("id");
const focus = new URLSearchParams(location.hash.slice(1)).get("event");
const main = document.getElementById("article");
try {
  if (!id) throw new Error("no article given (?id=...)");
  const article = await getArticle(id);
  const html = page(article, focus);
  document.title = `khaldun — ${article.title || article.doc_id}`;
  main.innerHTML = html.main;
  document.getElementById("article-events").innerHTML = html.side;
  const first = main.querySelector("mark.focus");
  if (first) scrollWithin(document.getElementById("article-main"), first);
} catch (err) {
  main.innerHTML = `<p class="error">${esc(err.message)}</p>`;
}
document.body.dataset.ready = "true";
