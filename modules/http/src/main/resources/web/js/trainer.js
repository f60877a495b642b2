// The trainer's view: pick or create a workshop, run its scripted sessions, watch it live (server-sent events carry
// its activity and every change of its scoreboard), charts of rule pass rates and scores, trainees' weakest rules,
// KPIs against the policy's goals, tokens for live trainees, releasing an assessment's feedback, any session's
// transcript with its verdicts, and each trainee's progress across workshops. Every figure comes from the server.
import { get, post, stream, download, ApiError } from './api.js';
import {
  h, field, replace, say, sayError, badge, pct, fmtScore, fmtTime, plural, confirmAction, hashQuery,
  setHashQuery, csvRecords,
} from './dom.js';
import { transcript, review } from './transcript.js';
import { reviewCard, disputes, calibrations, calibration } from './review.js';
import { progress } from './progress.js';
import {
  catalogue, policyNames, commonLanguage, ruleName, ruleTitle, channelTitle, outcomeTitle, eventTitle, dirOf,
} from './names.js';

export async function render(main, parts, me) {
  if (parts[0] === 'w' && parts[1]) return workshop(main, parts[1]);
  if (parts[0] === 's' && parts[1]) return session(main, parts[1]);
  if (parts[0] === 't' && parts[1]) return progress(main, { traineeId: parts[1], back: '#/trainer' });
  if (parts[0] === 'disputes') return disputes(main, { sessionHref: (s) => `#/trainer/s/${enc(s)}` });
  if (parts[0] === 'calibrations') return calibrations(main, { role: 'trainer', me, href: (c) => `#/trainer/c/${enc(c)}` });
  if (parts[0] === 'c' && parts[1]) return calibration(main, parts[1], { me, names: calibrationNames, sessionView });
  return home(main);
}

const enc = encodeURIComponent;

// ------------------------------------------------------------------------------------------------------------ home

async function home(main) {
  const [list, scenarios, policies, cat] = await Promise.all([get('/workshops'), get('/scenarios'), get('/policies'), catalogue()]);
  const rows = list.workshops.map((w) => h('li', { dataset: { workshop: w.workshopId } },
    h('span', { class: 'grow' }, h('strong', { dir: 'auto' }, w.title), ' ', h('span', { class: 'muted small' }, w.workshopId), h('br'),
      h('span', { class: 'small muted' }, [w.mode, `policy ${w.policyId}@${w.policyVersion}`, plural(w.trainees.length, 'trainee'),
        plural(w.scenarios.length, 'scenario'), plural(w.sessions, 'session'), `created ${fmtTime(w.createdAt)}`].join(' · '))),
    w.closed ? badge('closed', 'na') : badge('open', 'running'),
    h('a', { class: 'button', href: `#/trainer/w/${enc(w.workshopId)}`, 'aria-label': `Open ${w.title} (${w.workshopId})` }, 'Open')));

  const fileSelect = h('select', { name: 'file', id: 'workshop-file' }, list.files.map((f) => h('option', { value: f }, `${f}.yaml`)));
  const fromFile = h('form', { class: 'card', 'aria-labelledby': 'from-file' },
    h('h2', { id: 'from-file' }, 'New workshop from a file'),
    h('p', { class: 'small muted' }, 'Workshop files live in scenarios/workshops/. Each creation is a new workshop (demo-1, demo-2, …).'),
    h('div', { class: 'row' }, field('Workshop file', fileSelect), h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary', id: 'create-from-file' }, 'Create workshop'))));
  fromFile.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const w = await post('/workshops', { file: fileSelect.value });
      say(`Created workshop ${w.workshopId}.`);
      location.hash = `#/trainer/w/${enc(w.workshopId)}`;
    } catch (e) { sayError(e); }
  });

  replace(main, h('h1', null, 'Workshops'),
    h('div', { class: 'cols' },
      h('section', { class: 'card', 'aria-labelledby': 'existing' }, h('h2', { id: 'existing' }, 'Pick a workshop'),
        rows.length ? h('ul', { class: 'list', id: 'workshops' }, rows) : h('p', { class: 'muted' }, 'No workshops yet: create one.')),
      h('div', null, fromFile, customForm(scenarios, policies, cat))));
}

function customForm(scenarios, policies, cat) {
  const id = h('input', { name: 'id', required: true, pattern: '[a-z0-9][a-z0-9\\-]*', value: 'class' });
  const title = h('input', { name: 'title', required: true, value: 'Monday class' });
  const policy = h('select', { name: 'policy' }, policies.map((p) => h('option', { value: p.id }, `${p.title || p.id} (${p.id}@${p.version})`)));
  const mode = h('select', { name: 'mode' }, h('option', { value: 'practice' }, 'practice: feedback at once'),
    h('option', { value: 'assessment' }, 'assessment: feedback when released'));
  const byLang = {};
  for (const s of scenarios) (byLang[s.language] = byLang[s.language] || []).push(s);
  const agents = [...new Set(scenarios.flatMap((s) => s.agents || []))].sort();
  const scenarioBoxes = Object.entries(byLang).map(([lang, list]) => h('fieldset', null, h('legend', null, `Scenarios in ${lang}`),
    h('div', { class: 'checks' }, list.map((s) => h('label', null, h('input', { type: 'checkbox', name: 'scenario', value: s.id }),
      h('span', null, h('span', { lang: s.language, dir: 'auto' }, s.title), h('span', { class: 'muted small' }, ` · ${channelTitle(cat, s.channel)}`)))))));
  const trainees = h('div', { id: 'trainee-rows' });
  const addTrainee = (tid = '', name = '', kind = 'live') => {
    const kindSelect = h('select', { name: 'kind' }, h('option', { value: 'live' }, 'live (plays in the browser)'),
      agents.map((a) => h('option', { value: a }, `scripted: ${a}`)));
    kindSelect.value = kind;
    const row = h('div', { class: 'row trainee-row' },
      field('Trainee id', h('input', { name: 'tid', value: tid, pattern: '[a-z0-9][a-z0-9\\-]*', required: true })),
      field('Name', h('input', { name: 'tname', value: name })),
      field('Plays', kindSelect),
      h('div', { class: 'field' }, h('button', { type: 'button', onclick: () => row.remove() }, 'Remove')));
    trainees.append(row);
  };
  addTrainee('ana', 'Ana', 'live');
  addTrainee('sam', 'Sam', agents.includes('by-the-book') ? 'by-the-book' : 'live');
  const errors = h('ul', { class: 'result-bad', 'aria-live': 'polite' });
  const form = h('form', { 'aria-labelledby': 'custom' },
    h('div', { class: 'form-grid' }, field('Id', id, '(lower-case, digits, dashes)'), field('Title', title), field('Policy', policy), field('Mode', mode)),
    scenarioBoxes,
    h('fieldset', null, h('legend', null, 'Trainees'), trainees,
      h('button', { type: 'button', onclick: () => addTrainee() }, 'Add trainee')),
    errors,
    h('button', { type: 'submit', class: 'primary' }, 'Create workshop'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.replaceChildren();
    const body = {
      id: id.value.trim(), title: title.value.trim(), policy: policy.value, mode: mode.value,
      scenarios: [...form.querySelectorAll('input[name=scenario]:checked')].map((c) => c.value),
      trainees: [...trainees.querySelectorAll('.trainee-row')].map((r) => {
        const kind = r.querySelector('[name=kind]').value;
        const t = { id: r.querySelector('[name=tid]').value.trim(), name: r.querySelector('[name=tname]').value.trim() || undefined };
        if (kind === 'live') t.live = true; else t.agent = kind;
        return t;
      }),
    };
    try {
      const w = await post('/workshops', body);
      say(`Created workshop ${w.workshopId}.`);
      location.hash = `#/trainer/w/${enc(w.workshopId)}`;
    } catch (e) {
      sayError(e);
      if (e instanceof ApiError && e.problem.errors) errors.replaceChildren(...e.problem.errors.map((x) => h('li', null, x)));
    }
  });
  return h('details', { class: 'card' }, h('summary', null, h('h2', { id: 'custom', class: 'inline' }, 'New workshop of your own')), form);
}

// -------------------------------------------------------------------------------------------------------- workshop

/** Whether a scoreboard entry matches a result filter: pass, fail, critical (a critical rule failed) or unscored. */
function resultOf(e) {
  if (!e.score) return 'unscored';
  if (e.score.passed) return 'pass';
  return (e.score.criticalFailures || []).length ? 'critical' : 'fail';
}

const RESULTS = [['', 'any result'], ['pass', 'passed'], ['fail', 'failed'], ['critical', 'a critical rule failed'], ['unscored', 'not scored yet']];

const COLUMNS = [
  { key: 'trainee', label: 'Trainee', value: (e) => e.session.traineeName || e.session.traineeId },
  { key: 'scenario', label: 'Scenario', value: (e) => e.session.scenarioTitle || e.session.scenarioId },
  { key: 'channel', label: 'Channel', value: (e) => e.session.channel },
  { key: 'lang', label: 'Lang', value: (e) => e.session.language },
  { key: 'status', label: 'Status', value: (e) => (e.session.endedAt ? (e.score ? 2 : 1) : 0) },
  { key: 'score', label: 'Score', num: true, value: (e) => (e.score ? e.score.score : -1) },
  { key: 'result', label: 'Result', value: (e) => ['pass', 'fail', 'critical', 'unscored'].indexOf(resultOf(e)) },
  { key: 'outcome', label: 'Outcome', value: (e) => (e.score ? e.score.outcome : e.session.outcome || '') },
];

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

async function workshop(main, id) {
  const [w, cat, scenarios] = await Promise.all([get(`/workshops/${enc(id)}`), catalogue(), get('/scenarios')]);
  const d = w.definition;
  const languages = d.scenarios.map((s) => (scenarios.find((x) => x.id === s) || {}).language);
  const lang = commonLanguage(languages);
  const names = await policyNames(d.policyId, lang);
  const scripted = w.trainees.filter((t) => !t.live);
  const live = w.trainees.filter((t) => t.live);
  const runButton = h('button', { type: 'button', class: 'primary', id: 'run', disabled: w.closed || !scripted.length },
    'Run scripted sessions');
  runButton.addEventListener('click', async () => {
    runButton.disabled = true;
    try {
      const r = await post(`/workshops/${enc(id)}/run`);
      say(`Running ${plural(r.sessions, 'scripted session')}…`);
      runStarted = true;
      if (lastBoard) draw(lastBoard);
    } catch (e) { sayError(e); runButton.disabled = false; }
  });
  let runStarted = false; // a run this page started: its end is announced even if no board showed it running
  let released = w.feedbackReleased;
  const releaseButton = d.mode === 'assessment'
    ? h('button', { type: 'button', id: 'release', disabled: released }, released ? 'Feedback released' : 'Release feedback') : null;
  if (releaseButton) {
    releaseButton.addEventListener('click', async () => {
      const ok = await confirmAction({
        title: 'Release the feedback?',
        text: 'Every trainee of this assessment then sees their scores, verdicts and evidence. This cannot be taken back.',
        confirm: 'Release feedback',
      });
      if (!ok) { releaseButton.focus(); return; }
      try {
        await post(`/workshops/${enc(id)}/release`);
        released = true;
        releaseButton.disabled = true;
        releaseButton.textContent = 'Feedback released';
        say('Feedback released to the trainees.');
      } catch (e) { sayError(e); }
    });
  }
  const tokens = live.length ? h('section', { class: 'card', 'aria-labelledby': 'live-trainees' },
    h('h2', { id: 'live-trainees' }, 'Live trainees'),
    h('p', { class: 'small muted' }, 'Give each live trainee a sign-in token: it is shown once, here.'),
    h('ul', { class: 'list' }, live.map((t) => {
      const out = h('code', { class: 'token-out', hidden: true });
      const b = h('button', { type: 'button', dataset: { trainee: t.traineeId } }, 'Create sign-in token for ', h('bdi', null, t.name));
      b.addEventListener('click', async () => {
        try {
          const r = await post('/tokens', { role: 'trainee', trainee: t.traineeId, workshop: id });
          out.textContent = r.token;
          out.hidden = false;
          say(`Token created for ${t.name}: shown once.`);
        } catch (e) { sayError(e); }
      });
      return h('li', null, h('span', { class: 'grow' }, h('strong', null, h('bdi', null, t.name)), ` (${t.traineeId})`, out), b);
    }))) : null;

  const kpis = h('div', { class: 'kpis', id: 'kpis' });
  const rulesCanvas = h('canvas', { id: 'chart-rules', role: 'img', 'aria-label': 'Pass rate per rule' });
  const scoresCanvas = h('canvas', { id: 'chart-scores', role: 'img', 'aria-label': 'Score distribution' });
  const rulesTable = h('div', { class: 'visually-hidden' });
  const scoresTable = h('div', { class: 'visually-hidden' });
  const sessions = h('div', { class: 'table-wrap', id: 'sessions' });
  const traineesBox = h('div', { class: 'table-wrap', id: 'trainees' });
  const outcomes = h('p', { id: 'outcomes' });
  const reach = h('p', { id: 'reach', class: 'small' });
  const reviewed = h('p', { id: 'overridden', class: 'small' });
  const feed = h('ol', { class: 'feed', id: 'feed', 'aria-label': 'Live activity' });
  const progressText = h('p', { id: 'progress', 'aria-live': 'polite' }, 'Waiting for the scoreboard…');

  // the scoreboard's filters and order live in the page's address
  const q = hashQuery();
  const view = { trainee: q.get('trainee') || '', scenario: q.get('scenario') || '', channel: q.get('channel') || '',
    result: q.get('result') || '', sort: q.get('sort') || '', desc: q.get('dir') === 'desc' };
  const select = (name, label, options) => {
    const s = h('select', { name, id: `filter-${name}` }, options.map(([v, t]) => h('option', { value: v }, t)));
    s.value = view[name];
    s.addEventListener('change', () => { view[name] = s.value; remember(); if (lastBoard) drawBoard(lastBoard); });
    return field(label, s);
  };
  const remember = () => setHashQuery({ trainee: view.trainee, scenario: view.scenario, channel: view.channel,
    result: view.result, sort: view.sort, dir: view.sort && view.desc ? 'desc' : '' });
  const scenarioOptions = d.scenarios.map((s) => [s, (scenarios.find((x) => x.id === s) || {}).title || s]);
  const channels = [...new Set(d.scenarios.map((s) => (scenarios.find((x) => x.id === s) || {}).channel).filter(Boolean))];
  const filters = h('form', { class: 'filters form-grid', id: 'board-filters', 'aria-label': 'Filter the scoreboard' },
    select('trainee', 'Trainee', [['', 'every trainee'], ...w.trainees.map((t) => [t.traineeId, t.name])]),
    select('scenario', 'Scenario', [['', 'every scenario'], ...scenarioOptions]),
    select('channel', 'Channel', [['', 'every channel'], ...channels.map((c) => [c, channelTitle(cat, c)])]),
    select('result', 'Result', RESULTS));
  filters.addEventListener('submit', (ev) => ev.preventDefault());
  const shown = h('span', { id: 'board-count', class: 'muted', 'aria-live': 'polite' });
  const exportButton = h('button', { type: 'button', id: 'export-board' }, 'Export CSV');
  const exports = h('span', { id: 'board-exports' });
  exportButton.addEventListener('click', async () => {
    const params = new URLSearchParams({ format: 'csv' });
    for (const k of ['trainee', 'scenario', 'channel', 'result']) if (view[k]) params.set(k, view[k]);
    try {
      const { link, blob } = await download(`/workshops/${enc(id)}/scoreboard?${params}`, `scoreboard-${id}.csv`);
      const rows = csvRecords(await blob.text());
      link.dataset.rows = String(rows);
      exports.replaceChildren(link);
      link.click();
      say(`Exported ${plural(rows, 'session')} as CSV.`);
    } catch (e) { sayError(e); }
  });

  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', { dir: 'auto' }, d.title),
      h('p', { class: 'muted' }, [w.workshopId, d.mode, `policy ${d.policyId}@${d.policyVersion}`, plural(d.scenarios.length, 'scenario'),
        `${plural(w.trainees.length, 'trainee')} (${scripted.length} scripted, ${live.length} live)`, `created ${fmtTime(w.createdAt)}`].join(' · '))),
    h('a', { class: 'button', href: '#/trainer' }, 'All workshops')),
    h('div', { class: 'row card' }, runButton, releaseButton, progressText),
    tokens,
    h('section', { class: 'card', 'aria-labelledby': 'kpi-h' }, h('h2', { id: 'kpi-h' }, 'KPIs against the policy\'s goals'), kpis, outcomes, reach, reviewed),
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'rules-h' }, h('h2', { id: 'rules-h' }, 'Pass rate per rule'),
        h('div', { class: 'chart-box' }, rulesCanvas), rulesTable),
      h('section', { class: 'card', 'aria-labelledby': 'scores-h' }, h('h2', { id: 'scores-h' }, 'Score distribution'),
        h('div', { class: 'chart-box short' }, scoresCanvas), scoresTable)),
    h('section', { class: 'card', 'aria-labelledby': 'board-h' }, h('div', { class: 'row' }, h('h2', { id: 'board-h', class: 'grow' }, 'Scoreboard'),
      shown, exportButton, exports), filters, sessions),
    h('div', { class: 'cols' },
      h('section', { class: 'card', 'aria-labelledby': 'trainees-h' }, h('h2', { id: 'trainees-h' }, 'Trainees and their weakest rules'), traineesBox),
      h('section', { class: 'card', 'aria-labelledby': 'feed-h' }, h('h2', { id: 'feed-h' }, 'Activity'), feed)));

  const charts = {};
  let lastRun = w.run ? w.run.state : null;
  let lastBoard = null;
  const failedChips = (sc) => {
    const failed = sc.verdicts.filter((v) => v.verdict === 'fail');
    if (!failed.length) return h('span', { class: 'muted' }, 'none');
    // critical failures first; two names and a count keep a row short on a phone
    failed.sort((a, b) => Number(b.critical) - Number(a.critical));
    const rest = failed.slice(2);
    return h('span', { class: 'chips' }, failed.slice(0, 2).map((v) => ruleName(names, v.ruleId, { cls: 'chip fail', critical: v.critical })),
      rest.length ? h('span', { class: 'chip more', title: rest.map((v) => ruleTitle(names, v.ruleId)).join(', ') }, `+${rest.length} more`) : null);
  };

  const drawBoard = (board) => {
    const entries = (board.sessions || []).filter((e) => (!view.trainee || e.session.traineeId === view.trainee)
      && (!view.scenario || e.session.scenarioId === view.scenario) && (!view.channel || e.session.channel === view.channel)
      && (!view.result || resultOf(e) === view.result || (view.result === 'fail' && resultOf(e) === 'critical')));
    const column = COLUMNS.find((c) => c.key === view.sort);
    const sorted = [...entries].sort(column
      ? (a, b) => (view.desc ? -1 : 1) * compare(column.value(a), column.value(b)) || compare(COLUMNS[0].value(a), COLUMNS[0].value(b))
      : (a, b) => compare(COLUMNS[0].value(a), COLUMNS[0].value(b)) || compare(COLUMNS[1].value(a), COLUMNS[1].value(b)));
    shown.textContent = `${entries.length} of ${plural((board.sessions || []).length, 'session')}`;
    const header = (c) => {
      const active = view.sort === c.key;
      const b = h('button', { type: 'button', class: 'sort', dataset: { sort: c.key } }, c.label,
        h('span', { 'aria-hidden': 'true', class: 'arrow' }, active ? (view.desc ? ' ▼' : ' ▲') : ''));
      b.addEventListener('click', () => {
        view.desc = active ? !view.desc : c.key === 'score';
        view.sort = c.key;
        remember();
        drawBoard(board);
        const again = sessions.querySelector(`button.sort[data-sort="${c.key}"]`);
        if (again) again.focus();
      });
      return h('th', { scope: 'col', class: c.num ? 'num' : null, 'aria-sort': active ? (view.desc ? 'descending' : 'ascending') : null }, b);
    };
    sessions.replaceChildren(h('table', { class: 'board' },
      h('thead', null, h('tr', null, COLUMNS.map(header), h('th', { scope: 'col' }, 'Failed rules'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Open')))),
      h('tbody', null, sorted.length ? sorted.map((e) => {
        const s = e.session;
        const sc = e.score;
        const result = resultOf(e);
        return h('tr', { dataset: { session: s.sessionId, scored: String(!!sc), trainee: s.traineeId, result } },
          h('td', { class: 'who', 'data-label': 'Trainee' }, h('a', { href: `#/trainer/t/${enc(s.traineeId)}`, title: 'Progress across workshops' }, h('bdi', null, s.traineeName || s.traineeId))),
          h('td', { class: 'scenario', 'data-label': 'Scenario', lang: s.language, dir: 'auto' }, s.scenarioTitle || s.scenarioId),
          h('td', { class: 'detail', 'data-label': 'Channel' }, channelTitle(cat, s.channel)), h('td', { class: 'detail', 'data-label': 'Lang' }, s.language),
          h('td', { class: 'detail', 'data-label': 'Status' }, s.endedAt ? (sc ? 'scored' : 'ended') : badge('live', 'running')),
          h('td', { class: 'num score', 'data-label': 'Score' }, sc ? fmtScore(sc.score) : '–'),
          h('td', { class: 'result', 'data-label': 'Result' }, sc ? (sc.passed ? badge('pass', 'pass') : badge(result === 'critical' ? 'FAIL*' : 'FAIL', 'fail')) : ''),
          h('td', { class: 'detail', 'data-label': 'Outcome' }, outcomeTitle(cat, sc ? sc.outcome : s.outcome)),
          h('td', { class: 'meta', 'aria-hidden': 'true' }, [channelTitle(cat, s.channel), s.language,
            s.endedAt ? outcomeTitle(cat, sc ? sc.outcome : s.outcome) || 'ended' : 'live'].filter(Boolean).join(' · ')),
          h('td', { class: 'failed', 'data-label': 'Failed rules' }, sc ? failedChips(sc) : null),
          h('td', { class: 'open' }, h('a', { class: 'session-link', href: `#/trainer/s/${enc(s.sessionId)}`, 'aria-label': `Open ${s.traineeName}'s session ${s.scenarioTitle || s.scenarioId}` }, 'Open')));
      }) : h('tr', null, h('td', { colspan: COLUMNS.length + 3, class: 'muted' }, (board.sessions || []).length ? 'No session matches the filters.' : 'No session yet.')))));
  };

  const draw = (board) => {
    lastBoard = board;
    const entries = board.sessions || [];
    const scored = entries.filter((e) => e.score);
    const ended = entries.filter((e) => e.session.endedAt);
    const run = board.run;
    progressText.textContent = `${plural(entries.length, 'session')} · ${ended.length} ended · ${scored.length} scored`
      + (run ? ` · run ${run.state} ${run.done}/${run.sessions}` : '');
    main.dataset.scored = String(scored.length);
    main.dataset.sessions = String(entries.length);
    if (run && (lastRun === 'running' || runStarted) && run.state !== 'running') {
      runStarted = false;
      say(`Run ${run.state}: ${run.done} of ${plural(run.sessions, 'session')} played.`);
    }
    lastRun = run ? run.state : null;
    if (run && run.state === 'running') runButton.disabled = true;
    else runButton.disabled = !!board.workshop.closedAt || !scripted.length;

    // KPIs, as the server measured them against the policy's goals
    kpis.replaceChildren(...(board.kpis || []).map((k) => {
      const goal = typeof k.goal === 'number';
      const state = k.met === true ? 'met' : k.met === false ? 'missed' : 'unmeasured';
      return h('div', { class: `kpi ${state}`, dataset: { kpi: k.id, met: String(k.met) } },
        h('div', { class: 'small muted' }, k.name),
        h('div', { class: 'value' }, pct(k.share)),
        h('div', { class: 'small' }, !goal ? 'no goal set' : typeof k.share !== 'number' ? `goal ${pct(k.goal)} · nothing to measure yet`
          : `goal ${pct(k.goal)} · ${k.met ? 'met' : 'not met'}`));
    }));
    const total = board.total || {};
    const counts = Object.entries(board.outcomes || {});
    replace(outcomes, counts.length ? ['Outcomes: ', counts.map(([o, n], i) => [i ? ', ' : '', h('strong', null, n), ` ${outcomeTitle(cat, o)}`])] : 'No session scored yet.',
      total.sessions ? ` · average score ${fmtScore(total.averageScore)} · ${total.passed} of ${plural(total.sessions, 'session')} passed` : '');
    const r = board.reach;
    reach.dataset.low = r ? String(r.low) : '';
    reach.dataset.high = r ? String(r.high) : '';
    reach.textContent = r && r.unhappy ? `Likely reach of unhappy customers: ${plural(r.unhappy, 'unsatisfied or hung-up customer')} `
      + `may each tell 9–15 people, ${r.low}–${r.high} in all; for every customer who complains, ${r.silentPerComplaint} stay silent (seed 003).` : '';
    const o = board.overridden;
    reviewed.textContent = o && o.verdicts ? `Reviewed: ${plural(o.verdicts, 'verdict')} overridden in ${plural(o.sessions, 'session')}; scores, results and KPIs count the final verdicts.` : '';

    // charts of the server's pass rates and score bands
    const rules = (board.rules || []).filter((x) => typeof x.passRate === 'number');
    const rates = rules.map((x) => Math.round(100 * x.passRate));
    const labels = rules.map((x) => ruleTitle(names, x.ruleId));
    const bands = board.distribution || [];
    const bandLabels = bands.map((b) => `${b.from}–${b.to}`);
    rulesTable.replaceChildren(h('table', null, h('caption', null, 'Pass rate per rule'),
      rules.map((x, i) => h('tr', null, h('th', null, labels[i]), h('td', null, `${rates[i]}% (${x.passed} of ${x.passed + x.failed})`)))));
    scoresTable.replaceChildren(h('table', null, h('caption', null, 'Sessions per score band'),
      bands.map((b, i) => h('tr', null, h('th', null, bandLabels[i]), h('td', null, b.sessions)))));
    if (window.Chart) {
      const update = (key, canvas, config) => {
        if (charts[key]) {
          charts[key].data.labels = config.data.labels;
          charts[key].data.datasets[0].data = config.data.datasets[0].data;
          charts[key].data.datasets[0].backgroundColor = config.data.datasets[0].backgroundColor;
          charts[key].update('none');
        } else {
          charts[key] = new window.Chart(canvas, config);
        }
      };
      rulesCanvas.parentElement.style.height = `${Math.max(160, 40 + 22 * rules.length)}px`;
      update('rules', rulesCanvas, {
        type: 'bar',
        data: { labels, datasets: [{ label: 'pass rate %', data: rates,
          backgroundColor: rates.map((x) => (x >= 80 ? '#146c2e' : x >= 50 ? '#b7791f' : '#a4161a')) }] },
        options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
          scales: { x: { min: 0, max: 100, title: { display: true, text: '% of sessions where the rule applied' } },
            y: { ticks: { autoSkip: false } } } },
      });
      update('scores', scoresCanvas, {
        type: 'bar',
        data: { labels: bandLabels, datasets: [{ label: 'sessions', data: bands.map((b) => b.sessions), backgroundColor: '#1d4e89' }] },
        options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'sessions' } }, x: { title: { display: true, text: 'score' } } } },
      });
    }

    drawBoard(board);

    // trainees, with the server's averages and weakest rules
    traineesBox.replaceChildren(h('table', { class: 'trainees' },
      h('thead', null, h('tr', null, ['Trainee', 'Sessions', 'Passed', 'Average', 'Weakest rules'].map((c, i) =>
        h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : null }, c)))),
      h('tbody', null, (board.trainees || []).map((t) => h('tr', { dataset: { trainee: t.traineeId } },
        h('td', { 'data-label': 'Trainee' }, h('a', { href: `#/trainer/t/${enc(t.traineeId)}`, title: 'Progress across workshops' }, h('bdi', null, t.name))),
        h('td', { class: 'num', 'data-label': 'Sessions' }, t.sessions), h('td', { class: 'num', 'data-label': 'Passed' }, t.passed),
        h('td', { class: 'num', 'data-label': 'Average' }, fmtScore(t.averageScore)),
        h('td', { class: 'weakest', 'data-label': 'Weakest rules' }, (t.weakest || []).length
          ? h('span', { class: 'chips' }, t.weakest.map((x) => h('span', { class: 'chip fail', dir: 'ltr' }, ruleName(names, x.ruleId, { tag: 'bdi' }), ` ${x.passed}/${x.passed + x.failed}`)))
          : h('span', { class: 'muted' }, 'none failed')))))));
  };

  // activity, newest first in the journal's order (scripted sessions run on simulated time: their clocks differ)
  const feedItem = (data, ordering) => {
    const e = data.event || {};
    const trainee = w.trainees.find((t) => t.traineeId === data.traineeId);
    const scenario = scenarios.find((x) => x.id === (e.scenarioId || (data.sessionId || '').split('.').pop()));
    const item = h('li', { dataset: { ordering: String(ordering), type: data.type } },
      h('strong', { title: data.type }, eventTitle(cat, data.type)),
      trainee ? [' · ', h('bdi', null, trainee.name)] : '',
      scenario ? [' · ', h('bdi', { lang: scenario.language }, scenario.title)] : '',
      e.text ? [': ', h('bdi', { lang: scenario ? scenario.language : null, dir: scenario ? dirOf(scenario.language) : null },
        e.text.length > 80 ? e.text.slice(0, 80) + '…' : e.text)] : '',
      ' ', h('time', { class: 'muted small', datetime: data.occurredAt, title: fmtTime(data.occurredAt) }, fmtTime(data.occurredAt).slice(11, 19)));
    const before = [...feed.children].find((li) => Number(li.dataset.ordering) < ordering);
    feed.insertBefore(item, before || null);
    while (feed.children.length > 60) feed.lastChild.remove();
  };

  const sub = stream(`/workshops/${enc(id)}/stream`, (type, data, eventId) => {
    if (type === 'scoreboard') draw(data);
    else if (type === 'activity') feedItem(data, Number(eventId || data.ordering));
  }, { onError: sayError });
  return () => {
    sub.stop();
    for (const c of Object.values(charts)) c.destroy();
  };
}

// --------------------------------------------------------------------------------------------------------- session

async function session(main, id) {
  const [view, cat] = await Promise.all([get(`/sessions/${enc(id)}`), catalogue()]);
  const setup = view.setup;
  const first = (view.transcript || []).find((e) => e.event === 'SessionStarted') || {};
  const lang = first.language || 'en';
  const names = await policyNames(setup.policyId, lang);
  const events = [];
  const box = h('div', { class: 'scroll', tabindex: '0', 'aria-label': 'Transcript' });
  const result = h('div', { id: 'result' });
  const state = h('p', { class: 'muted', 'aria-live': 'polite' });
  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', { lang, dir: 'auto', title: setup.scenarioId }, first.scenarioTitle || setup.scenarioId),
      h('p', { class: 'muted', id: 'session-meta' }, 'Trainee ', h('strong', null, h('bdi', null, setup.traineeName)), ' · ',
        [channelTitle(cat, first.channel), `workshop ${setup.workshopId}`, `policy ${setup.policyId}@${setup.policyVersion}`,
          setup.clock === 'virtual' ? 'scripted (simulated time)' : 'live'].filter(Boolean).join(' · '),
        h('br'), h('span', { class: 'small mono-id' }, id))),
    h('div', { class: 'row' }, h('a', { class: 'button', href: `#/trainer/t/${enc(setup.traineeId)}` }, 'Progress of ', h('bdi', null, setup.traineeName)),
      h('a', { class: 'button', href: `#/trainer/w/${enc(setup.workshopId)}` }, 'Back to the workshop'))),
    state, result, h('section', { class: 'card live-transcript', 'aria-label': 'Transcript' }, h('h2', null, 'Transcript'), box));
  const live = main.querySelector('.live-transcript');
  const sub = stream(`/sessions/${enc(id)}/stream`, async (type, data) => {
    if (type === 'event') events.push(data);
    else if (type === 'state') {
      box.replaceChildren(transcript(events, { showMood: true, names, cat }));
      state.textContent = data.ended ? `Ended · outcome: ${outcomeTitle(cat, data.outcome)} · waiting for the score…`
        : `Live · mood ${data.mood} · ${data.awaitingAgent ? 'waiting for the trainee' : 'the customer is talking'}`;
    } else if (type === 'scored') {
      try {
        const score = await get(`/sessions/${enc(id)}/score`);
        state.textContent = `Ended · outcome: ${outcomeTitle(cat, score.outcome)} · score ${fmtScore(score.score)}${data.feedbackReleased ? '' : ' · feedback not yet released to the trainee'}`;
        live.hidden = true;
        const scored = h('div');
        const draw = (s) => replace(scored, review(events, s, { showMood: true, names, cat }));
        draw(score);
        replace(result, scored, await reviewCard(id, score, { role: 'trainer', names, onChange: draw }));
      } catch (e) { sayError(e); }
    }
  }, { onError: sayError });
  return () => sub.stop();
}


// ---------------------------------------------------------------------------------------------------- calibration

/** Rule names for a calibration, in the policy and language of its first session. */
export async function calibrationNames(c) {
  const view = await get(`/sessions/${enc(c.sessions[0])}`);
  const first = (view.transcript || []).find((e) => e.event === 'SessionStarted') || {};
  return policyNames(view.setup.policyId, first.language || 'en');
}

/** A session's transcript as a reviewer scores it: without any verdict. */
export async function sessionView(id) {
  const [view, cat] = await Promise.all([get(`/sessions/${enc(id)}`), catalogue()]);
  const first = (view.transcript || []).find((e) => e.event === 'SessionStarted') || {};
  const names = await policyNames(view.setup.policyId, first.language || 'en');
  return h('div', { class: 'scroll', tabindex: '0', 'aria-label': 'Transcript' }, transcript(view.transcript || [], { showMood: false, names, cat }));
}
