// Reviews of a finished session (comments, overrides with a reason, disputes and their outcome) and calibrations
// (set-up, blind scoring, the result table). Every figure, kappa included, comes from the server.
import { get, post } from './api.js';
import { h, field, replace, say, sayError, badge, verdictBadge, fmtTime, pct, plural } from './dom.js';
import { ruleName, ruleTitle } from './names.js';

const enc = encodeURIComponent;
const VERDICTS = ['pass', 'fail', 'n/a'];

/** A kappa as a figure (two decimals), or a dash where it is undefined (every verdict the same). */
export const fmtKappa = (k) => (typeof k === 'number' && Number.isFinite(k) ? k.toFixed(2) : '–');

function ruleSelect(score, names, { only } = {}) {
  const select = h('select', { name: 'rule', required: true });
  for (const v of score.verdicts || []) {
    if (only && !only(v)) continue;
    select.append(h('option', { value: v.ruleId }, `${ruleTitle(names, v.ruleId)} (${v.verdict})`));
  }
  return select;
}

function verdictSelect(name = 'verdict') {
  return h('select', { name }, VERDICTS.map((v) => h('option', { value: v }, v)));
}

/** The machine's and the final verdict of every overridden rule, with who overrode it and why. */
function overridesList(review, score, names) {
  if (!review.overrides.length) return h('p', { class: 'muted small', id: 'overrides-none' }, 'No verdict overridden: the final verdicts are the machine\'s.');
  const scored = new Map((score.verdicts || []).map((v) => [v.ruleId, v]));
  return h('ul', { class: 'list', id: 'overrides', 'aria-label': 'Overridden verdicts' }, review.overrides.map((o) => {
    const now = scored.get(o.rule);
    const changed = now && now.override && now.override.machineChanged;
    return h('li', { dataset: { rule: o.rule, verdict: o.verdict, machine: o.machineVerdict } },
      h('span', { class: 'grow' }, h('strong', null, ruleName(names, o.rule)), ' · machine ', verdictBadge(o.machineVerdict), ' → final ', verdictBadge(o.verdict),
        h('br'), h('span', { class: 'small muted' }, `by ${o.by} · ${fmtTime(o.at)}`,
          changed ? ' · the machine now judges otherwise than when it was overridden' : ''),
        h('br'), h('span', { class: 'small' }, o.reason)));
  }));
}

/** The score once the read side shows every override of the review (it follows the review within moments). */
async function scoreAfter(sessionId, review) {
  let score = null;
  for (let i = 0; i < 40; i++) {
    score = await get(`/sessions/${enc(sessionId)}/score`);
    const verdicts = new Map((score.verdicts || []).map((v) => [v.ruleId, v.verdict]));
    if (review.overrides.every((o) => verdicts.get(o.rule) === o.verdict)) return score;
    await new Promise((res) => setTimeout(res, 250));
  }
  return score;
}

function disputesList(review, names, decide) {
  if (!review.disputes.length) return h('p', { class: 'muted small' }, 'No dispute.');
  return h('ul', { class: 'list', id: 'disputes', 'aria-label': 'Disputes' }, review.disputes.map((d) => {
    const li = h('li', { dataset: { dispute: d.disputeId, status: d.status, rule: d.rule } },
      h('span', { class: 'grow' }, h('strong', null, ruleName(names, d.rule)), ' ',
        badge(d.status, d.status === 'accepted' ? 'pass' : d.status === 'rejected' ? 'fail' : 'running'),
        h('br'), h('span', { class: 'small' }, '“', d.message, '”'), h('span', { class: 'small muted' }, ` · ${d.traineeId} · ${fmtTime(d.openedAt)}`),
        d.decision ? [h('br'), h('span', { class: 'small decision' }, d.decision.accepted ? 'Accepted' : 'Rejected', ` by ${d.decision.by}: `, d.decision.reason)] : null));
    if (decide && d.status === 'open') li.append(decide(d));
    return li;
  }));
}

/**
 * The review card of a scored session: the overrides beside the machine's verdicts, the disputes, the comments, and
 * the forms the caller's role may use (a trainer or reviewer overrides, comments and decides disputes; the trainee
 * disputes). onChange() runs after every change, to draw the score again.
 */
export async function reviewCard(sessionId, score, { role, names, onChange }) {
  const card = h('section', { class: 'card', id: 'review', 'aria-labelledby': 'review-h' });
  const draw = async (scoreNow) => {
    const review = await get(`/sessions/${enc(sessionId)}/review`);
    const reviewer = role === 'trainer' || role === 'reviewer';
    const refresh = async (message) => {
      say(message);
      const next = await scoreAfter(sessionId, await get(`/sessions/${enc(sessionId)}/review`));
      if (onChange) await onChange(next);
      await draw(next);
    };
    const decide = reviewer ? (d) => {
      const reason = h('input', { type: 'text', name: 'reason', required: true, maxlength: 4000 });
      const form = h('form', { class: 'row decide', dataset: { dispute: d.disputeId } }, field('Reason', reason),
        h('button', { type: 'submit', name: 'accept', value: 'true', class: 'primary' }, 'Accept'),
        h('button', { type: 'submit', name: 'reject', value: 'false' }, 'Reject'));
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        const accept = ev.submitter ? ev.submitter.value === 'true' : true;
        try {
          await post(`/sessions/${enc(sessionId)}/disputes/${enc(d.disputeId)}`, { accept, reason: reason.value.trim() });
          await refresh(`Dispute ${d.disputeId} ${accept ? 'accepted: the verdict is overridden' : 'rejected'}.`);
        } catch (e) { sayError(e); }
      });
      return form;
    } : null;
    const parts = [h('h2', { id: 'review-h' }, 'Review'),
      h('h3', null, 'Final verdicts'), overridesList(review, scoreNow, names),
      h('h3', null, 'Disputes'), disputesList(review, names, decide)];
    if (review.comments.length) {
      parts.push(h('h3', null, 'Comments'), h('ul', { class: 'list', id: 'comments' }, review.comments.map((c) => h('li', null,
        h('span', { class: 'grow' }, c.comment, h('br'), h('span', { class: 'small muted' },
          [c.rule ? ruleTitle(names, c.rule) : null, c.seqNr ? `event ${c.seqNr}` : null, c.by, fmtTime(c.at)].filter(Boolean).join(' · ')))))));
    }
    if (reviewer) parts.push(overrideForm(sessionId, scoreNow, names, refresh), commentForm(sessionId, scoreNow, names, refresh));
    if (role === 'trainee') parts.push(disputeForm(sessionId, scoreNow, review, names, refresh));
    replace(card, parts);
  };
  await draw(score);
  return card;
}

function overrideForm(sessionId, score, names, refresh) {
  const rule = ruleSelect(score, names);
  const verdict = verdictSelect();
  const reason = h('textarea', { name: 'reason', rows: 2, required: true, maxlength: 4000 });
  const form = h('form', { class: 'override', 'aria-label': 'Override a verdict' }, h('h3', null, 'Override a verdict'),
    h('div', { class: 'row' }, field('Rule', rule), field('Final verdict', verdict)), field('Reason', reason),
    h('button', { type: 'submit', class: 'primary' }, 'Override'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await post(`/sessions/${enc(sessionId)}/review`, { rule: rule.value, verdict: verdict.value, reason: reason.value.trim() });
      await refresh(`Overridden: ${ruleTitle(names, rule.value)} is now ${verdict.value}.`);
    } catch (e) { sayError(e); }
  });
  return form;
}

function commentForm(sessionId, score, names, refresh) {
  const rule = h('select', { name: 'rule' }, h('option', { value: '' }, '(none)'),
    (score.verdicts || []).map((v) => h('option', { value: v.ruleId }, ruleTitle(names, v.ruleId))));
  const seqNr = h('input', { type: 'number', name: 'seqNr', min: 1, inputmode: 'numeric' });
  const comment = h('textarea', { name: 'comment', rows: 2, required: true, maxlength: 4000 });
  const form = h('form', { class: 'comment', 'aria-label': 'Comment' }, h('h3', null, 'Comment'),
    h('div', { class: 'row' }, field('On the verdict of', rule), field('On event', seqNr, '(its number in the transcript)')),
    field('Comment', comment), h('button', { type: 'submit' }, 'Add comment'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { comment: comment.value.trim() };
    if (rule.value) body.rule = rule.value;
    if (seqNr.value) body.seqNr = Number(seqNr.value);
    try {
      await post(`/sessions/${enc(sessionId)}/review`, body);
      await refresh('Comment added.');
    } catch (e) { sayError(e); }
  });
  return form;
}

function disputeForm(sessionId, score, review, names, refresh) {
  const open = new Set(review.disputes.filter((d) => d.status === 'open').map((d) => d.rule));
  const rule = ruleSelect(score, names, { only: (v) => v.verdict !== 'n/a' && !open.has(v.ruleId) });
  const message = h('textarea', { name: 'message', rows: 2, required: true, maxlength: 4000 });
  const form = h('form', { class: 'dispute', 'aria-label': 'Dispute a verdict' }, h('h3', null, 'Dispute a verdict'),
    h('p', { class: 'small muted' }, 'Think a verdict is wrong? Say why; your trainer accepts or rejects it, with a reason.'),
    field('Verdict', rule), field('Why it is wrong', message), h('button', { type: 'submit', class: 'primary' }, 'Dispute'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const d = await post(`/sessions/${enc(sessionId)}/disputes`, { rule: rule.value, message: message.value.trim() });
      await refresh(`Dispute ${d.disputeId} sent to your trainer.`);
    } catch (e) { sayError(e); }
  });
  return form;
}

// ------------------------------------------------------------------------------------------------------ disputes

/** Open disputes of every session, each a link to its session (for trainers). */
export async function disputes(main, { sessionHref }) {
  const data = await get('/disputes?status=open');
  replace(main, h('h1', null, 'Open disputes'),
    h('section', { class: 'card' }, data.disputes.length ? h('ul', { class: 'list', id: 'open-disputes' }, data.disputes.map((d) => h('li', { dataset: { session: d.sessionId, dispute: d.disputeId } },
      h('span', { class: 'grow' }, h('a', { href: sessionHref(d.sessionId) }, d.sessionId), ' · ', d.ruleId, h('br'),
        h('span', { class: 'small' }, '“', d.message, '” · ', d.traineeId, ' · ', fmtTime(d.openedAt))))))
      : h('p', { class: 'muted' }, 'No open dispute.')));
}

// --------------------------------------------------------------------------------------------------- calibrations

/** The calibrations the caller sees, and (for a trainer) the form that sets one up. */
export async function calibrations(main, { role, me, href }) {
  const data = await get('/calibrations');
  const list = data.calibrations.length ? h('ul', { class: 'list', id: 'calibrations' }, data.calibrations.map((c) => h('li', { dataset: { calibration: c.calibrationId } },
    h('span', { class: 'grow' }, h('a', { href: href(c.calibrationId) }, h('bdi', null, c.title)), ' ', h('span', { class: 'muted small' }, c.calibrationId), h('br'),
      h('span', { class: 'small muted' }, `${plural(c.sessions, 'session')} · ${plural(c.rules, 'rule')} · `,
        Object.entries(c.scored).map(([r, n]) => `${r}: ${n}/${c.sessions}`).join(', '))))))
    : h('p', { class: 'muted' }, 'No calibration yet.');
  replace(main, h('h1', null, 'Calibrations'),
    h('p', { class: 'muted' }, 'Several reviewers judge every rule of the same sessions, blind; the result shows how far they agree with each other (Cohen\'s kappa for two, Fleiss\' kappa for more, and the raw agreement) and with the machine.'),
    h('section', { class: 'card' }, h('h2', null, role === 'trainer' ? 'All calibrations' : 'Your calibrations'), list),
    role === 'trainer' ? setupForm(me, href) : null);
}

function setupForm(me, href) {
  const title = h('input', { type: 'text', name: 'title', maxlength: 200 });
  const sessions = h('textarea', { name: 'sessions', rows: 3, required: true, spellcheck: 'false' });
  const reviewers = h('textarea', { name: 'reviewers', rows: 2, required: true, spellcheck: 'false' });
  const minted = h('div', { id: 'minted', 'aria-live': 'polite' });
  const mint = h('button', { type: 'button', id: 'new-reviewer' }, 'Create a reviewer token');
  mint.addEventListener('click', async () => {
    try {
      const t = await post('/tokens', { role: 'reviewer' });
      reviewers.value = [reviewers.value.trim(), t.id].filter(Boolean).join('\n');
      minted.append(h('p', { class: 'small', dataset: { reviewer: t.id } }, `Reviewer ${t.id}: give them this token (shown once): `, h('code', { class: 'mono-id' }, t.token)));
    } catch (e) { sayError(e); }
  });
  const form = h('form', { class: 'card', id: 'calibration-setup', 'aria-labelledby': 'setup-h' }, h('h2', { id: 'setup-h' }, 'Set up a calibration'),
    field('Title', title),
    field('Sessions', sessions, '(scored session ids, one per line)'),
    field('Reviewers', reviewers, `(reviewer token ids, one per line; yours is ${me.tokenId})`),
    h('div', { class: 'row' }, mint), minted,
    h('button', { type: 'submit', class: 'primary' }, 'Create the calibration'));
  const lines = (t) => t.value.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const c = await post('/calibrations', { title: title.value.trim() || undefined, sessions: lines(sessions), reviewers: lines(reviewers) });
      say(`Calibration ${c.calibrationId} set up: ${plural(c.sessions.length, 'session')}, ${plural(c.rules.length, 'rule')}.`);
      location.hash = href(c.calibrationId);
    } catch (e) { sayError(e); }
  });
  return form;
}

/** One calibration: each reviewer's progress, the caller's blind scoring of each session, and the result. */
export async function calibration(main, id, { me, names: namesOf, sessionView }) {
  const c = await get(`/calibrations/${enc(id)}`);
  const names = await namesOf(c);
  const mine = c.mine || {};
  const scoring = c.reviewers.includes(me.tokenId);
  const next = scoring ? c.sessions.find((s) => !mine[s]) : null;
  const parts = [h('h1', null, h('bdi', null, c.title), ' ', h('span', { class: 'muted small' }, c.calibrationId)),
    h('p', { class: 'muted', id: 'calibration-progress' }, c.complete ? 'Every reviewer has scored every session.' : 'Scoring: ',
      c.complete ? null : Object.entries(c.progress).map(([r, n]) => `${r === me.tokenId ? 'you' : r} ${n}/${c.sessions.length}`).join(', '))];
  if (next) parts.push(await scoreForm(c, next, names, sessionView, () => calibration(main, id, { me, names: namesOf, sessionView })));
  else if (scoring && !c.complete) parts.push(h('p', { class: 'card', id: 'scored-all' }, 'You have scored every session. The result shows once every reviewer has.'));
  if (c.result) parts.push(resultTable(c, names));
  replace(main, parts);
}

async function scoreForm(c, sessionId, names, sessionView, again) {
  const selects = c.rules.map((r) => verdictSelect(`v-${r}`));
  const form = h('form', { class: 'card', id: 'blind-scoring', dataset: { session: sessionId }, 'aria-labelledby': 'blind-h' },
    h('h2', { id: 'blind-h' }, 'Your verdicts on ', h('span', { class: 'mono-id' }, sessionId)),
    h('p', { class: 'small muted' }, 'Blind: you see neither the machine\'s verdicts nor the other reviewers\'. Judge every rule from the transcript.'),
    await sessionView(sessionId),
    h('div', { class: 'grid verdict-picks' }, c.rules.map((r, i) => field(ruleTitle(names, r), selects[i]))),
    h('button', { type: 'submit', class: 'primary' }, 'Submit my verdicts'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const verdicts = {};
    c.rules.forEach((r, i) => { verdicts[r] = selects[i].value; });
    try {
      await post(`/calibrations/${enc(c.calibrationId)}/verdicts`, { sessionId, verdicts });
      say(`Your verdicts on ${sessionId} are in.`);
      await again();
    } catch (e) { sayError(e); }
  });
  return form;
}

function resultTable(c, names) {
  const r = c.result;
  const method = r.method === 'cohen' ? 'Cohen\'s kappa' : 'Fleiss\' kappa';
  return h('section', { class: 'card', id: 'calibration-result', 'aria-labelledby': 'result-h' },
    h('h2', { id: 'result-h' }, 'Agreement'),
    h('p', { class: 'small muted' }, `${method} between ${plural(r.reviewers, 'reviewer')} over ${plural(r.sessions.length, 'session')} every reviewer scored; raw agreement; and the share of reviewers' verdicts equal to the machine's. A dash: no kappa, every verdict being the same.`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'rates calibration' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Rule'), h('th', { scope: 'col' }, 'Kappa'), h('th', { scope: 'col' }, 'Agreement'), h('th', { scope: 'col' }, 'With the machine'))),
      h('tbody', null, r.rules.map((a) => h('tr', { dataset: { rule: a.ruleId } },
        h('th', { scope: 'row' }, ruleName(names, a.ruleId)), h('td', { class: 'kappa' }, fmtKappa(a.kappa)),
        h('td', { class: 'agreement' }, pct(a.agreement)), h('td', { class: 'machine' }, pct(a.machineAgreement)))),
      h('tr', { class: 'overall', dataset: { rule: 'overall' } }, h('th', { scope: 'row' }, 'All rules'),
        h('td', { class: 'kappa' }, fmtKappa(r.overall.kappa)), h('td', { class: 'agreement' }, pct(r.overall.agreement)),
        h('td', { class: 'machine' }, pct(r.overall.machineAgreement)))))),
    r.splits.length ? [h('h3', null, 'Where reviewers split most'), h('ul', { class: 'list', id: 'splits' }, r.splits.map((s) => h('li', null,
      h('span', { class: 'grow' }, h('span', { class: 'mono-id' }, s.sessionId), ' · ', plural(s.rulesSplit, 'rule'), ': ',
        s.rules.map((x) => ruleTitle(names, x)).join(', ')))))] : null);
}
