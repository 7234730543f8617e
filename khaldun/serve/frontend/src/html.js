// Small HTML helpers shared by the dashboard and the article page. No inline style attributes
// are written (the server's Content-Security-Policy may forbid them): colours are set from
// JavaScript on elements that carry data-type.
import { colourOf } from "./colours.js";

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ESC[c]);

// A coloured dot for an event type, painted by paint().
export const swatch = (type) => `<span class="swatch" data-type="${esc(type)}"></span>`;

// Colours every swatch under root from its data-type.
export function paint(root) {
  for (const el of root.querySelectorAll(".swatch[data-type]")) {
    el.style.background = colourOf(el.dataset.type);
  }
}

// Text as HTML with the pieces covered by spans [{start, end, ...}] passed to wrap(piece, covering).
export function highlight(text, spans, wrap) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = esc(text.slice(a, b));
    html += covering.length ? wrap(piece, covering) : piece;
  }
  return html;
}

// Scrolls container (only it, never the page) so that el sits in its middle.
export function scrollWithin(container, el) {
  const box = container.getBoundingClientRect();
  const at = el.getBoundingClientRect();
  container.scrollTop += at.top - box.top - (box.height - at.height) / 2;
}

// The outlet of an article: its URL's host name without "www.".
export function outletOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}
