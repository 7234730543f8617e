// Dashboard entry: filters -> API -> map, timeline, list; a click opens the event panel.
import L from "leaflet";
import "./style.css";
import { getConfig, getEvents } from "./api.js";
import { colourOf, renderLegend } from "./colours.js";
import { createMap, highlightMarker, showEvents } from "./map.js";
import { esc, showEvent } from "./panel.js";
import { createTimeline } from "./timeline.js";

const PAGE = 5000; // events drawn at once; the count line says when there are more
const LIST_ROWS = 300;

const state = { events: [], total: 0, window: null };
const form = document.getElementById("filters");
const panel = document.getElementById("event");

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

// Events inside the brushed time window (all of them when there is none).
function inWindow(events) {
  if (!state.window) return events;
  const [from, to] = state.window;
  return events.filter((e) => e.date_start && e.date_start <= to && (e.date_end || e.date_start) >= from);
}

function pick(id) {
  highlightMarker(markers, id);
  showEvent(panel, id);
}

// Frames the located events (unless the user limits the query to the current view).
function fitTo(events) {
  const points = events
    .filter((e) => e.location && e.location.lat != null && e.location.lon != null)
    .map((e) => [e.location.lat, e.location.lon]);
  if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 9, animate: false });
}

function renderList(events) {
  const rows = events.slice(0, LIST_ROWS).map((e) => `
    <tr data-id="${esc(e.id)}" class="${e.status === "contested" ? "contested" : ""}">
      <td>${esc(e.date_start || "")}</td>
      <td><span class="swatch" style="background:${colourOf(e.event_type)}"></span>${esc(e.sub_event_type)}</td>
      <td>${esc(e.location.name)}</td>
      <td>${e.fatalities ? esc(e.fatalities.low === e.fatalities.high ? e.fatalities.low : `${e.fatalities.low}–${e.fatalities.high}`) : ""}</td>
    </tr>`);
  document.querySelector("#list tbody").innerHTML = rows.join("");
}

function redraw() {
  const shown = inWindow(state.events);
  showEvents(map, markers, shown, pick);
  renderList(shown);
  const more = state.total > state.events.length ? ` (first ${state.events.length} of ${state.total})` : "";
  document.getElementById("count").textContent = `${shown.length} events shown${more}`;
  document.getElementById("brush-info").textContent = state.window
    ? `time window ${state.window[0]} – ${state.window[1]}` : "";
  document.getElementById("brush-clear").hidden = !state.window;
}

// The filters live in the URL hash, so a filtered view can be bookmarked or shared.
function saveFilters(params) {
  const hash = new URLSearchParams(params).toString();
  history.replaceState(null, "", hash ? `#${hash}` : location.pathname);
}

function restoreFilters() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [k, v] of params) {
    const el = form.elements[k];
    if (!el) continue;
    if (el.type === "checkbox") el.checked = v === "1";
    else el.value = v;
    if (k === "event_type") el.dispatchEvent(new Event("change"));
  }
}

async function load() {
  document.body.classList.add("loading");
  try {
    const params = filterParams();
    saveFilters({ ...params, ...(form.elements.in_view.checked ? { in_view: "1" } : {}) });
    const page = await getEvents(params, PAGE);
    state.events = page.events;
    state.total = page.total;
    state.window = null;
    timeline.render(state.events);
    redraw();
    if (!form.elements.in_view.checked) fitTo(state.events);
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
const markers = L.layerGroup().addTo(map);
const timeline = createTimeline(document.getElementById("timeline"), (w) => {
  state.window = w;
  redraw();
});
renderLegend(document.getElementById("legend"));
fillTypeSelects(config.event_types || {});
restoreFilters();
form.addEventListener("submit", (e) => {
  e.preventDefault();
  load();
});
form.addEventListener("reset", () => setTimeout(load, 0));
form.elements.event_type.addEventListener("change", load);
form.elements.status.addEventListener("change", load);
document.getElementById("brush-clear").addEventListener("click", () => {
  state.window = null;
  timeline.clear();
  redraw();
});
document.querySelector("#list tbody").addEventListener("click", (e) => {
  const row = e.target.closest("tr[data-id]");
  if (row) pick(row.dataset.id);
});
await load();
document.body.dataset.ready = "true";
