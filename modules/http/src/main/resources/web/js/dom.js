// Building the page from data without innerHTML: every text from the API goes in as text.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled' || k === 'hidden') el[k] = !!v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  return append(el, children);
}

let ids = 0;
export const uid = (prefix) => `${prefix}-${++ids}`;

/** A labelled form control; the label is tied to the control by id. */
export function field(label, control, hint) {
  if (!control.id) control.id = uid('f');
  const hintEl = hint ? h('span', { class: 'hint', id: control.id + '-hint' }, ' ', hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label, hintEl), control);
}

const status = () => document.getElementById('status');

export function say(text) {
  const s = status();
  s.classList.remove('error');
  s.textContent = text;
}

export function sayError(e) {
  const s = status();
  s.classList.add('error');
  s.textContent = e && e.message ? e.message : String(e);
}

const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);

/** A share from 0 to 1 as a percentage; a dash when there is nothing to count yet. */
export const pct = (x) => (isNumber(x) ? `${Math.round(x * 100)}%` : '–');
export const fmtScore = (x) => (isNumber(x) ? x.toFixed(1) : '–');

/** "1 trainee", "3 trainees"; {@code many} when the plural is not the singular plus s. */
export const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + 's'}`;

export const fmtTime = (iso) => (iso ? new Date(iso).toISOString().replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : '');
export const fmtDate = (iso) => (iso ? new Date(iso).toISOString().slice(0, 10) : '');

/** A duration as a clock reads it: 0:09, 12:05, 1:02:03; days when longer (2d 3h). */
export function fmtDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(s / 86400);
  if (d > 0) {
    const hours = Math.floor((s % 86400) / 3600);
    return hours ? `${d}d ${hours}h` : `${d}d`;
  }
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** A duration as the server writes it (ISO-8601: PT47S, PT9M56.5S, PT26H; or seconds), in milliseconds. */
export function isoMillis(d) {
  if (typeof d === 'number') return d * 1000;
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(String(d || ''));
  return m ? ((Number(m[1] || 0) * 60 + Number(m[2] || 0)) * 60 + Number(m[3] || 0)) * 1000 : 0;
}

/** A time given relative to a session's start in an action field (+0s, +3d, +90m), as words. */
export function fmtRelative(value) {
  const m = /^\+(\d+)(ms|s|m|h|d|w)$/.exec(String(value).trim());
  if (!m) {
    const t = Date.parse(value);
    return Number.isNaN(t) || !/^\d{4}-\d\d-\d\d/.test(value) ? String(value) : fmtTime(value);
  }
  const n = Number(m[1]);
  if (n === 0) return 'at the start of the session';
  const unit = { ms: 'millisecond', s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week' }[m[2]];
  return `${plural(n, unit)} after the start`;
}

export function badge(text, cls) {
  return h('span', { class: `badge ${cls || ''}` }, text);
}

export function verdictBadge(v) {
  return badge(v, v === 'pass' ? 'pass' : v === 'fail' ? 'fail' : 'na');
}

/**
 * Asks before something that cannot be undone: a modal dialog with the question, what happens, and two buttons.
 * Resolves true when confirmed; Escape or Cancel resolves false.
 */
export function confirmAction({ title, text, confirm, danger = false }) {
  return new Promise((resolve) => {
    const cancelButton = h('button', { type: 'button', value: 'cancel', class: 'cancel' }, 'Cancel');
    const okButton = h('button', { type: 'submit', value: 'ok', class: danger ? 'danger-solid' : 'primary', 'data-confirm': '' }, confirm);
    const titleId = uid('confirm');
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': titleId },
      h('form', { method: 'dialog' },
        h('h2', { id: titleId }, title), text ? h('p', null, text) : null,
        h('div', { class: 'row end' }, cancelButton, okButton)));
    cancelButton.addEventListener('click', () => dialog.close('cancel'));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'ok');
    });
    document.body.append(dialog);
    dialog.showModal();
    cancelButton.focus();
  });
}

/** The query of the page's address (#/view/...?a=1&b=2). */
export function hashQuery() {
  const i = location.hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
}

/** Rewrites the query of the page's address without reloading the view, so that it can be bookmarked or shared. */
export function setHashQuery(params) {
  const path = location.hash.split('?')[0] || '#/';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const text = q.toString();
  history.replaceState(null, '', path + (text ? '?' + text : ''));
}

/** Counts the records of an RFC 4180 CSV text (header excluded): line breaks inside quoted fields do not count. */
export function csvRecords(text) {
  let records = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      if (content) records++;
      content = false;
      continue;
    }
    if (c !== '\r') content = true;
  }
  if (content) records++;
  return Math.max(0, records - 1);
}
