// The event list under the panel: pages of rows, and counts of the events the map cannot
// show (no place) or the timeline cannot (no date), each a link that lists them.
import { colourOf } from "./colours.js";
import { esc } from "./html.js";

export const ROWS_PER_PAGE = 300;

export const isMapped = (e) => e.location && e.location.lat != null && e.location.lon != null;
export const isDated = (e) => Boolean(e.date_start);

const fmtDeaths = (f) => (!f ? "" : f.low === f.high ? `${f.low}` : `${f.low}–${f.high}`);

function rowHTML(e, selected) {
  const cls = [e.status === "contested" ? "contested" : "", e.id === selected ? "selected" : ""];
  return `<tr data-id="${esc(e.id)}" class="${cls.join(" ").trim()}">
    <td>${esc(e.date_start || "undated")}</td>
    <td><span class="swatch" data-type="${esc(e.event_type)}"></span>${esc(e.sub_event_type)}</td>
    <td>${esc(e.location.name || "")}${isMapped(e) ? "" : ' <small class="unmapped">(not mapped)</small>'}</td>
    <td>${esc(fmtDeaths(e.fatalities))}</td>
  </tr>`;
}

// Draws rows [page * ROWS_PER_PAGE, ...) of events and the pager; returns the page shown.
export function renderList(events, page, selected) {
  const pages = Math.max(1, Math.ceil(events.length / ROWS_PER_PAGE));
  const at = Math.max(0, Math.min(page, pages - 1));
  const from = at * ROWS_PER_PAGE;
  const rows = events.slice(from, from + ROWS_PER_PAGE);
  const body = document.querySelector("#list tbody");
  body.innerHTML = rows.map((e) => rowHTML(e, selected)).join("");
  for (const el of body.querySelectorAll(".swatch")) el.style.background = colourOf(el.dataset.type);
  document.getElementById("pager").hidden = pages < 2;
  document.getElementById("page-info").textContent =
    `rows ${events.length ? from + 1 : 0}–${from + rows.length} of ${events.length}`;
  document.getElementById("page-prev").disabled = at === 0;
  document.getElementById("page-next").disabled = at >= pages - 1;
  return at;
}

// "N not mapped" / "N undated" links (hidden at zero); `only` marks the one listing now.
export function renderGaps(events, only) {
  const counts = { unmapped: events.filter((e) => !isMapped(e)).length,
                   undated: events.filter((e) => !isDated(e)).length };
  for (const [kind, n] of Object.entries(counts)) {
    const el = document.getElementById(`gap-${kind}`);
    el.hidden = n === 0;
    el.textContent = `${n} ${kind === "unmapped" ? "not mapped" : "undated"}`;
    el.classList.toggle("active", only === kind);
  }
  document.getElementById("gap-all").hidden = !only;
}

export function onlyGap(events, only) {
  if (only === "unmapped") return events.filter((e) => !isMapped(e));
  if (only === "undated") return events.filter((e) => !isDated(e));
  return events;
}
