// Download links for the events under the current filters, in each export format the API
// renders. With a token (protected reads) the file is fetched with it and saved from memory.
import { eventsURL, headers, token } from "./api.js";

export const DOWNLOADS = [
  ["acled", "ACLED CSV", "csv"],
  ["ucdp", "UCDP CSV", "csv"],
  ["geojson", "GeoJSON", "geojson"],
  ["parquet", "Parquet", "parquet"],
];
const MAX_ROWS = 5000; // the API's largest page

export function renderDownloads(el) {
  el.innerHTML = `Download: ${DOWNLOADS.map(([fmt, label, ext]) =>
    `<a data-format="${fmt}" download="khaldun-events-${fmt}.${ext}" href="#">${label}</a>`).join(" · ")}`;
  el.addEventListener("click", async (e) => {
    const link = e.target.closest("a[data-format]");
    if (!link || !token()) return;
    e.preventDefault();
    const res = await fetch(link.href, { headers: headers("*/*") });
    const url = URL.createObjectURL(await res.blob());
    const save = Object.assign(document.createElement("a"), { href: url, download: link.download });
    save.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
}

// Points every link at the events matching filters (an object of API query parameters).
export function updateDownloads(el, filters) {
  for (const link of el.querySelectorAll("a[data-format]")) {
    link.href = eventsURL(filters, { format: link.dataset.format, limit: MAX_ROWS });
  }
}
