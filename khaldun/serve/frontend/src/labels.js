// Town names over the map from GET /labels: the most populous first, more as you zoom in,
// and none drawn over another.
import L from "leaflet";
import { getLabels } from "./api.js";
import { esc } from "./html.js";

const CHAR_PX = 6.5; // about one character of the label font, to keep labels apart
const LINE_PX = 14;

const overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// The visible box as the API wants it, inside -180..180 even when the map has wrapped.
function viewBox(map) {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  const west = clamp(b.getWest(), -180, 180);
  const east = clamp(b.getEast(), west, 180);
  return [west, clamp(b.getSouth(), -90, 90), east, clamp(b.getNorth(), -90, 90)]
    .map((x) => x.toFixed(3)).join(",");
}

function draw(map, layer, places) {
  layer.clearLayers();
  const taken = [];
  for (const p of places) {
    const at = map.latLngToContainerPoint([p.lat, p.lon]);
    const box = { x0: at.x - 4, y0: at.y - LINE_PX / 2, x1: at.x + 10 + CHAR_PX * p.name.length,
                  y1: at.y + LINE_PX / 2 };
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    const size = p.population >= 1_000_000 ? "big" : p.population >= 100_000 ? "mid" : "small";
    const icon = L.divIcon({
      className: `place-label ${size}`,
      html: `<span class="dot"></span><span class="name">${esc(p.name)}</span>`,
      iconSize: null,
    });
    layer.addLayer(L.marker([p.lat, p.lon], { icon, pane: "labels", interactive: false,
                                                keyboard: false }));
  }
}

// Keeps a label layer on the map up to date as it moves.
export function addLabels(map) {
  map.createPane("labels").style.zIndex = 350; // over the outlines, under the events
  const layer = L.layerGroup().addTo(map);
  let pending = null;
  const update = async () => {
    if (pending) pending.abort();
    pending = new AbortController();
    try {
      const { labels } = await getLabels(viewBox(map), map.getZoom(), pending.signal);
      draw(map, layer, labels);
    } catch (err) {
      if (err.name !== "AbortError") layer.clearLayers();
    }
  };
  map.on("moveend", update);
  update();
  return layer;
}
