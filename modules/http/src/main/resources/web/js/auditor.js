// The auditor's explorer: filter the event history, page through it with the server's cursor, open a session's
// trail (its hash chain), verify it against the journal, and export what the filters select as NDJSON or CSV.
import { get, download } from './api.js';
import { h, field, replace, say, sayError, fmtTime } from './dom.js';

const enc = encodeURIComponent;
const TYPES = ['SessionStarted', 'CustomerMessageSent', 'AgentMessageSent', 'AgentActionTaken', 'CustomerMoodChanged',
  'CustomerNudged', 'CustomerHungUp', 'SessionEnded', 'WorkshopCreated', 'TraineeEnrolled', 'SessionAssigned',
  'FeedbackReleased', 'WorkshopClosed', 'RunStarted', 'RunFinished'];

// the filters and page survive a visit to a session's trail
const memory = { filters: {}, limit: '50', cursors: ['0'] };

export async function render(main, parts) {
  if (parts[0] === 's' && parts[1]) return trail(main, parts[1]);
  return explorer(main);
}

function query(filters, extra) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  for (const [k, v] of Object.entries(extra || {})) if (v !== undefined && v !== null) q.set(k, v);
  return q.toString();
}

/** A datetime-local value read as UTC, as the labels say. */
const utc = (v) => (v ? new Date(v + (v.length === 16 ? ':00' : '') + 'Z').toISOString().replace('.000Z', 'Z') : '');

function summary(row) {
  const e = row.event || {};
  if (e.text) return h('bdi', null, e.subject ? `[${e.subject}] ${e.text}` : e.text);
  if (e.type && e.fields) return `${e.type}: ${Object.entries(e.fields).map(([k, v]) => `${k}=${v}`).join('; ')}`;
  if (row.type === 'CustomerMoodChanged') return `mood ${e.moodBefore} → ${e.moodAfter} (${e.cause})`;
  if (row.type === 'SessionEnded') return `outcome ${e.outcome}, ended by ${e.endedBy}`;
  if (row.type === 'SessionStarted') return `${e.channel} · ${e.language} · ${e.scenarioId}`;
  if (row.type === 'RunStarted') return `${e.sessions} scripted sessions`;
  if (row.type === 'RunFinished') return e.failures.length ? `failed: ${e.failures.join('; ')}` : 'all sessions played';
  if (e.scenarioId) return e.scenarioId;
  return '';
}

const short = (hash) => (hash ? h('code', { title: hash }, hash.slice(0, 10) + '…') : '');

async function explorer(main) {
  const f = memory.filters;
  const inputs = {
    workshop: h('input', { name: 'workshop', value: f.workshop || '', autocomplete: 'off' }),
    trainee: h('input', { name: 'trainee', value: f.trainee || '', autocomplete: 'off' }),
    session: h('input', { name: 'session', value: f.session || '', autocomplete: 'off' }),
    type: h('select', { name: 'type' }, h('option', { value: '' }, 'any type'), TYPES.map((t) => h('option', { value: t }, t))),
    from: h('input', { name: 'from', type: 'datetime-local', step: '1', value: f.fromLocal || '' }),
    to: h('input', { name: 'to', type: 'datetime-local', step: '1', value: f.toLocal || '' }),
    limit: h('select', { name: 'limit' }, ['10', '25', '50', '100', '500'].map((n) => h('option', { value: n }, n))),
  };
  inputs.type.value = f.type || '';
  inputs.limit.value = memory.limit;
  const results = h('div', { class: 'table-wrap', id: 'events' });
  const pageInfo = h('span', { id: 'page-info', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', id: 'prev-page' }, 'Previous page');
  const next = h('button', { type: 'button', id: 'next-page' }, 'Next page');
  const exports = h('ul', { class: 'list', id: 'exports', 'aria-label': 'Exports' });
  let nextCursor = null;

  const read = () => {
    memory.filters = {
      workshop: inputs.workshop.value.trim(), trainee: inputs.trainee.value.trim(), session: inputs.session.value.trim(),
      type: inputs.type.value, from: utc(inputs.from.value), to: utc(inputs.to.value),
      fromLocal: inputs.from.value, toLocal: inputs.to.value,
    };
    memory.limit = inputs.limit.value;
  };
  // the form's own values stay in memory for the next visit; the API gets the UTC instants
  const apiFilters = () => Object.fromEntries(Object.entries(memory.filters)
    .filter(([k]) => k !== 'fromLocal' && k !== 'toLocal'));

  const load = async () => {
    const after = memory.cursors[memory.cursors.length - 1];
    const q = query(apiFilters(), { limit: memory.limit, after });
    const page = await get(`/audit/events?${q}`);
    nextCursor = page.next;
    next.disabled = !nextCursor;
    prev.disabled = memory.cursors.length <= 1;
    pageInfo.textContent = `Page ${memory.cursors.length} · ${page.events.length} events${nextCursor ? '' : ' · last page'}`;
    results.dataset.count = String(page.events.length);
    results.dataset.query = q;
    results.replaceChildren(h('table', null,
      h('thead', null, h('tr', null, ['#', 'Time (UTC)', 'Type', 'Workshop', 'Trainee', 'Session', 'Seq', 'Hash', 'What'].map((c) =>
        h('th', { scope: 'col' }, c)))),
      h('tbody', null, page.events.map((r) => h('tr', { dataset: { type: r.type, ordering: String(r.ordering) } },
        h('td', { class: 'num' }, r.ordering), h('td', { class: 'small time' }, fmtTime(r.occurredAt)), h('td', null, r.type),
        h('td', null, r.workshopId || ''), h('td', null, r.traineeId || ''),
        h('td', null, r.sessionId ? h('a', { href: `#/auditor/s/${enc(r.sessionId)}`, class: 'session-link' }, r.sessionId) : ''),
        h('td', { class: 'num' }, r.seqNr), h('td', null, short(r.hash)), h('td', { class: 'small' }, summary(r)))))));
  };

  const form = h('form', { class: 'card', 'aria-labelledby': 'filters-h', id: 'filters' },
    h('h2', { id: 'filters-h' }, 'Filter the event history'),
    h('div', { class: 'form-grid' },
      field('Workshop', inputs.workshop, '(e.g. demo-1)'), field('Trainee', inputs.trainee), field('Session', inputs.session),
      field('Event type', inputs.type), field('From (UTC)', inputs.from, '(inclusive)'), field('To (UTC)', inputs.to, '(exclusive)'),
      field('Events per page', inputs.limit)),
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'primary', id: 'search' }, 'Search'),
      h('button', { type: 'button', id: 'reset', onclick: () => { for (const i of Object.values(inputs)) if (i.name !== 'limit') i.value = ''; } }, 'Clear filters'),
      h('button', { type: 'button', id: 'export-ndjson', onclick: () => exportAs('ndjson') }, 'Export NDJSON'),
      h('button', { type: 'button', id: 'export-csv', onclick: () => exportAs('csv') }, 'Export CSV')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    read();
    memory.cursors = ['0'];
    try { await load(); say('Events loaded.'); } catch (e) { sayError(e); }
  });
  next.addEventListener('click', async () => {
    if (!nextCursor) return;
    memory.cursors.push(nextCursor);
    try { await load(); } catch (e) { sayError(e); }
  });
  prev.addEventListener('click', async () => {
    if (memory.cursors.length > 1) memory.cursors.pop();
    try { await load(); } catch (e) { sayError(e); }
  });

  async function exportAs(format) {
    read();
    const name = `audit-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.${format}`;
    try {
      say(`Exporting ${format.toUpperCase()}…`);
      const { link, blob } = await download(`/audit/export?${query(apiFilters(), { format })}`, name);
      const lines = (await blob.text()).split('\n').filter((l) => l).length - (format === 'csv' ? 1 : 0);
      link.dataset.format = format;
      link.dataset.events = String(lines);
      exports.prepend(h('li', null, link, h('span', { class: 'muted small' }, ` ${lines} events`)));
      link.click();
      say(`Exported ${lines} events as ${format.toUpperCase()}.`);
    } catch (e) { sayError(e); }
  }

  replace(main, h('h1', null, 'Audit trail'),
    h('p', { class: 'muted' }, 'Every stored event in the journal\'s global order. Pages follow the server\'s cursor, so they stay stable while new events arrive.'),
    form,
    h('section', { class: 'card', 'aria-labelledby': 'events-h' }, h('h2', { id: 'events-h' }, 'Events'),
      h('div', { class: 'row' }, prev, next, pageInfo), results),
    h('section', { class: 'card', 'aria-labelledby': 'exports-h' }, h('h2', { id: 'exports-h' }, 'Exports'),
      h('p', { class: 'small muted' }, 'Each export downloads at once; the links stay here for this visit.'), exports));
  await load();
}

async function trail(main, id) {
  const data = await get(`/audit/sessions/${enc(id)}/events`);
  const verdict = h('div', { id: 'verify-result', 'aria-live': 'polite' });
  const verify = h('button', { type: 'button', class: 'primary', id: 'verify' }, 'Verify hash chain');
  verify.addEventListener('click', async () => {
    verify.disabled = true;
    try {
      const r = await get(`/audit/sessions/${enc(id)}/verify`);
      verdict.dataset.intact = String(r.intact);
      replace(verdict, r.intact
        ? h('p', { class: 'result-ok' }, `Intact: ${r.events} events, every hash recomputed from the journal matches.`)
        : h('div', null, h('p', { class: 'result-bad' }, `NOT intact: ${r.findings.length} finding(s) in ${r.events} events.`),
          h('ul', null, r.findings.map((x) => h('li', null, `seq ${x.seqNr} · ${x.where}: ${x.reason}`)))));
      say(r.intact ? 'The chain is intact.' : 'The chain is broken.');
    } catch (e) { sayError(e); } finally { verify.disabled = false; }
  });
  const started = (data.events.find((r) => r.type === 'SessionStarted') || {}).event || {};
  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', null, `Session trail: ${id}`),
      h('p', { class: 'muted' }, `${data.events.length} events · ${started.channel || ''} · ${started.language || ''} · trainee ${started.traineeName || ''}`)),
    h('a', { class: 'button', href: '#/auditor' }, 'Back to the events')),
    h('section', { class: 'card' }, h('div', { class: 'row' }, verify, h('button', { type: 'button', onclick: async () => {
      try {
        const { link } = await download(`/audit/export?${query({ session: id }, { format: 'ndjson' })}`, `${id}.ndjson`);
        link.click();
      } catch (e) { sayError(e); }
    } }, 'Export this session (NDJSON)')), verdict),
    h('section', { class: 'card', 'aria-label': 'Hash chain' }, h('div', { class: 'table-wrap' }, h('table', { class: 'chain' },
      h('thead', null, h('tr', null, ['Seq', 'Time (UTC)', 'Type', 'Previous hash', 'Hash', 'What'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, data.events.map((r) => h('tr', { dataset: { type: r.type } },
        h('td', { class: 'num' }, r.seqNr), h('td', { class: 'time' }, fmtTime(r.occurredAt)), h('td', null, r.type),
        h('td', null, short(r.prevHash)), h('td', null, short(r.hash)),
        h('td', { lang: started.language || null, dir: 'auto' }, summary(r)))))))));
}
