// The timeline: events per day, stacked by type; dragging a window filters the map.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { TYPE_COLOURS, colourOf } from "./colours.js";

const DAY = 86400;
// Tick spacing on the date axis: whole days, weeks, months, years.
const DAY_STEPS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826].map((n) => n * DAY);

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 1000;
export const isoOf = (secs) => new Date(secs * 1000).toISOString().slice(0, 10);

// Counts per day (x, seconds) and per type, as cumulative stacks for drawing.
export function dailyStacks(events) {
  const types = Object.keys(TYPE_COLOURS);
  const counts = new Map();
  let min = Infinity;
  let max = -Infinity;
  for (const ev of events) {
    if (!ev.date_start) continue;
    const d = dayOf(ev.date_start);
    min = Math.min(min, d);
    max = Math.max(max, d);
    if (!counts.has(d)) counts.set(d, new Map());
    const t = types.includes(ev.event_type) ? ev.event_type : "other";
    counts.get(d).set(t, (counts.get(d).get(t) || 0) + 1);
  }
  const xs = [];
  for (let d = min; d <= max; d += DAY) xs.push(d);
  const keys = [...types, "other"];
  let running = xs.map(() => 0);
  const stacks = keys.map((t) => {
    const own = xs.map((d) => (counts.get(d) && counts.get(d).get(t)) || 0);
    running = xs.map((_, i) => running[i] + own[i]);
    // No bar (not a zero-height sliver) where this type has no event that day.
    return running.map((v, i) => (own[i] ? v : null));
  });
  return { xs, keys, stacks };
}

// Draws the chart into el; onWindow([from, to] | null) when the brushed window changes.
export function createTimeline(el, onWindow) {
  let plot = null;
  const render = (events) => {
    if (plot) plot.destroy();
    const { xs, keys, stacks } = dailyStacks(events);
    el.classList.toggle("empty", xs.length === 0);
    if (xs.length === 0) return;
    // Tallest stack first, so each smaller one is drawn on top of it.
    const order = keys.map((_, i) => i).reverse();
    const bars = uPlot.paths.bars({ size: [0.9, 40], align: 0 });
    plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height: 150,
        legend: { show: false },
        cursor: { drag: { x: true, y: false, setScale: false } },
        padding: [8, 36, 0, 0],
        scales: {
          x: { time: true, range: (u, lo, hi) => [lo, hi + DAY] },
          y: { range: (u, lo, hi) => [0, Math.max(1, hi)] },
        },
        axes: [
          { space: 70, incrs: DAY_STEPS, values: (u, splits) => splits.map(isoOf) },
          { size: 48 },
        ],
        series: [
          {},
          ...order.map((i) => ({
            label: keys[i],
            stroke: colourOf(keys[i]),
            fill: colourOf(keys[i]),
            paths: bars,
            points: { show: false },
          })),
        ],
        hooks: {
          setSelect: [
            (u) => {
              if (u.select.width < 2) return onWindow(null);
              const from = u.posToVal(u.select.left, "x");
              const to = u.posToVal(u.select.left + u.select.width, "x");
              onWindow([isoOf(Math.floor(from / DAY) * DAY), isoOf(Math.floor(to / DAY) * DAY)]);
            },
          ],
        },
      },
      [xs, ...order.map((i) => stacks[i])],
      el,
    );
  };
  const clear = () => {
    if (plot) plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
  };
  return { render, clear };
}
