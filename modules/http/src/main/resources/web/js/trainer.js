// The trainer's view: pick or create a workshop, run its scripted sessions, watch it live (server-sent events carry
// its activity and every change of its scoreboard), charts of rule pass rates and scores, trainees' weakest rules,
// KPIs against the policy's goals, tokens for live trainees, releasing an assessment's feedback, and any session's
// transcript with its verdicts.
import { get, post, stream, ApiError } from './api.js';
import { h, field, replace, say, sayError, badge, pct, fmtScore, fmtTime } from './dom.js';
import { transcript, review, CHANNEL_LABEL } from './transcript.js';

export async function render(main, parts) {
  if (parts[0] === 'w' && parts[1]) return workshop(main, parts[1]);
  if (parts[0] === 's' && parts[1]) return session(main, parts[1]);
  return home(main);
}

const enc = encodeURIComponent;

// ------------------------------------------------------------------------------------------------------------ home

async function home(main) {
  const [list, scenarios, policies] = await Promise.all([get('/workshops'), get('/scenarios'), get('/policies')]);
  const rows = list.workshops.map((w) => h('li', { dataset: { workshop: w.workshopId } },
    h('span', { class: 'grow' }, h('strong', null, w.title), ' ', h('span', { class: 'muted small' }, w.workshopId), h('br'),
      h('span', { class: 'small muted' }, `${w.mode} · policy ${w.policyId}@${w.policyVersion} · ${w.trainees.length} trainees · `
        + `${w.scenarios.length} scenarios · ${w.sessions} sessions · created ${fmtTime(w.createdAt)}`)),
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
      h('div', null, fromFile, customForm(scenarios, policies))));
}

function customForm(scenarios, policies) {
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
      h('span', null, h('span', { lang: s.language, dir: 'auto' }, s.title), h('span', { class: 'muted small' }, ` · ${CHANNEL_LABEL[s.channel] || s.channel}`)))))));
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
  return h('details', { class: 'card' }, h('summary', null, h('h2', { id: 'custom', style: null, class: 'inline' }, 'New workshop of your own')), form);
}

// -------------------------------------------------------------------------------------------------------- workshop

async function workshop(main, id) {
  const w = await get(`/workshops/${enc(id)}`);
  const d = w.definition;
  const scripted = w.trainees.filter((t) => !t.live);
  const live = w.trainees.filter((t) => t.live);
  const runButton = h('button', { type: 'button', class: 'primary', id: 'run', disabled: w.closed || !scripted.length },
    'Run scripted sessions');
  runButton.addEventListener('click', async () => {
    runButton.disabled = true;
    try {
      const r = await post(`/workshops/${enc(id)}/run`);
      say(`Running ${r.sessions} scripted sessions…`);
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
      const b = h('button', { type: 'button', dataset: { trainee: t.traineeId } }, `Create sign-in token for ${t.name}`);
      b.addEventListener('click', async () => {
        try {
          const r = await post('/tokens', { role: 'trainee', trainee: t.traineeId });
          out.textContent = r.token;
          out.hidden = false;
          say(`Token created for ${t.name}: shown once.`);
        } catch (e) { sayError(e); }
      });
      return h('li', null, h('span', { class: 'grow' }, h('strong', null, t.name), ` (${t.traineeId})`, out), b);
    }))) : null;

  const kpis = h('div', { class: 'kpis', id: 'kpis' });
  const rulesCanvas = h('canvas', { id: 'chart-rules', role: 'img', 'aria-label': 'Pass rate per rule' });
  const scoresCanvas = h('canvas', { id: 'chart-scores', role: 'img', 'aria-label': 'Score distribution' });
  const rulesTable = h('div', { class: 'visually-hidden' });
  const scoresTable = h('div', { class: 'visually-hidden' });
  const sessions = h('div', { class: 'table-wrap', id: 'sessions' });
  const traineesBox = h('div', { class: 'table-wrap', id: 'trainees' });
  const outcomes = h('p', { id: 'outcomes' });
  const feed = h('ol', { class: 'feed', id: 'feed', 'aria-label': 'Live activity', reversed: true });
  const progress = h('p', { id: 'progress', 'aria-live': 'polite' }, 'Waiting for the scoreboard…');

  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', null, d.title),
      h('p', { class: 'muted' }, `${w.workshopId} · ${d.mode} · policy ${d.policyId}@${d.policyVersion} · ${d.scenarios.length} scenarios · `
        + `${w.trainees.length} trainees (${scripted.length} scripted, ${live.length} live) · created ${fmtTime(w.createdAt)}`)),
    h('a', { class: 'button', href: '#/trainer' }, 'All workshops')),
    h('div', { class: 'row card' }, runButton, releaseButton, progress),
    tokens,
    h('section', { class: 'card', 'aria-labelledby': 'kpi-h' }, h('h2', { id: 'kpi-h' }, 'KPIs against the policy\'s goals'), kpis, outcomes),
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'rules-h' }, h('h2', { id: 'rules-h' }, 'Pass rate per rule'),
        h('div', { class: 'chart-box' }, rulesCanvas), rulesTable),
      h('section', { class: 'card', 'aria-labelledby': 'scores-h' }, h('h2', { id: 'scores-h' }, 'Score distribution'),
        h('div', { class: 'chart-box' }, scoresCanvas), scoresTable)),
    h('section', { class: 'card', 'aria-labelledby': 'board-h' }, h('h2', { id: 'board-h' }, 'Scoreboard'), sessions),
    h('div', { class: 'cols' },
      h('section', { class: 'card', 'aria-labelledby': 'trainees-h' }, h('h2', { id: 'trainees-h' }, 'Trainees and their weakest rules'), traineesBox),
      h('section', { class: 'card', 'aria-labelledby': 'feed-h' }, h('h2', { id: 'feed-h' }, 'Live activity'), feed)));

  const charts = {};
  let lastRun = w.run ? w.run.state : null;
  let lastBoard = null;
  const draw = (board) => {
    lastBoard = board;
    const entries = board.sessions || [];
    const scored = entries.filter((e) => e.score);
    const ended = entries.filter((e) => e.session.endedAt);
    const run = board.run;
    progress.textContent = `${entries.length} sessions · ${ended.length} ended · ${scored.length} scored`
      + (run ? ` · run ${run.state} ${run.done}/${run.sessions}` : '');
    main.dataset.scored = String(scored.length);
    main.dataset.sessions = String(entries.length);
    if (run && (lastRun === 'running' || runStarted) && run.state !== 'running') {
      runStarted = false;
      say(`Run ${run.state}: ${run.done} of ${run.sessions} sessions played.`);
    }
    lastRun = run ? run.state : null;
    if (run && run.state === 'running') runButton.disabled = true;
    else runButton.disabled = board.workshop.closedAt !== null && board.workshop.closedAt !== undefined || !scripted.length;

    // KPIs
    kpis.replaceChildren(...(board.kpis || []).map((k) => {
      const met = k.goal === null || k.goal === undefined ? null : k.share !== null && !Number.isNaN(k.share) && k.share >= k.goal;
      return h('div', { class: `kpi ${met === null ? '' : met ? 'met' : 'missed'}` },
        h('div', { class: 'small muted' }, k.name),
        h('div', { class: 'value' }, pct(k.share)),
        h('div', { class: 'small' }, k.goal === null || k.goal === undefined ? 'no goal set'
          : `goal ${pct(k.goal)} · ${met ? 'met' : 'not met'}`));
    }));
    const total = board.total || {};
    const unhappy = Object.entries(board.outcomes || {}).filter(([o]) => o !== 'satisfied').reduce((a, [, n]) => a + n, 0);
    replace(outcomes, 'Outcomes: ', Object.entries(board.outcomes || {}).map(([o, n], i) => [i ? ', ' : '', h('strong', null, n), ` ${o}`]),
      total.sessions ? ` · average score ${fmtScore(total.scoreSum / total.sessions)} · ${total.passed} of ${total.sessions} passed` : '',
      unhappy ? ` · likely reach of unhappy customers: ${unhappy * 9}–${unhappy * 15} people (seed 003)` : '');

    // charts
    const rules = (board.rules || []).filter((r) => r.passed + r.failed > 0);
    const rates = rules.map((r) => Math.round((100 * r.passed) / (r.passed + r.failed)));
    const bins = new Array(10).fill(0);
    for (const e of scored) bins[Math.min(9, Math.floor(e.score.score / 10))]++;
    const binLabels = bins.map((_, i) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`));
    rulesTable.replaceChildren(h('table', null, h('caption', null, 'Pass rate per rule'),
      rules.map((r, i) => h('tr', null, h('th', null, r.ruleId), h('td', null, `${rates[i]}% (${r.passed} of ${r.passed + r.failed})`)))));
    scoresTable.replaceChildren(h('table', null, h('caption', null, 'Sessions per score band'),
      bins.map((n, i) => h('tr', null, h('th', null, binLabels[i]), h('td', null, n)))));
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
      update('rules', rulesCanvas, {
        type: 'bar',
        data: { labels: rules.map((r) => r.ruleId), datasets: [{ label: 'pass rate %', data: rates,
          backgroundColor: rates.map((x) => (x >= 80 ? '#146c2e' : x >= 50 ? '#b7791f' : '#a4161a')) }] },
        options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
          scales: { x: { min: 0, max: 100, title: { display: true, text: '% of sessions where the rule applied' } },
            y: { ticks: { autoSkip: false } } } },
      });
      update('scores', scoresCanvas, {
        type: 'bar',
        data: { labels: binLabels, datasets: [{ label: 'sessions', data: bins, backgroundColor: '#1d4e89' }] },
        options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'sessions' } }, x: { title: { display: true, text: 'score' } } } },
      });
    }

    // scoreboard
    const sorted = [...entries].sort((a, b) => (a.session.traineeName || '').localeCompare(b.session.traineeName || '')
      || a.session.scenarioId.localeCompare(b.session.scenarioId));
    sessions.replaceChildren(h('table', null,
      h('thead', null, h('tr', null, ['Trainee', 'Scenario', 'Channel', 'Lang', 'Status', 'Score', 'Result', 'Outcome', 'Failed rules', ''].map((c, i) =>
        h('th', { scope: 'col', class: i === 5 ? 'num' : null }, c)))),
      h('tbody', null, sorted.map((e) => {
        const s = e.session;
        const sc = e.score;
        const failed = sc ? sc.verdicts.filter((v) => v.verdict === 'fail').map((v) => v.ruleId + (v.critical ? '*' : '')) : [];
        return h('tr', { dataset: { session: s.sessionId, scored: String(!!sc) } },
          h('td', null, s.traineeName || s.traineeId), h('td', { lang: s.language, dir: 'auto' }, s.scenarioTitle || s.scenarioId),
          h('td', null, CHANNEL_LABEL[s.channel] || s.channel), h('td', null, s.language),
          h('td', null, s.endedAt ? (sc ? 'scored' : 'ended') : badge('live', 'running')),
          h('td', { class: 'num' }, sc ? fmtScore(sc.score) : '–'),
          h('td', null, sc ? (sc.passed ? badge('pass', 'pass') : badge(sc.criticalFailures.length ? 'FAIL*' : 'FAIL', 'fail')) : ''),
          h('td', null, sc ? sc.outcome : (s.outcome || '')),
          h('td', { class: 'small' }, failed.join(', ')),
          h('td', null, h('a', { href: `#/trainer/s/${enc(s.sessionId)}`, 'aria-label': `Open ${s.traineeName}'s session ${s.scenarioId}` }, 'Open')));
      }))));

    // trainees
    const weakest = board.weakest || {};
    traineesBox.replaceChildren(h('table', null,
      h('thead', null, h('tr', null, ['Trainee', 'Sessions', 'Passed', 'Average', 'Weakest rules'].map((c, i) =>
        h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : null }, c)))),
      h('tbody', null, (board.trainees || []).map((t) => h('tr', { dataset: { trainee: t.traineeId } },
        h('td', null, (board.workshop.trainees.find((x) => x.traineeId === t.traineeId) || {}).name || t.traineeId),
        h('td', { class: 'num' }, t.sessions), h('td', { class: 'num' }, t.passed),
        h('td', { class: 'num' }, t.sessions ? fmtScore(t.scoreSum / t.sessions) : '–'),
        h('td', null, (weakest[t.traineeId] || []).length ? (weakest[t.traineeId] || []).map((r, i) => [i ? ', ' : '',
          h('strong', null, r.ruleId), ` ${r.passed}/${r.passed + r.failed}`]) : h('span', { class: 'muted' }, 'none failed')))))));
  };

  const sub = stream(`/workshops/${enc(id)}/stream`, (type, data) => {
    if (type === 'scoreboard') draw(data);
    else if (type === 'activity') {
      const e = data.event || {};
      feed.prepend(h('li', null, h('span', { class: 'muted' }, fmtTime(data.occurredAt).slice(11, 19)), ' ',
        h('strong', null, data.type), data.traineeId ? ` · ${data.traineeId}` : '',
        e.scenarioId ? ` · ${e.scenarioId}` : '', e.text ? [' · ', h('bdi', null, e.text.length > 80 ? e.text.slice(0, 80) + '…' : e.text)] : ''));
      while (feed.children.length > 40) feed.lastChild.remove();
    }
  }, { onError: sayError });
  return () => {
    sub.stop();
    for (const c of Object.values(charts)) c.destroy();
  };
}

// --------------------------------------------------------------------------------------------------------- session

async function session(main, id) {
  const view = await get(`/sessions/${enc(id)}`);
  const setup = view.setup;
  const events = [];
  const box = h('div', { class: 'scroll', tabindex: '0', 'aria-label': 'Transcript' });
  const result = h('div', { id: 'result' });
  const state = h('p', { class: 'muted', 'aria-live': 'polite' });
  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', null, h('bdi', null, setup.traineeName), `: ${setup.scenarioId}`),
      h('p', { class: 'muted' }, `${id} · workshop ${setup.workshopId} · policy ${setup.policyId}@${setup.policyVersion} · ${setup.clock === 'virtual' ? 'scripted (virtual time)' : 'live'}`)),
    h('a', { class: 'button', href: `#/trainer/w/${enc(setup.workshopId)}` }, 'Back to the workshop')),
    state, result, h('section', { class: 'card live-transcript', 'aria-label': 'Transcript' }, h('h2', null, 'Transcript'), box));
  const live = main.querySelector('.live-transcript');
  const sub = stream(`/sessions/${enc(id)}/stream`, async (type, data) => {
    if (type === 'event') events.push(data);
    else if (type === 'state') {
      box.replaceChildren(transcript(events, { showMood: true }));
      state.textContent = data.ended ? `Ended · outcome ${data.outcome} · waiting for the score…`
        : `Live · mood ${data.mood} · ${data.awaitingAgent ? 'waiting for the trainee' : 'the customer is talking'}`;
    } else if (type === 'scored') {
      try {
        const score = await get(`/sessions/${enc(id)}/score`);
        state.textContent = `Ended · outcome ${score.outcome} · score ${fmtScore(score.score)}${data.feedbackReleased ? '' : ' · feedback not yet released to the trainee'}`;
        live.hidden = true;
        replace(result, review(events, score, { showMood: true }));
      } catch (e) { sayError(e); }
    }
  }, { onError: sayError });
  return () => sub.stop();
}
