// Country outlines that cross the antimeridian (Russia, Fiji, Antarctica) jump from +180 to
// -180 mid-ring, which a flat map draws as stripes across the world. Each such polygon is
// redrawn with continuous longitudes (past ±180), plus a copy shifted a world over so both
// edges of the map show it; a ring around a pole is closed along that pole.

const crosses = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

function unwrap(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = out[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) > 180) {
    // It went once around the globe: close it along the pole it encircles.
    const south = out.reduce((s, p) => s + p[1], 0) / out.length < 0;
    const pole = south ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], first);
  }
  return out;
}

const shift = (poly, by) => poly.map((ring) => ring.map(([lon, lat]) => [lon + by, lat]));

function fixPolygon(poly) {
  if (!poly.some(crosses)) return [poly];
  const fixed = poly.map(unwrap);
  const lons = fixed.flat().map((p) => p[0]);
  const out = [fixed];
  if (Math.max(...lons) > 180) out.push(shift(fixed, -360));
  if (Math.min(...lons) < -180) out.push(shift(fixed, 360));
  return out;
}

// A GeoJSON FeatureCollection with every (Multi)Polygon made safe to draw on a flat map.
export function splitAntimeridian(fc) {
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
    const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    const fixed = polys.flatMap(fixPolygon);
    f.geometry = fixed.length === 1
      ? { type: "Polygon", coordinates: fixed[0] }
      : { type: "MultiPolygon", coordinates: fixed };
  }
  return fc;
}
