// The map: offline Natural Earth outlines (or configured tiles), town labels, and one marker
// per event, clustered with the count and deaths of the events inside each cluster.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import { feature } from "topojson-client";
import { splitAntimeridian } from "./antimeridian.js";
import { colourOf, typeSlug } from "./colours.js";
import { esc } from "./html.js";
import { addLabels } from "./labels.js";

const MAX_RADIUS = 22;
const FOCUS_ZOOM = 11; // flying to an event ends here; clusters have all opened by then

const deathsOf = (ev) => (ev.fatalities ? ev.fatalities.high : 0);

// Marker radius grows with the square root of the highest death count claimed.
export function radiusOf(ev) {
  return Math.min(MAX_RADIUS, 4 + 2 * Math.sqrt(deathsOf(ev)));
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const deaths = children.reduce((s, m) => s + m.deaths, 0);
  const n = children.length;
  const size = n < 10 ? "small" : n < 100 ? "medium" : "large";
  return L.divIcon({
    className: `event-cluster ${size}${children.some((m) => m.contested) ? " contested" : ""}`,
    html: `<div><b class="n">${n}</b>${deaths ? `<small class="deaths">${deaths} †</small>` : ""}</div>`,
    iconSize: L.point(44, 44),
  });
}

export function createMap(el, config) {
  const map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([34.8, 38.5], 6);
  map.createPane("outlines").style.zIndex = 250;
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 18 })
      .addTo(map);
  } else {
    el.classList.add("offline");
  }
  addOutlines(map, Boolean(config.tile_url));
  addLabels(map);
  const record = () => {
    const c = map.getCenter();
    el.dataset.center = `${c.lat.toFixed(4)},${c.lng.toFixed(4)}`;
    el.dataset.zoom = String(map.getZoom());
  };
  map.on("moveend", record);
  record();
  return map;
}

export function createMarkerLayer(map) {
  return L.markerClusterGroup({
    maxClusterRadius: 40,
    disableClusteringAtZoom: FOCUS_ZOOM,
    showCoverageOnHover: false,
    chunkedLoading: true,
    iconCreateFunction: clusterIcon,
  }).addTo(map);
}

async function addOutlines(map, overTiles) {
  const [world, admin1] = await Promise.all([
    fetch("/basemap/countries-50m.json").then((r) => r.json()),
    fetch("/basemap/admin1.json").then((r) => r.json()),
  ]);
  const countries = splitAntimeridian(feature(world, world.objects.countries));
  const fill = overTiles ? 0 : 1;
  L.geoJSON(countries, {
    pane: "outlines", interactive: false,
    style: { color: "#666", weight: 1, fillColor: "#f2efe6", fillOpacity: fill, className: "country" },
  }).addTo(map);
  L.geoJSON(admin1, {
    pane: "outlines", interactive: false,
    style: { color: "#999", weight: 0.6, dashArray: "2 3", fill: false },
  }).addTo(map);
  L.control.attribution({ prefix: false }).addTo(map)
    .addAttribution("Outlines: Natural Earth (public domain)");
}

// Replaces the markers with one per located event; onPick(id) on click.
export function showEvents(layer, events, onPick) {
  layer.clearLayers();
  const markers = [];
  for (const ev of events) {
    const { lat, lon } = ev.location || {};
    if (lat == null || lon == null) continue;
    const contested = ev.status === "contested";
    const marker = L.circleMarker([lat, lon], {
      radius: radiusOf(ev),
      color: contested ? "#000" : "#fff",
      weight: contested ? 3 : 1,
      dashArray: contested ? "4 3" : null,
      fillColor: colourOf(ev.event_type),
      fillOpacity: 0.75,
      className: `event-marker type-${typeSlug(ev.event_type)}${contested ? " contested" : ""}`,
    });
    marker.bindTooltip(`${esc(ev.date_start || "?")} · ${esc(ev.sub_event_type)} · ${esc(ev.location.name)}`);
    marker.on("click", () => onPick(ev.id));
    marker.on("add", () => {
      if (layer.selectedId === ev.id) marker.getElement().classList.add("selected");
    });
    marker.eventId = ev.id;
    marker.deaths = deathsOf(ev);
    marker.contested = contested;
    markers.push(marker);
  }
  layer.addLayers(markers);
}

export function highlightMarker(layer, id) {
  layer.selectedId = id; // markers added later (clusters opening) highlight themselves
  layer.eachLayer((m) => {
    const el = m.getElement && m.getElement();
    if (el) el.classList.toggle("selected", m.eventId === id);
    if (m.eventId === id && m.bringToFront && m._map) m.bringToFront();
  });
}

// Flies to a place close enough that the event's own marker shows, then highlights it.
export function focusEvent(map, layer, id, location) {
  if (!location || location.lat == null || location.lon == null) return;
  map.once("moveend", () => highlightMarker(layer, id));
  map.flyTo([location.lat, location.lon], Math.max(map.getZoom(), FOCUS_ZOOM), { duration: 0.8 });
}
