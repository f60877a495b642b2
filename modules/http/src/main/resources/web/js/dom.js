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

export const pct = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${Math.round(x * 100)}%`);
export const fmtScore = (x) => (x === null || x === undefined ? '–' : Number(x).toFixed(1));
export const fmtTime = (iso) => (iso ? new Date(iso).toISOString().replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : '');

export function badge(text, cls) {
  return h('span', { class: `badge ${cls || ''}` }, text);
}

export function verdictBadge(v) {
  return badge(v, v === 'pass' ? 'pass' : v === 'fail' ? 'fail' : 'na');
}
