// Dashboard entry: filters -> API -> map, timeline, list; a click opens the event panel.
// The filters and the selected event live in the URL hash (#event=ID&country=SY...).
import "./style.css";
import { getConfig, getEvents } from "./api.js";
import { renderLegend } from "./colours.js";
import { renderDownloads, updateDownloads } from "./downloads.js";
import { paint } from "./html.js";
import { isMapped, onlyGap, renderGaps, renderList } from "./list.js";
import { createMap, createMarkerLayer, focusEvent, highlightMarker, showEvents } from "./map.js";
import { showEvent } from "./panel.js";
import { createTimeline } from "./timeline.js";

const PAGE = 5000; // events loaded at once; the count line says when there are more

const state = { events: [], total: 0, window: null, only: null, page: 0, selected: null };
const form = document.getElementById("filters");
const panel = document.getElementById("event");
const downloads = document.getElementById("downloads");

// The API query parameters of the form (with the map's box when "in view" is ticked).
function filterParams() {
  const data = new FormData(form);
  const params = {};
  for (const [k, v] of data.entries()) if (k !== "in_view" && v !== "") params[k] = v;
  if (data.get("in_view")) {
    const b = map.getBounds();
    params.bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((x) => x.toFixed(4)).join(",");
  }
  return params;
}

function saveHash() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (v !== "") params.set(k, k === "in_view" ? "1" : v);
  if (state.selected) params.set("event", state.selected);
  const hash = params.toString();
  history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
}

// Fills the form from the hash; returns the event it names, if any.
function restoreHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [k, v] of params) {
    const el = form.elements[k];
    if (!el) continue;
    if (el.type === "checkbox") el.checked = v === "1";
    else el.value = v;
    if (k === "event_type") el.dispatchEvent(new Event("change"));
  }
  return params.get("event");
}

// Events inside the brushed time window (all of them when there is none).
function inWindow(events) {
  if (!state.window) return events;
  const [from, to] = state.window;
  return events.filter((e) => e.date_start && e.date_start <= to && (e.date_end || e.date_start) >= from);
}

async function pick(id, { fly = true } = {}) {
  state.selected = id;
  saveHash();
  for (const row of document.querySelectorAll("#list tr[data-id]")) {
    row.classList.toggle("selected", row.dataset.id === id);
  }
  highlightMarker(markers, id);
  document.getElementById("panel").scrollTop = 0;
  const ev = await showEvent(panel, id);
  if (ev && fly && state.selected === id) focusEvent(map, markers, id, ev.location);
}

// Frames the located events (unless the user limits the query to the current view).
function fitTo(events) {
  const points = events.filter(isMapped).map((e) => [e.location.lat, e.location.lon]);
  if (points.length) map.fitBounds(points, { padding: [30, 30], maxZoom: 9, animate: false });
}

function drawList() {
  const listed = state.only ? onlyGap(state.events, state.only) : inWindow(state.events);
  state.page = renderList(listed, state.page, state.selected);
  renderGaps(state.events, state.only);
}

function redraw() {
  const shown = inWindow(state.events);
  showEvents(markers, shown, (id) => pick(id, { fly: false }));
  state.page = 0;
  drawList();
  const more = state.total > state.events.length ? ` (first ${state.events.length} of ${state.total})` : "";
  document.getElementById("count").textContent = `${shown.length} events shown${more}`;
  document.getElementById("brush-info").textContent = state.window
    ? `time window ${state.window[0]} – ${state.window[1]}` : "";
  document.getElementById("brush-clear").hidden = !state.window;
  const params = filterParams();
  if (state.window) [params.date_from, params.date_to] = state.window;
  updateDownloads(downloads, params);
}

async function load({ fit = true } = {}) {
  document.body.classList.add("loading");
  try {
    saveHash();
    const page = await getEvents(filterParams(), PAGE);
    state.events = page.events;
    state.total = page.total;
    state.window = null;
    state.only = null;
    timeline.render(state.events);
    redraw();
    if (fit && !form.elements.in_view.checked) fitTo(state.events);
  } catch (err) {
    document.getElementById("count").textContent = err.message;
  } finally {
    document.body.classList.remove("loading");
  }
}

function fillTypeSelects(eventTypes) {
  const typeSel = form.elements.event_type;
  const subSel = form.elements.sub_event_type;
  for (const t of Object.keys(eventTypes)) typeSel.add(new Option(t, t));
  const fillSubs = () => {
    subSel.length = 1;
    const types = typeSel.value ? [typeSel.value] : Object.keys(eventTypes);
    for (const t of types) for (const s of eventTypes[t]) subSel.add(new Option(s, s));
  };
  typeSel.addEventListener("change", fillSubs);
  fillSubs();
}

const config = await getConfig().catch(() => ({ event_types: {}, tile_url: null }));
const map = createMap(document.getElementById("map"), config);
const markers = createMarkerLayer(map);
const timeline = createTimeline(document.getElementById("timeline"), (w) => {
  state.window = w;
  redraw();
});
renderLegend(document.getElementById("legend"));
paint(document.getElementById("legend"));
renderDownloads(downloads);
fillTypeSelects(config.event_types || {});
const linked = restoreHash();

form.addEventListener("submit", (e) => {
  e.preventDefault();
  load();
});
form.addEventListener("reset", () => setTimeout(load, 0));
form.elements.event_type.addEventListener("change", () => load());
form.elements.status.addEventListener("change", () => load());
document.getElementById("brush-clear").addEventListener("click", () => {
  state.window = null;
  timeline.clear();
  redraw();
});
document.querySelector("#list tbody").addEventListener("click", (e) => {
  const row = e.target.closest("tr[data-id]");
  if (row) pick(row.dataset.id);
});
for (const kind of ["unmapped", "undated", "all"]) {
  document.getElementById(`gap-${kind}`).addEventListener("click", () => {
    state.only = kind === "all" || state.only === kind ? null : kind;
    state.page = 0;
    drawList();
  });
}
for (const [id, step] of [["page-prev", -1], ["page-next", 1]]) {
  document.getElementById(id).addEventListener("click", () => {
    state.page += step;
    drawList();
  });
}
// A link to another event (the "#" permalink, a pasted URL) opens it without a reload.
window.addEventListener("hashchange", () => {
  const id = new URLSearchParams(location.hash.slice(1)).get("event");
  if (id && id !== state.selected) pick(id);
});

await load({ fit: !linked });
if (linked) await pick(linked);
document.body.dataset.ready = "true";
