// One colour per ACLED event type, shared by map, timeline and legend.
export const TYPE_COLOURS = {
  Battles: "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  Protests: "#2ca02c",
  Riots: "#8c564b",
  "Strategic developments": "#1f77b4",
};
export const OTHER_COLOUR = "#7f7f7f";

export const colourOf = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;

// A CSS-safe class name for an event type ("Explosions/Remote violence" -> "explosions-remote-violence").
export const typeSlug = (type) => (type || "unknown").toLowerCase().replace(/[^a-z0-9]+/g, "-");

// The legend's swatches carry data-type; html.paint() colours them.
export function renderLegend(el) {
  const rows = Object.keys(TYPE_COLOURS).map(
    (t) => `<li><span class="swatch" data-type="${t}"></span>${t}</li>`,
  );
  rows.push('<li><span class="swatch contested"></span>contested (sources disagree)</li>');
  rows.push('<li><span class="swatch size"></span>size: most deaths any source claims</li>');
  el.innerHTML = `<ul class="legend">${rows.join("")}</ul>`;
}
