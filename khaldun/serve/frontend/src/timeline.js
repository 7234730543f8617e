// The timeline: events per day, week or month (picked from the range), stacked by type, with
// deaths as a line; dragging a window filters the map and list. Redrawn when resized.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { TYPE_COLOURS, colourOf } from "./colours.js";

const DAY = 86400;
const WEEK_FROM_DAYS = 120; // ranges longer than this are binned by week
const MONTH_FROM_DAYS = 1100; // and longer than this (three years) by month
const DEATHS_COLOUR = "#111";
// Tick spacing on the date axis: whole days, weeks, months, years.
const DAY_STEPS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826].map((n) => n * DAY);

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 1000;
export const isoOf = (secs) => new Date(secs * 1000).toISOString().slice(0, 10);

// Bins: start(secs) gives the start of the bin holding a day, next(start) the following bin.
export const BINS = {
  day: { start: (s) => Math.floor(s / DAY) * DAY, next: (s) => s + DAY },
  week: {
    // Weeks start on Monday (1970-01-01 was a Thursday).
    start: (s) => Math.floor((s / DAY - 4) / 7) * 7 * DAY + 4 * DAY,
    next: (s) => s + 7 * DAY,
  },
  month: {
    start: (s) => { const d = new Date(s * 1000); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000; },
    next: (s) => { const d = new Date(s * 1000); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000; },
  },
};

export function binFor(min, max) {
  const days = (max - min) / DAY;
  return days > MONTH_FROM_DAYS ? "month" : days > WEEK_FROM_DAYS ? "week" : "day";
}

// Counts per bin (x, seconds) and per type, as cumulative stacks, and deaths per bin.
export function binnedStacks(events) {
  const types = Object.keys(TYPE_COLOURS);
  const dated = events.filter((e) => e.date_start);
  const days = dated.map((e) => dayOf(e.date_start));
  if (!days.length) return { xs: [], keys: [], stacks: [], deaths: [], bin: "day" };
  const bin = binFor(Math.min(...days), Math.max(...days));
  const { start, next } = BINS[bin];
  const counts = new Map();
  const deathsBy = new Map();
  dated.forEach((ev, i) => {
    const b = start(days[i]);
    if (!counts.has(b)) counts.set(b, new Map());
    const t = types.includes(ev.event_type) ? ev.event_type : "other";
    counts.get(b).set(t, (counts.get(b).get(t) || 0) + 1);
    deathsBy.set(b, (deathsBy.get(b) || 0) + (ev.fatalities ? ev.fatalities.high : 0));
  });
  const xs = [];
  for (let b = start(Math.min(...days)); b <= Math.max(...days); b = next(b)) xs.push(b);
  const keys = [...types, "other"];
  let running = xs.map(() => 0);
  const stacks = keys.map((t) => {
    const own = xs.map((b) => (counts.get(b) && counts.get(b).get(t)) || 0);
    running = xs.map((_, i) => running[i] + own[i]);
    // No bar (not a zero-height sliver) where this type has no event in the bin.
    return running.map((v, i) => (own[i] ? v : null));
  });
  return { xs, keys, stacks, deaths: xs.map((b) => deathsBy.get(b) || 0), bin };
}

// Draws the chart into el; onWindow([from, to] | null) when the brushed window changes.
export function createTimeline(el, onWindow) {
  let plot = null;
  let bin = "day";
  const size = () => ({ width: el.clientWidth || 600, height: 150 });
  const render = (events) => {
    if (plot) plot.destroy();
    plot = null;
    const data = binnedStacks(events);
    bin = data.bin;
    el.dataset.bin = bin;
    el.classList.toggle("empty", data.xs.length === 0);
    if (data.xs.length === 0) return;
    // Tallest stack first, so each smaller one is drawn on top of it.
    const order = data.keys.map((_, i) => i).reverse();
    const bars = uPlot.paths.bars({ size: [0.9, 40], align: 1 });
    const last = data.xs[data.xs.length - 1];
    plot = new uPlot(
      {
        ...size(),
        legend: { show: false },
        cursor: { drag: { x: true, y: false, setScale: false } },
        padding: [8, 8, 0, 0],
        scales: {
          x: { time: true, range: () => [data.xs[0], BINS[bin].next(last)] },
          y: { range: (u, lo, hi) => [0, Math.max(1, hi)] },
          d: { range: (u, lo, hi) => [0, Math.max(1, hi)] },
        },
        axes: [
          { space: 80, incrs: DAY_STEPS, values: (u, splits) => splits.map(isoOf) },
          { size: 40, label: `events / ${bin}`, labelSize: 14 },
          { scale: "d", side: 1, size: 44, grid: { show: false }, label: "deaths", labelSize: 14 },
        ],
        series: [
          {},
          ...order.map((i) => ({
            label: data.keys[i],
            stroke: colourOf(data.keys[i]),
            fill: colourOf(data.keys[i]),
            paths: bars,
            points: { show: false },
          })),
          { label: "deaths", scale: "d", stroke: DEATHS_COLOUR, width: 1.5, dash: [4, 3],
            points: { show: false } },
        ],
        hooks: {
          setSelect: [
            (u) => {
              if (u.select.width < 2) return onWindow(null);
              const { start, next } = BINS[bin];
              const from = start(u.posToVal(u.select.left, "x"));
              const to = next(start(u.posToVal(u.select.left + u.select.width, "x"))) - DAY;
              onWindow([isoOf(from), isoOf(to)]);
            },
          ],
        },
      },
      [data.xs.map((x) => x), ...order.map((i) => data.stacks[i]), data.deaths],
      el,
    );
  };
  new ResizeObserver(() => {
    if (plot && el.clientWidth && el.clientWidth !== plot.width) plot.setSize(size());
  }).observe(el);
  const clear = () => {
    if (plot) plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
  };
  return { render, clear };
}
