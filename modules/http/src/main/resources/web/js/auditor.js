// The auditor's explorer: pick a workshop from the list, filter the event history (the filters live in the page's
// address, so a view can be bookmarked and shared), see how many events match, page through them with the server's
// cursor, read each session's score and result, open a session's trail (its conversation with the verdicts and their
// evidence, and its hash chain), verify it against the journal, and export what the filters select as NDJSON or CSV.
import { get, download, ApiError } from './api.js';
import { h, field, replace, say, sayError, fmtTime, fmtScore, fmtDuration, isoMillis, hashQuery, setHashQuery, csvRecords, plural, badge } from './dom.js';
import { catalogue, eventTitle, channelTitle, outcomeTitle, dirOf, policyNames, ruleName } from './names.js';
import { review } from './transcript.js';

const enc = encodeURIComponent;
const FILTERS = ['workshop', 'trainee', 'session', 'type', 'from', 'to'];
const LIMITS = ['10', '25', '50', '100', '500'];
const BACK = 'servicesim.auditor.back';

// the pages visited, so that "Previous page" goes back through the server's cursors
const memory = { key: '', cursors: ['0'] };

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

/** A datetime-local value read as UTC, as the labels say; and back. */
const utc = (v) => (v ? new Date(v + (v.length === 16 ? ':00' : '') + 'Z').toISOString().replace('.000Z', 'Z') : '');
const local = (iso) => (iso ? iso.replace(/Z$/, '').replace(/\.\d+$/, '').slice(0, 19) : '');

function summary(row, cat) {
  const e = row.event || {};
  if (e.text) return h('bdi', null, e.subject ? `[${e.subject}] ${e.text}` : e.text);
  if (row.type === 'AgentActionTaken') {
    const spec = cat.action.get(e.type);
    const labels = new Map(((spec && spec.fields) || []).map((f) => [f.name, f.label]));
    return [h('strong', null, spec ? spec.done : e.type), Object.keys(e.fields || {}).length ? ': ' : '',
      Object.entries(e.fields || {}).map(([k, v], i) => [i ? '; ' : '', h('span', { class: 'muted', title: k }, labels.get(k) || k), ' ', h('bdi', null, v)])];
  }
  if (row.type === 'CustomerMoodChanged') return `mood ${e.moodBefore} → ${e.moodAfter}${e.cause ? ` (${e.cause})` : ''}`;
  if (row.type === 'SessionEnded') return `outcome ${outcomeTitle(cat, e.outcome)}, ended by ${e.endedBy}`;
  if (row.type === 'AgentWaited') return `waited from ${e.at} to ${e.to} (${e.until === 'promise' ? 'a promised time' : 'the customer'})`;
  if (row.type === 'SessionResumed') return `resumed at ${e.resumedAt} after ${fmtDuration(isoMillis(e.unavailable))} unavailable (simulated, given back): clock from ${e.at}`;
  if (row.type === 'SessionStarted') return `${channelTitle(cat, e.channel)} · ${e.language} · ${e.scenarioTitle || e.scenarioId}`;
  if (e.name) return h('bdi', null, e.name);
  if (e.title) return h('bdi', null, e.title);
  if (e.scenarioId) return e.scenarioId;
  return '';
}

const short = (hash) => (hash ? h('code', { title: hash }, hash.slice(0, 10) + '…') : '');

async function explorer(main) {
  const [cat, list] = await Promise.all([catalogue(), get('/workshops')]);
  const q = hashQuery();
  const f = Object.fromEntries(FILTERS.map((k) => [k, q.get(k) || '']));
  let limit = LIMITS.includes(q.get('limit')) ? q.get('limit') : '50';
  const key = query(f, { limit });
  if (memory.key !== key) { memory.key = key; memory.cursors = ['0']; }
  const inputs = {
    workshop: h('select', { name: 'workshop' }, h('option', { value: '' }, 'every workshop'),
      list.workshops.map((w) => h('option', { value: w.workshopId, dir: 'auto' }, `${w.title} · ${w.workshopId}`))),
    trainee: h('input', { name: 'trainee', value: f.trainee, autocomplete: 'off' }),
    session: h('input', { name: 'session', value: f.session, autocomplete: 'off' }),
    type: h('select', { name: 'type' }, h('option', { value: '' }, 'any type'),
      cat.events.map((t) => h('option', { value: t.type }, `${t.title} (${t.stream})`))),
    from: h('input', { name: 'from', type: 'datetime-local', step: '1', value: local(f.from) }),
    to: h('input', { name: 'to', type: 'datetime-local', step: '1', value: local(f.to) }),
    limit: h('select', { name: 'limit' }, LIMITS.map((n) => h('option', { value: n }, n))),
  };
  if (f.workshop && !list.workshops.some((w) => w.workshopId === f.workshop)) {
    inputs.workshop.append(h('option', { value: f.workshop }, f.workshop));
  }
  inputs.workshop.value = f.workshop;
  inputs.type.value = f.type;
  inputs.limit.value = limit;
  const results = h('div', { class: 'table-wrap', id: 'events' });
  const pageInfo = h('span', { id: 'page-info', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', id: 'prev-page' }, 'Previous page');
  const next = h('button', { type: 'button', id: 'next-page' }, 'Next page');
  const exports = h('ul', { class: 'list', id: 'exports', 'aria-label': 'Exports' });
  const total = h('p', { id: 'total', class: 'total', 'aria-live': 'polite' });
  const sessionsBox = h('section', { class: 'card', id: 'workshop-sessions', 'aria-labelledby': 'ws-h', hidden: true });
  let nextCursor = null;
  let matching = null;

  const count = async () => {
    const r = await get(`/audit/events/count?${query(f)}`);
    matching = r.total;
    total.dataset.total = String(r.total);
    replace(total, h('strong', null, plural(r.total, 'event')), ' match these filters',
      r.total ? ` · ${plural(Math.ceil(r.total / Number(limit)), 'page')} of ${limit}` : '');
  };

  /** The chosen workshop's sessions with their scores, results and failed rules, each opening its trail. */
  const workshopSessions = async () => {
    if (!f.workshop) { sessionsBox.hidden = true; return; }
    let board;
    try {
      board = await get(`/workshops/${enc(f.workshop)}/scoreboard`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) { sessionsBox.hidden = true; return; }
      throw e;
    }
    const languages = new Set(board.sessions.map((e) => e.session.language));
    const names = await policyNames(board.policyId, languages.size === 1 ? [...languages][0] : null);
    sessionsBox.hidden = false;
    replace(sessionsBox, h('h2', { id: 'ws-h' }, 'Sessions of ', h('bdi', null, board.workshop.title), ': scores and verdicts'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'board' },
        h('thead', null, h('tr', null, ['Trainee', 'Scenario', 'Score', 'Result', 'Failed rules', ''].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, board.sessions.map((e) => {
          const sc = e.score;
          const failed = sc ? sc.verdicts.filter((v) => v.verdict === 'fail') : [];
          return h('tr', { dataset: { session: e.session.sessionId, scored: String(!!sc) } },
            h('td', { class: 'who', 'data-label': 'Trainee' }, h('bdi', null, e.session.traineeName || e.session.traineeId)),
            h('td', { class: 'scenario', 'data-label': 'Scenario', lang: e.session.language, dir: 'auto' }, e.session.scenarioTitle || e.session.scenarioId),
            h('td', { class: 'num score', 'data-label': 'Score' }, sc ? fmtScore(sc.score) : '–'),
            h('td', { class: 'result', 'data-label': 'Result' }, sc ? (sc.passed ? badge('pass', 'pass')
              : badge(sc.criticalFailures.length ? 'FAIL*' : 'FAIL', 'fail')) : badge(e.session.endedAt ? 'not scored' : 'running', 'na')),
            h('td', { class: 'failed', 'data-label': 'Failed rules' }, failed.length
              ? h('span', { class: 'chips' }, failed.map((v) => ruleName(names, v.ruleId, { cls: 'chip fail', critical: v.critical }))) : sc ? h('span', { class: 'muted' }, 'none') : null),
            h('td', { class: 'open' }, h('a', { class: 'session-link', href: `#/auditor/s/${enc(e.session.sessionId)}` }, 'Trail')));
        })))));
  };

  const read = () => ({
    workshop: inputs.workshop.value, trainee: inputs.trainee.value.trim(), session: inputs.session.value.trim(),
    type: inputs.type.value, from: utc(inputs.from.value), to: utc(inputs.to.value),
  });

  const load = async () => {
    const after = memory.cursors[memory.cursors.length - 1];
    const here = location.hash.indexOf('?');
    sessionStorage.setItem(BACK, here < 0 ? '' : location.hash.slice(here));
    const qs = query(f, { limit, after });
    const page = await get(`/audit/events?${qs}`);
    nextCursor = page.next;
    next.disabled = !nextCursor;
    prev.disabled = memory.cursors.length <= 1;
    pageInfo.textContent = `Page ${memory.cursors.length}${matching !== null && matching > 0 ? ` of ${Math.max(1, Math.ceil(matching / Number(limit)))}` : ''}`
      + ` · ${plural(page.events.length, 'event')}${nextCursor ? '' : ' · last page'}`;
    results.dataset.count = String(page.events.length);
    results.dataset.query = qs;
    results.replaceChildren(h('table', { class: 'events' },
      h('thead', null, h('tr', null, ['#', 'Time (UTC)', 'Type', 'Workshop', 'Trainee', 'Session', 'Seq', 'Hash', 'What'].map((c) =>
        h('th', { scope: 'col' }, c)))),
      h('tbody', null, page.events.length ? page.events.map((r) => h('tr', { dataset: { type: r.type, ordering: String(r.ordering) } },
        h('td', { class: 'num', 'data-label': '#' }, r.ordering), h('td', { class: 'small time', 'data-label': 'Time (UTC)' }, fmtTime(r.occurredAt)),
        h('td', { 'data-label': 'Type', title: r.type }, eventTitle(cat, r.type)),
        h('td', { 'data-label': 'Workshop' }, r.workshopId || ''), h('td', { 'data-label': 'Trainee' }, r.traineeId || ''),
        h('td', { class: 'session small', 'data-label': 'Session' }, r.sessionId ? h('a', { href: `#/auditor/s/${enc(r.sessionId)}`, class: 'session-link' }, r.sessionId) : ''),
        h('td', { class: 'num', 'data-label': 'Seq' }, r.seqNr), h('td', { 'data-label': 'Hash' }, short(r.hash)),
        h('td', { class: 'small what', 'data-label': 'What', dir: 'auto' }, summary(r, cat))))
        : h('tr', null, h('td', { colspan: 9, class: 'muted' }, 'No event matches the filters.')))));
  };

  const form = h('form', { class: 'card', 'aria-labelledby': 'filters-h', id: 'filters' },
    h('h2', { id: 'filters-h' }, 'Filter the event history'),
    h('div', { class: 'form-grid' },
      field('Workshop', inputs.workshop), field('Trainee', inputs.trainee), field('Session', inputs.session),
      field('Event type', inputs.type), field('From (UTC)', inputs.from, '(inclusive)'), field('To (UTC)', inputs.to, '(exclusive)'),
      field('Events per page', inputs.limit)),
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'primary', id: 'search' }, 'Search'),
      h('button', { type: 'button', id: 'reset', onclick: () => { for (const i of Object.values(inputs)) if (i.name !== 'limit') i.value = ''; } }, 'Clear filters'),
      h('button', { type: 'button', id: 'export-ndjson', onclick: () => exportAs('ndjson') }, 'Export NDJSON'),
      h('button', { type: 'button', id: 'export-csv', onclick: () => exportAs('csv') }, 'Export CSV')));
  const apply = () => {
    Object.assign(f, read());
    limit = inputs.limit.value;
    setHashQuery({ ...f, limit: limit === '50' ? '' : limit });
    memory.key = query(f, { limit });
    memory.cursors = ['0'];
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    apply();
    try {
      await count();
      await Promise.all([load(), workshopSessions()]);
      say(`${plural(matching, 'event')} match.`);
    } catch (e) { sayError(e); }
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
    apply();
    const name = `audit-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.${format}`;
    try {
      say(`Exporting ${format.toUpperCase()}…`);
      const { link, blob } = await download(`/audit/export?${query(f, { format })}`, name);
      const text = await blob.text();
      const lines = format === 'csv' ? csvRecords(text) : text.split('\n').filter((l) => l).length;
      link.dataset.format = format;
      link.dataset.events = String(lines);
      exports.prepend(h('li', null, link, h('span', { class: 'muted small' }, ` ${plural(lines, 'event')}`)));
      link.click();
      say(`Exported ${plural(lines, 'event')} as ${format.toUpperCase()}.`);
    } catch (e) { sayError(e); }
  }

  replace(main, h('h1', null, 'Audit trail'),
    h('p', { class: 'muted' }, 'Every stored event in the journal\'s global order. Pages follow the server\'s cursor, so they stay stable while new events arrive.'),
    form,
    sessionsBox,
    h('section', { class: 'card', 'aria-labelledby': 'events-h' }, h('h2', { id: 'events-h' }, 'Events'), total,
      h('div', { class: 'row' }, prev, next, pageInfo), results),
    h('section', { class: 'card', 'aria-labelledby': 'exports-h' }, h('h2', { id: 'exports-h' }, 'Exports'),
      h('p', { class: 'small muted' }, 'Each export downloads at once; the links stay here for this visit. CSV files are UTF-8 with a byte order mark, what was said in its own column.'), exports));
  await count();
  await Promise.all([load(), workshopSessions()]);
}

async function trail(main, id) {
  const [data, cat] = await Promise.all([get(`/audit/sessions/${enc(id)}/events`), catalogue()]);
  const verdict = h('div', { id: 'verify-result', 'aria-live': 'polite' });
  const verify = h('button', { type: 'button', class: 'primary', id: 'verify' }, 'Verify hash chain');
  verify.addEventListener('click', async () => {
    verify.disabled = true;
    try {
      const r = await get(`/audit/sessions/${enc(id)}/verify`);
      verdict.dataset.intact = String(r.intact);
      replace(verdict, r.intact
        ? h('p', { class: 'result-ok' }, `Intact: ${plural(r.events, 'event')}, every hash recomputed from the journal matches.`)
        : h('div', null, h('p', { class: 'result-bad' }, `NOT intact: ${plural(r.findings.length, 'finding')} in ${plural(r.events, 'event')}.`),
          h('ul', null, r.findings.map((x) => h('li', null, `seq ${x.seqNr} · ${x.where}: ${x.reason}`)))));
      say(r.intact ? 'The chain is intact.' : 'The chain is broken.');
    } catch (e) { sayError(e); } finally { verify.disabled = false; }
  });
  const started = (data.events.find((r) => r.type === 'SessionStarted') || {}).event || {};
  const lang = started.language || null;
  // the conversation with its score, verdicts and evidence, read from the same stored events
  const scoreBox = h('section', { id: 'trail-score', 'aria-label': 'Score and verdicts' });
  let score = null;
  try {
    score = await get(`/sessions/${enc(id)}/score`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
  }
  if (score) {
    const names = await policyNames(score.policyId, lang);
    const events = data.events.map((r) => Object.assign({ event: r.type, seqNr: r.seqNr }, r.event));
    replace(scoreBox, review(events, score, { showMood: true, names, cat, idPrefix: 'trail' }));
  } else {
    replace(scoreBox, h('p', { class: 'card muted' }, 'Not scored yet: the score follows the end of the session within seconds.'));
  }
  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', null, 'Session trail: ', h('span', { class: 'mono-id' }, id)),
      h('p', { class: 'muted' }, [plural(data.events.length, 'event'), channelTitle(cat, started.channel), started.language,
        started.traineeName ? `trainee ${started.traineeName}` : null].filter(Boolean).join(' · '))),
    h('a', { class: 'button', href: '#/auditor' + (sessionStorage.getItem(BACK) || '') }, 'Back to the events')),
    h('section', { class: 'card' }, h('div', { class: 'row' }, verify, h('button', { type: 'button', onclick: async () => {
      try {
        const { link } = await download(`/audit/export?${query({ session: id }, { format: 'ndjson' })}`, `${id}.ndjson`);
        link.click();
      } catch (e) { sayError(e); }
    } }, 'Export this session (NDJSON)')), verdict),
    scoreBox,
    h('section', { class: 'card', 'aria-label': 'Hash chain' }, h('div', { class: 'table-wrap' }, h('table', { class: 'chain events' },
      h('thead', null, h('tr', null, ['Seq', 'Time (UTC)', 'Type', 'Previous hash', 'Hash', 'What'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, data.events.map((r) => h('tr', { dataset: { type: r.type } },
        h('td', { class: 'num', 'data-label': 'Seq' }, r.seqNr), h('td', { class: 'time', 'data-label': 'Time (UTC)' }, fmtTime(r.occurredAt)),
        h('td', { 'data-label': 'Type', title: r.type }, eventTitle(cat, r.type)),
        h('td', { 'data-label': 'Previous hash' }, short(r.prevHash)), h('td', { 'data-label': 'Hash' }, short(r.hash)),
        h('td', { class: 'what', 'data-label': 'What', lang, dir: lang ? dirOf(lang) : 'auto' }, summary(r, cat)))))))));
}

