// A session's transcript from its stored events, each message in its own language and direction, with the evidence of
// verdicts (event seqNrs and matched spans) highlighted; and the verdict list that picks which evidence to show.
// Rules, acts, actions and fields are shown by name (options.names: the policy's names; options.cat: the catalogue).
import { h, fmtTime, fmtScore, badge, fmtDuration, fmtRelative, plural, isoMillis } from './dom.js';
import { dirOf, ruleName, ruleTitle, causeTitle, channelTitle, outcomeTitle } from './names.js';

export { dirOf };

export function started(events) {
  return events.find((e) => e.event === 'SessionStarted');
}

/** Splits text into plain and marked segments; spans may overlap. */
function marked(text, spans, names) {
  if (!spans.length) return [text];
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    if (!piece) continue;
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) { out.push(piece); continue; }
    const fail = over.some((s) => s.verdict === 'fail');
    const rules = [...new Set(over.map((s) => s.ruleId))];
    out.push(h('mark', {
      class: `ev ${fail ? 'fail' : 'pass'}`,
      title: rules.map((r) => `${ruleTitle(names, r)}: ${over.find((s) => s.ruleId === r).verdict}`).join(', '),
      dataset: { rules: rules.join(' ') },
    }, piece));
  }
  return out;
}

/** Where an evidence item sits in a message's text: its own span if it matches, else the first occurrence. */
function locate(text, ev) {
  if (ev.start !== null && ev.start !== undefined && ev.end > ev.start && ev.end <= text.length) {
    return { start: ev.start, end: ev.end };
  }
  if (ev.text && ev.text !== text) {
    const at = text.indexOf(ev.text);
    if (at >= 0) return { start: at, end: at + ev.text.length };
  }
  return null;
}

/**
 * One tag per rule whose evidence is in this event: the verdict and the rule's name in one element, so that neither
 * a right-to-left message nor line wrapping can separate them. A rule that both passed and failed here shows fail.
 */
function evidenceTags(evs, names) {
  if (!evs.length) return null;
  const byRule = new Map();
  for (const v of evs) if (byRule.get(v.ruleId) !== 'fail') byRule.set(v.ruleId, v.verdict);
  return h('span', { class: 'ev-tags', dir: 'ltr' }, [...byRule].map(([rule, verdict]) => {
    const cls = verdict === 'pass' ? 'pass' : 'fail';
    return h('span', { class: `ev-tag ${cls}`, dataset: { rule, verdict } },
      h('span', { class: 'sym', 'aria-hidden': 'true' }, verdict === 'pass' ? '✓' : '✗'),
      h('span', { class: 'visually-hidden' }, `${verdict}: `),
      ruleName(names, rule, { tag: 'bdi' }));
  }));
}

/** "+0:04" from the session's start, the full time in the tooltip. */
function offset(e, t0) {
  const t = Date.parse(e.at);
  if (!t0 || Number.isNaN(t)) return h('time', { datetime: e.at }, fmtTime(e.at));
  return h('time', { datetime: e.at, title: fmtTime(e.at) }, '+' + fmtDuration(t - t0));
}

function actionEntry(e, cat, lang) {
  const spec = cat && cat.action.get(e.type);
  const byName = new Map(((spec && spec.fields) || []).map((f) => [f.name, f]));
  const fields = Object.entries(e.fields || {});
  const order = spec ? spec.fields.map((f) => f.name) : [];
  fields.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  const value = (name, v) => {
    const f = byName.get(name);
    if (f && f.kind === 'time') return fmtRelative(v);
    if (f && f.kind === 'choice') return ((f.choices || []).find((c) => c.id === v) || { title: v }).title;
    return v;
  };
  return [h('strong', { title: e.type }, spec ? spec.done : e.type),
    fields.length ? h('dl', { class: 'fields' }, fields.map(([k, v]) => h('div', null,
      h('dt', { title: k }, byName.has(k) ? byName.get(k).label : k),
      h('dd', { lang, dir: 'auto' }, value(k, v))))) : null];
}

/**
 * Renders the transcript. options: evidence (list of {seqNr, start, end, text, ruleId, verdict}), showMood, names
 * (the policy's names), cat (the catalogue), idPrefix.
 */
export function transcript(events, options = {}) {
  const s = started(events) || {};
  const lang = s.language || 'en';
  const mail = s.channel === 'email' || s.channel === 'letter';
  const { names, cat } = options;
  const t0 = s.at ? Date.parse(s.at) : null;
  const bySeq = new Map();
  for (const ev of options.evidence || []) {
    if (!bySeq.has(ev.seqNr)) bySeq.set(ev.seqNr, []);
    bySeq.get(ev.seqNr).push(ev);
  }
  const list = h('ol', { class: 'transcript', 'aria-label': 'Transcript' });
  const evClass = (evs) => (evs.length ? (evs.some((v) => v.verdict === 'fail') ? ' ev-fail' : ' ev-pass') : '');
  for (const e of events) {
    const evs = bySeq.get(e.seqNr) || [];
    const tags = evidenceTags(evs, names);
    const seq = { 'data-seq': e.seqNr, id: options.idPrefix ? `${options.idPrefix}-${e.seqNr}` : null };
    switch (e.event) {
      case 'SessionStarted':
        list.append(h('li', Object.assign({ class: 'note', dataset: { event: e.event } }, seq),
          `${channelTitle(cat, e.channel)} · `, h('bdi', null, e.organisation), ' · customer ', h('bdi', null, e.customerName),
          ' · agent ', h('bdi', null, e.agentName), ' · ', h('time', { datetime: e.at }, fmtTime(e.at)), tags));
        break;
      case 'CustomerMessageSent':
      case 'AgentMessageSent': {
        const agent = e.event === 'AgentMessageSent';
        const spans = [];
        const whole = [];
        for (const ev of evs) {
          const at = locate(e.text || '', ev);
          if (at) spans.push(Object.assign({}, ev, at)); else whole.push(ev);
        }
        const who = agent ? (s.agentName || 'Agent') : (s.customerName || 'Customer');
        list.append(h('li', Object.assign({
          class: `msg ${agent ? 'agent' : 'customer'}${mail ? ' mail' : ''}${evClass(whole)}`,
          lang, dir: dirOf(lang), dataset: { event: e.event },
        }, seq),
        h('span', { class: 'who' }, h('bdi', { lang }, who), ' · ', h('bdi', { lang: 'en' }, offset(e, t0),
          e.interruption ? ' · interrupted the customer' : '', e.kind && e.kind !== 'script' ? ` · ${e.kind}` : '')),
        e.subject ? h('span', { class: 'subject' }, e.subject) : null,
        h('span', { class: 'text' }, marked(e.text || '', spans, names)),
        tags));
        break;
      }
      case 'AgentActionTaken':
        list.append(h('li', Object.assign({ class: `note action${evClass(evs)}`, dataset: { event: e.event, action: e.type } }, seq),
          actionEntry(e, cat, lang), tags));
        break;
      case 'CustomerMoodChanged':
        if (options.showMood) {
          const cause = causeTitle(cat, names, e.cause);
          list.append(h('li', Object.assign({ class: 'note mood', dataset: { event: e.event } }, seq),
            `Mood ${e.moodBefore} → ${e.moodAfter}`, cause ? [' (', h('bdi', null, cause), ')'] : '', tags));
        }
        break;
      case 'CustomerNudged':
        list.append(h('li', Object.assign({ class: 'note', lang, dir: dirOf(lang), dataset: { event: e.event } }, seq),
          e.text ? e.text : `The customer is waiting (nudge ${e.count})`, tags));
        break;
      case 'CustomerHungUp':
        list.append(h('li', Object.assign({ class: 'note alert', lang, dir: dirOf(lang), dataset: { event: e.event } }, seq),
          h('span', { lang: 'en', dir: 'ltr' }, 'The customer hung up'), e.text ? [': ', e.text] : '', tags));
        break;
      case 'AgentWaited':
        list.append(h('li', Object.assign({ class: 'note waited', dataset: { event: e.event } }, seq),
          `The agent waited ${fmtDuration(Date.parse(e.to) - Date.parse(e.at))} (simulated), until `,
          h('time', { datetime: e.to }, fmtTime(e.to)),
          e.until === 'promise' ? ', shortly before a promised time' : ', for the customer', tags));
        break;
      case 'SessionResumed':
        list.append(h('li', Object.assign({ class: 'note resumed', dataset: { event: e.event } }, seq),
          `The session was unavailable (its server stopped); ${fmtDuration(isoMillis(e.unavailable))} (simulated) `
          + 'given back, not counted as the agent\'s silence: the clock goes on from ',
          h('time', { datetime: e.at }, fmtTime(e.at)), tags));
        break;
      case 'SessionEnded': {
        const took = t0 ? ` · after ${fmtDuration(Date.parse(e.at) - t0)}` : '';
        list.append(h('li', Object.assign({ class: 'note', dataset: { event: e.event } }, seq),
          `${e.endedBy === 'agent' ? 'The agent' : e.endedBy === 'customer' ? 'The customer' : 'The trainer'} ended the session`
          + ` · outcome: ${outcomeTitle(cat, e.outcome)}${took}`, tags));
        break;
      }
      default:
        list.append(h('li', Object.assign({ class: 'note' }, seq), e.event));
    }
  }
  return list;
}

/** Flattens a score's verdicts into evidence items, optionally for one rule only. */
export function evidenceOf(score, ruleId) {
  const out = [];
  for (const v of score.verdicts || []) {
    if (ruleId && v.ruleId !== ruleId) continue;
    if (v.verdict === 'n/a') continue;
    for (const ev of v.evidence || []) out.push(Object.assign({ ruleId: v.ruleId, verdict: v.verdict }, ev));
  }
  return out;
}

/** The score's head: the number, passed or not, the critical rules failed, and the outcome. */
export function scoreHead(score, { names, cat } = {}) {
  const critical = score.criticalFailures || [];
  return h('div', { class: 'score-head', 'data-testid': 'score' },
    h('div', null, h('div', { class: 'muted small' }, 'Score'), h('div', { class: 'score-big', id: 'score-value' }, fmtScore(score.score))),
    h('div', null, score.passed ? badge('PASSED', 'pass') : badge('FAILED', 'fail'),
      critical.length ? h('div', { class: 'small result-bad' }, 'Critical rule failed: ',
        critical.map((r, i) => [i ? ', ' : '', ruleName(names, r)])) : null,
      h('div', { class: 'small muted' }, `outcome: ${outcomeTitle(cat, score.outcome)} · policy ${score.policyId}@${score.policyVersion}`)));
}

/**
 * A review of a finished session: the score, the verdict list (each a toggle that highlights its evidence), and the
 * transcript. Returns the element.
 */
export function review(events, score, { showMood = true, idPrefix = 'ev', names = null, cat = null } = {}) {
  let selected = null;
  const transcriptBox = h('div', { class: 'scroll', tabindex: '0', 'aria-label': 'Transcript with evidence' });
  const list = h('ul', { class: 'verdicts', 'aria-label': 'Verdicts' });
  const draw = () => {
    transcriptBox.replaceChildren(transcript(events, { evidence: evidenceOf(score, selected), showMood, idPrefix, names, cat }));
    for (const b of list.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.rule === selected));
  };
  const order = { fail: 0, pass: 1, 'n/a': 2 };
  const verdicts = [...(score.verdicts || [])].sort((a, b) => order[a.verdict] - order[b.verdict]);
  for (const v of verdicts) {
    const items = (v.evidence || []).length;
    list.append(h('li', null, h('button', {
      type: 'button', 'aria-pressed': 'false', dataset: { rule: v.ruleId, verdict: v.verdict },
      onclick: () => {
        selected = selected === v.ruleId ? null : v.ruleId;
        draw();
        const first = (v.evidence || [])[0];
        if (selected && first) {
          const el = transcriptBox.querySelector(`[data-seq="${first.seqNr}"]`);
          if (el) el.scrollIntoView({ block: 'center' });
        }
      },
    }, badge(v.verdict, v.verdict === 'pass' ? 'pass' : v.verdict === 'fail' ? 'fail' : 'na'),
    h('span', null, h('strong', null, ruleName(names, v.ruleId)), v.critical ? ' (critical)' : '', ` · weight ${v.weight}`,
      h('span', { class: 'why' }, v.explanation),
      items ? h('span', { class: 'why' }, `${plural(items, 'evidence item')} in the transcript`) : null))));
  }
  draw();
  return h('div', { class: 'cols review' },
    h('section', { class: 'card', 'aria-label': 'Transcript' }, h('h3', null, 'Transcript'),
      h('p', { class: 'small muted' }, 'Highlighted: the evidence of every verdict (green pass, red fail). Pick a verdict to show only its evidence.'),
      transcriptBox),
    h('section', { class: 'card', 'aria-label': 'Score and verdicts' }, scoreHead(score, { names, cat }), h('h3', null, 'Verdicts'), list));
}
