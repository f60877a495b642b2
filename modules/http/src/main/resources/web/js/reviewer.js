// The reviewer's view: their calibrations, blind scoring of each session, the result once everyone has scored; and
// the review of a session they were invited to (#/reviewer/s/{id}).
import { get } from './api.js';
import { h, replace } from './dom.js';
import { review } from './transcript.js';
import { catalogue, policyNames } from './names.js';
import { reviewCard, calibrations, calibration } from './review.js';
import { calibrationNames, sessionView } from './trainer.js';

const enc = encodeURIComponent;

export async function render(main, parts, me) {
  if (parts[0] === 'c' && parts[1]) return calibration(main, parts[1], { me, names: calibrationNames, sessionView });
  if (parts[0] === 's' && parts[1]) return session(main, parts[1]);
  return calibrations(main, { role: 'reviewer', me, href: (c) => `#/reviewer/c/${enc(c)}` });
}

async function session(main, id) {
  const [view, score, cat] = await Promise.all([get(`/sessions/${enc(id)}`), get(`/sessions/${enc(id)}/score`), catalogue()]);
  const first = (view.transcript || []).find((e) => e.event === 'SessionStarted') || {};
  const names = await policyNames(view.setup.policyId, first.language || 'en');
  const scored = h('div');
  const draw = (s) => replace(scored, review(view.transcript || [], s, { showMood: true, names, cat }));
  draw(score);
  replace(main, h('h1', { dir: 'auto' }, first.scenarioTitle || view.setup.scenarioId, ' ', h('span', { class: 'muted small mono-id' }, id)),
    scored, await reviewCard(id, score, { role: 'reviewer', names, onChange: draw }));
}
