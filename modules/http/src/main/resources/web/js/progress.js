// A trainee's progress across workshops, as the server computed it: every session with its score and weakest rules,
// a chart of scores over time, and each rule's pass rate over the last N scored sessions. Trainers open it from the
// scoreboard; trainees read their own.
import { get, ApiError } from './api.js';
import { h, replace, badge, fmtScore, fmtDate, pct, plural, hashQuery, setHashQuery, sayError } from './dom.js';
import { catalogue, policyNames, commonLanguage, ruleName, channelTitle, dirOf } from './names.js';

const LASTS = ['5', '10', '20', '50'];
const enc = encodeURIComponent;

/** options: traineeId; self (the trainee reads their own); back (the address to go back to). */
export async function progress(main, { traineeId, self = false, back }) {
  let last = LASTS.includes(hashQuery().get('last')) ? hashQuery().get('last') : '10';
  let cat;
  let first;
  try {
    [cat, first] = await Promise.all([catalogue(), get(`/trainees/${enc(traineeId)}/progress?last=${last}`)]);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
    replace(main, h('h1', null, self ? 'Your progress' : `Progress of ${traineeId}`),
      h('p', { class: 'card', id: 'no-progress' }, self ? 'You have no session yet: your progress shows here once you have played one.'
        : `Trainee ${traineeId} has no session yet.`),
      h('a', { class: 'button', href: back }, self ? 'Back to your sessions' : 'All workshops'));
    return null;
  }
  const scored = first.sessions.filter((s) => s.score);
  const lang = commonLanguage(first.sessions.map((s) => s.language));
  const policyId = scored.length ? scored[scored.length - 1].score.policyId : 'default';
  const names = await policyNames(policyId, lang);
  let chart = null;

  const summary = h('div', { class: 'kpis', id: 'progress-summary' });
  const canvas = h('canvas', { id: 'chart-trend', role: 'img', 'aria-label': 'Scores over time' });
  const trendTable = h('div', { class: 'visually-hidden' });
  const rules = h('div', { id: 'progress-rules' });
  const sessions = h('div', { class: 'table-wrap', id: 'progress-sessions' });
  const lastSelect = h('select', { id: 'progress-last', name: 'last' }, LASTS.map((n) => h('option', { value: n }, `last ${n} sessions`)));
  lastSelect.value = last;

  const draw = (p) => {
    const s = p.summary;
    replace(summary,
      h('div', { class: 'kpi', dataset: { figure: 'sessions' } }, h('div', { class: 'small muted' }, 'Sessions'), h('div', { class: 'value' }, s.sessions),
        h('div', { class: 'small' }, `${s.scored} scored · ${s.passed} passed`)),
      h('div', { class: 'kpi', dataset: { figure: 'average' } }, h('div', { class: 'small muted' }, 'Average score'), h('div', { class: 'value' }, fmtScore(s.averageScore)),
        h('div', { class: 'small' }, 'over every scored session')),
      h('div', { class: 'kpi', dataset: { figure: 'recent' } }, h('div', { class: 'small muted' }, `Last ${p.last}`), h('div', { class: 'value' }, fmtScore(s.recentAverageScore)),
        h('div', { class: 'small' }, `average of the last ${plural(Math.min(p.last, s.scored), 'scored session')}`)));

    // the trend: each scored session's score, oldest first
    const labels = p.trend.map((t, i) => `${i + 1} · ${fmtDate(t.at)}`);
    trendTable.replaceChildren(h('table', null, h('caption', null, 'Scores over time'),
      p.trend.map((t, i) => h('tr', null, h('th', null, labels[i]), h('td', null, `${fmtScore(t.score)} ${t.passed ? 'passed' : 'not passed'}`)))));
    if (window.Chart) {
      const data = {
        labels,
        datasets: [{ label: 'score', data: p.trend.map((t) => t.score), borderColor: '#1d4e89', tension: 0.2,
          pointBackgroundColor: p.trend.map((t) => (t.passed ? '#146c2e' : '#a4161a')), pointRadius: 5 }],
      };
      if (chart) { chart.data = data; chart.update('none'); } else {
        chart = new window.Chart(canvas, { type: 'line', data,
          options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
            scales: { y: { min: 0, max: 100, title: { display: true, text: 'score' } }, x: { title: { display: true, text: 'session · date' } } } } });
      }
    }

    // each rule over the last N scored sessions, weakest first
    replace(rules, p.rules.length ? h('table', { class: 'rates' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Rule'), h('th', { scope: 'col' }, 'Pass rate'), h('th', { scope: 'col', class: 'num' }, 'Passed'))),
      h('tbody', null, p.rules.map((r) => {
        const applies = typeof r.passRate === 'number';
        const bar = h('span', { class: `rate-bar ${applies ? (r.passRate >= 0.8 ? 'good' : r.passRate >= 0.5 ? 'fair' : 'poor') : ''}` });
        if (applies) bar.style.width = `${Math.round(100 * r.passRate)}%`;
        return h('tr', { dataset: { rule: r.ruleId } }, h('td', null, ruleName(names, r.ruleId)),
          h('td', { class: 'rate' }, h('span', { class: 'rate-track', 'aria-hidden': 'true' }, bar), ' ', applies ? pct(r.passRate) : 'did not apply'),
          h('td', { class: 'num' }, `${r.passed} of ${r.passed + r.failed}`));
      }))) : h('p', { class: 'muted' }, 'No scored session yet.'));

    // every session, newest first
    const link = (x) => (self
      ? `#/trainee/play/${enc(x.workshopId)}/${enc(x.scenarioId)}` : `#/trainer/s/${enc(x.sessionId)}`);
    sessions.replaceChildren(h('table', { class: 'board progress' },
      h('thead', null, h('tr', null, ['Date', 'Workshop', 'Scenario', 'Channel', 'Score', 'Result', 'Weakest rules', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, [...p.sessions].reverse().map((x) => {
        const sc = x.score;
        return h('tr', { dataset: { session: x.sessionId, status: x.status } },
          h('td', { class: 'who', 'data-label': 'Date' }, fmtDate(x.startedAt)),
          h('td', { class: 'detail', 'data-label': 'Workshop', dir: 'auto' }, x.workshopTitle),
          h('td', { class: 'scenario', 'data-label': 'Scenario', lang: x.language, dir: dirOf(x.language) }, x.scenarioTitle || x.scenarioId),
          h('td', { class: 'detail', 'data-label': 'Channel' }, channelTitle(cat, x.channel)),
          h('td', { class: 'num score', 'data-label': 'Score' }, sc ? fmtScore(sc.score) : '–'),
          h('td', { class: 'result', 'data-label': 'Result' }, sc ? (sc.passed ? badge('pass', 'pass') : badge(sc.criticalFailed ? 'FAIL*' : 'FAIL', 'fail'))
            : badge(x.status === 'feedback-pending' ? 'feedback pending' : x.status === 'running' ? 'in progress' : 'scoring…', 'na')),
          h('td', { class: 'meta', 'aria-hidden': 'true' }, [h('bdi', null, x.workshopTitle), ' · ', channelTitle(cat, x.channel)]),
          h('td', { class: 'failed', 'data-label': 'Weakest rules' }, sc && sc.weakest.length
            ? h('span', { class: 'chips' }, sc.weakest.map((r) => ruleName(names, r, { cls: 'chip fail' }))) : sc ? h('span', { class: 'muted' }, 'none failed') : null),
          h('td', { class: 'open' }, x.status === 'running' && !self ? null : h('a', { class: 'session-link', href: link(x) }, self ? 'Review' : 'Open')));
      }))));
  };

  lastSelect.addEventListener('change', async () => {
    last = lastSelect.value;
    setHashQuery({ last: last === '10' ? '' : last });
    try { draw(await get(`/trainees/${enc(traineeId)}/progress?last=${last}`)); } catch (e) { sayError(e); }
  });

  replace(main,
    h('div', { class: 'row' }, h('div', { class: 'grow' }, h('h1', null, self ? 'Your progress' : ['Progress of ', h('bdi', null, first.name)]),
      h('p', { class: 'muted' }, `Every session of ${self ? 'yours' : 'trainee ' + traineeId} across workshops; rule names as in ${policyId}.`)),
    self ? h('a', { class: 'button', href: back }, 'Back to your sessions')
      : h('button', { type: 'button', id: 'back', onclick: () => (history.length > 1 ? history.back() : (location.hash = back)) }, 'Back')),
    h('section', { class: 'card', 'aria-labelledby': 'summary-h' }, h('h2', { id: 'summary-h' }, 'Summary'), summary),
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'trend-h' }, h('h2', { id: 'trend-h' }, 'Scores over time'),
        h('div', { class: 'chart-box short' }, canvas), trendTable),
      h('section', { class: 'card', 'aria-labelledby': 'rates-h' }, h('div', { class: 'row' }, h('h2', { id: 'rates-h', class: 'grow' }, 'Pass rate per rule'), lastSelect),
        rules)),
    h('section', { class: 'card', 'aria-labelledby': 'sessions-h' }, h('h2', { id: 'sessions-h' }, 'Every session'), sessions));
  draw(first);
  return () => { if (chart) chart.destroy(); };
}

