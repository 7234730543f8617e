// Thin client for the khaldun API (same origin).

async function getJSON(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
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
