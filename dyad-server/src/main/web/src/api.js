// The UI's only source of data: the REST API under /api.

/** An API answer that was not a success, with the server's one-line reason. */
export class ApiError extends Error {}

async function fetchOk(path, parameters, options = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const text = query.toString();
  const response = await fetch('/api/' + path + (text ? '?' + text : ''), options);
  if (!response.ok) {
    let reason = 'HTTP ' + response.status;
    try {
      reason = (await response.json()).error || reason;
    } catch {
      // Not JSON: keep the status.
    }
    throw new ApiError(reason);
  }
  return response;
}

export async function getJson(path, parameters) {
  return (await fetchOk(path, parameters)).json();
}

/** JSON Lines (the events), one object a line. */
export async function getLines(path, parameters) {
  const text = await (await fetchOk(path, parameters)).text();
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

export async function postForm(path, parameters, form) {
  return (await fetchOk(path, parameters, { method: 'POST', body: form })).json();
}

/** Sends `body` as JSON and returns the JSON answer. */
export async function postJson(path, body) {
  return sendJson('POST', path, body);
}

/** Replaces what `path` names with `body`, sent as JSON, and returns the JSON answer. */
export async function putJson(path, body) {
  return sendJson('PUT', path, body);
}

async function sendJson(method, path, body) {
  return (await fetchOk(path, {}, {
    method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  })).json();
}
