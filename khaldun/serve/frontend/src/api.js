// Thin client for the khaldun API (same origin). When the server protects reads
// (--protect-reads), the first 401 asks for the token, kept for this browser tab only.

const TOKEN_KEY = "khaldun-token";

export const token = () => sessionStorage.getItem(TOKEN_KEY);

export function headers(accept = "application/json") {
  const out = { Accept: accept };
  if (token()) out.Authorization = `Bearer ${token()}`;
  return out;
}

async function getJSON(path, retried = false, signal = undefined) {
  const res = await fetch(path, { headers: headers(), signal });
  if (res.status === 401 && !retried) {
    const given = window.prompt("This khaldun server needs its API token to show events:");
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given.trim());
      return getJSON(path, true, signal);
    }
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : res.statusText;
    throw new Error(`${path}: ${res.status} ${msg}`);
  }
  return body;
}

export const getConfig = () => getJSON("/config");
export const getEvent = (id) => getJSON(`/events/${encodeURIComponent(id)}`);
export const getArticle = (id) => getJSON(`/articles/${encodeURIComponent(id)}`);
export const getLabels = (bbox, zoom, signal) =>
  getJSON(`/labels?bbox=${bbox}&zoom=${zoom}&limit=150`, true, signal);

// The /events URL for filters (an object of API query parameters) and extra parameters.
export function eventsURL(filters, extra) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) {
    if (v !== "" && v != null) params.set(k, v);
  }
  return `/events?${params}`;
}

export const getEvents = (filters, limit) => getJSON(eventsURL(filters, { limit }));
