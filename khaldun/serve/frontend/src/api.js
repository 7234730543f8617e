// Thin client for the khaldun API (same origin). When the server protects reads
// (--protect-reads), the first 401 asks for the token, kept for this browser tab only.

const TOKEN_KEY = "khaldun-token";

function headers() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const out = { Accept: "application/json" };
  if (token) out.Authorization = `Bearer ${token}`;
  return out;
}

async function getJSON(path, retried = false) {
  const res = await fetch(path, { headers: headers() });
  if (res.status === 401 && !retried) {
    const token = window.prompt("This khaldun server needs its API token to show events:");
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token.trim());
      return getJSON(path, true);
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

// One page of events matching the filters (an object of API query parameters).
export function getEvents(filters, limit) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== "" && v != null) params.set(k, v);
  params.set("limit", String(limit));
  return getJSON(`/events?${params}`);
}
