// The map: offline Natural Earth outlines (or configured tiles) and one marker per event.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { feature } from "topojson-client";
import { colourOf, typeSlug } from "./colours.js";

const MAX_RADIUS = 22;
// Past this many markers SVG elements get slow: draw them on one canvas instead.
const SVG_MAX_MARKERS = 1500;
let canvas = null;

// Marker radius grows with the square root of the highest death count claimed.
export function radiusOf(ev) {
  const deaths = ev.fatalities ? ev.fatalities.high : 0;
  return Math.min(MAX_RADIUS, 4 + 2 * Math.sqrt(deaths));
}

export function createMap(el, config) {
  const map = L.map(el, { preferCanvas: false, worldCopyJump: true }).setView([34.8, 38.5], 6);
  map.createPane("outlines").style.zIndex = 250;
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 18 })
      .addTo(map);
  } else {
    el.classList.add("offline");
  }
  addOutlines(map, Boolean(config.tile_url));
  return map;
}

async function addOutlines(map, overTiles) {
  const [world, admin1] = await Promise.all([
    fetch("/basemap/countries-50m.json").then((r) => r.json()),
    fetch("/basemap/admin1.json").then((r) => r.json()),
  ]);
  const countries = feature(world, world.objects.countries);
  const fill = overTiles ? 0 : 1;
  L.geoJSON(countries, {
    pane: "outlines", interactive: false,
    style: { color: "#666", weight: 1, fillColor: "#f2efe6", fillOpacity: fill },
  }).addTo(map);
  L.geoJSON(admin1, {
    pane: "outlines", interactive: false,
    style: { color: "#999", weight: 0.6, dashArray: "2 3", fill: false },
  }).addTo(map);
  L.control.attribution({ prefix: false }).addTo(map)
    .addAttribution("Outlines: Natural Earth (public domain)");
}

// Replaces the markers with one per located event; onPick(id) on click.
export function showEvents(map, layer, events, onPick) {
  layer.clearLayers();
  canvas = canvas || L.canvas({ padding: 0.2 });
  const many = events.length > SVG_MAX_MARKERS;
  const renderer = many ? canvas : undefined;
  const scale = many ? 0.5 : 1; // thousands of markers: smaller, so clusters stay readable
  for (const ev of events) {
    const { lat, lon } = ev.location || {};
    if (lat == null || lon == null) continue;
    const contested = ev.status === "contested";
    const marker = L.circleMarker([lat, lon], {
      radius: Math.max(2, radiusOf(ev) * scale),
      color: contested ? "#000" : "#fff",
      weight: contested ? 3 * scale : scale,
      dashArray: contested ? "4 3" : null,
      fillColor: colourOf(ev.event_type),
      fillOpacity: 0.75,
      renderer,
      className: `event-marker type-${typeSlug(ev.event_type)}${contested ? " contested" : ""}`,
    });
    marker.bindTooltip(`${ev.date_start || "?"} · ${ev.sub_event_type} · ${ev.location.name}`);
    marker.on("click", () => onPick(ev.id));
    marker.eventId = ev.id;
    layer.addLayer(marker);
  }
}

export function highlightMarker(layer, id) {
  layer.eachLayer((m) => {
    const el = m.getElement && m.getElement();
    if (el) el.classList.toggle("selected", m.eventId === id);
  });
}
