// The API client: bearer token from sessionStorage, problem+json errors, server-sent events read through fetch
// (EventSource cannot send an Authorization header), and downloads of exports.
const KEY = 'servicesim.token';

export const token = {
  get: () => sessionStorage.getItem(KEY),
  set: (t) => sessionStorage.setItem(KEY, t),
  clear: () => sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

function headers(extra) {
  const h = Object.assign({}, extra);
  const t = token.get();
  if (t) h.Authorization = 'Bearer ' + t;
  return h;
}

async function failure(r) {
  let problem;
  try { problem = await r.json(); } catch { problem = { detail: r.statusText }; }
  return new ApiError(r.status, problem);
}

export async function api(method, path, body) {
  const init = { method, headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
  if (body !== undefined) init.body = JSON.stringify(body);
  const r = await fetch('/api/v1' + path, init);
  if (!r.ok) throw await failure(r);
  const type = r.headers.get('Content-Type') || '';
  return type.includes('json') ? r.json() : r.text();
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);

/**
 * Follows a server-sent event stream: on(type, data, id) for each event (data parsed as JSON). Reconnects after a
 * dropped connection from the last id seen; stops when the server ends the stream or stop() is called.
 */
export function stream(path, on, { onEnd, onError } = {}) {
  const control = new AbortController();
  let lastId = null;
  let stopped = false;
  const run = async () => {
    while (!stopped) {
      try {
        const h = headers({ Accept: 'text/event-stream' });
        if (lastId !== null) h['Last-Event-ID'] = lastId;
        const r = await fetch('/api/v1' + path, { headers: h, signal: control.signal, cache: 'no-store' });
        if (!r.ok) throw await failure(r);
        const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let type = 'message', data = '', id = null;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const colon = line.indexOf(':');
              const field = colon < 0 ? line : line.slice(0, colon);
              const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
              if (field === 'event') type = val;
              else if (field === 'data') data += (data ? '\n' : '') + val;
              else if (field === 'id') id = val;
            }
            if (id !== null) lastId = id;
            if (data) on(type, JSON.parse(data), id);
          }
        }
        stopped = true;
        if (onEnd) onEnd();
      } catch (e) {
        if (stopped || e.name === 'AbortError') return;
        if (e instanceof ApiError) {
          stopped = true;
          if (onError) onError(e);
          return;
        }
        await new Promise((res) => setTimeout(res, 1000));
      }
    }
  };
  run();
  return { stop: () => { stopped = true; control.abort(); } };
}

/** Fetches an export with the token and hands it to the browser as a file; returns the link made for it. */
export async function download(path, filename) {
  const r = await fetch('/api/v1' + path, { headers: headers({}) });
  if (!r.ok) throw await failure(r);
  const blob = await r.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.textContent = `${filename} (${(blob.size / 1024).toFixed(1)} KB)`;
  a.dataset.bytes = String(blob.size);
  return { link: a, blob };
}
