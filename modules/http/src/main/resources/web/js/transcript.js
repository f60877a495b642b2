// A session's transcript from its stored events, each message in its own language and direction, with the evidence of
// verdicts (event seqNrs and matched spans) highlighted; and the verdict list that picks which evidence to show.
import { h, fmtTime, verdictBadge, fmtScore, badge } from './dom.js';

const RTL = new Set(['ur', 'ar', 'fa', 'he']);

export function dirOf(lang) {
  return RTL.has(lang) ? 'rtl' : 'auto';
}

export const CHANNEL_LABEL = {
  phone: 'Phone', 'in-person': 'In person', chat: 'Chat', email: 'Email', letter: 'Letter', voicemail: 'Voicemail',
};

const ACTION_LABEL = {
  escalate: 'Escalated', 'record-complaint': 'Complaint record filed', 'schedule-follow-up': 'Follow-up scheduled',
  'offer-compensation': 'Compensation offered', resolve: 'Resolved', 'status-update': 'Status update sent',
  'contact-customer': 'Customer contacted', callback: 'Called back',
};

export function started(events) {
  return events.find((e) => e.event === 'SessionStarted');
}

/** Splits text into plain and marked segments; spans may overlap. */
function marked(text, spans) {
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
    out.push(h('mark', { class: `ev ${fail ? 'fail' : 'pass'}`, title: over.map((s) => `${s.ruleId}: ${s.verdict}`).join(', '),
      dataset: { rules: over.map((s) => s.ruleId).join(' ') } }, piece));
  }
  return out;
}

/** Where an evidence item sits in a message's text: its own span if it matches, else the first occurrence. */
function locate(text, ev) {
  if (ev.start !== null && ev.start !== undefined && ev.end > ev.start && text.slice(ev.start, ev.end) === ev.text) {
    return { start: ev.start, end: ev.end };
  }
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
 * Renders the transcript. options: evidence (list of {seqNr, start, end, text, ruleId, verdict}), showMood, names.
 */
export function transcript(events, options = {}) {
  const s = started(events) || {};
  const lang = s.language || 'en';
  const mail = s.channel === 'email' || s.channel === 'letter';
  const evidence = options.evidence || [];
  const bySeq = new Map();
  for (const ev of evidence) {
    if (!bySeq.has(ev.seqNr)) bySeq.set(ev.seqNr, []);
    bySeq.get(ev.seqNr).push(ev);
  }
  const list = h('ol', { class: 'transcript', 'aria-label': 'Transcript' });
  for (const e of events) {
    const evs = bySeq.get(e.seqNr) || [];
    const tags = evs.length
      ? h('span', { class: 'ev-tags' }, evs.map((v) => [verdictBadge(v.verdict), ' ', v.ruleId, ' ']))
      : null;
    const seq = { 'data-seq': e.seqNr, id: options.idPrefix ? `${options.idPrefix}-${e.seqNr}` : null };
    switch (e.event) {
      case 'SessionStarted':
        list.append(h('li', Object.assign({ class: 'note' }, seq),
          `${CHANNEL_LABEL[e.channel] || e.channel} · `, h('bdi', null, e.organisation), ' · customer ', h('bdi', null, e.customerName),
          ' · agent ', h('bdi', null, e.agentName), ` · ${fmtTime(e.at)}`));
        break;
      case 'CustomerMessageSent':
      case 'AgentMessageSent': {
        const agent = e.event === 'AgentMessageSent';
        const spans = [];
        const whole = [];
        for (const ev of evs) {
          const at = locate(e.text || '', ev);
          if (at) spans.push(Object.assign({}, at, ev)); else whole.push(ev);
        }
        const wholeCls = whole.length ? (whole.some((v) => v.verdict === 'fail') ? ' ev-fail' : ' ev-pass') : '';
        const who = agent ? (s.agentName || 'Agent') : (s.customerName || 'Customer');
        list.append(h('li', Object.assign({
          class: `msg ${agent ? 'agent' : 'customer'}${mail ? ' mail' : ''}${wholeCls}`,
          lang, dir: dirOf(lang), dataset: { event: e.event },
        }, seq),
        h('span', { class: 'who' }, h('bdi', null, who), ' · ', h('bdi', { dir: 'ltr', lang: 'en' },
          `${fmtTime(e.at)}${e.interruption ? ' · interrupted the customer' : ''}${e.kind && e.kind !== 'script' ? ' · ' + e.kind : ''}`)),
        e.subject ? h('span', { class: 'subject' }, e.subject) : null,
        h('span', { class: 'text' }, marked(e.text || '', spans)),
        tags));
        break;
      }
      case 'AgentActionTaken': {
        const fields = Object.entries(e.fields || {});
        list.append(h('li', Object.assign({ class: `note action${evs.length ? (evs.some((v) => v.verdict === 'fail') ? ' ev-fail' : ' ev-pass') : ''}`, dataset: { event: e.event } }, seq),
          h('strong', null, ACTION_LABEL[e.type] || e.type), fields.length ? ': ' : '',
          fields.map(([k, v], i) => [i ? '; ' : '', h('span', { class: 'muted' }, k), ' ', h('bdi', { lang }, v)]), tags));
        break;
      }
      case 'CustomerMoodChanged':
        if (options.showMood) {
          list.append(h('li', Object.assign({ class: 'note' }, seq),
            `mood ${e.moodBefore} → ${e.moodAfter}${e.cause ? ` (${e.cause})` : ''}`, tags));
        }
        break;
      case 'CustomerNudged':
        list.append(h('li', Object.assign({ class: 'note', lang, dir: dirOf(lang) }, seq),
          e.text ? e.text : `The customer is waiting (nudge ${e.count})`, tags));
        break;
      case 'CustomerHungUp':
        list.append(h('li', Object.assign({ class: 'note alert', lang, dir: dirOf(lang), dataset: { event: e.event } }, seq),
          h('span', { lang: 'en', dir: 'ltr' }, 'The customer hung up'), e.text ? [': ', e.text] : '', tags));
        break;
      case 'SessionEnded':
        list.append(h('li', Object.assign({ class: 'note', dataset: { event: e.event } }, seq),
          `Session ended by ${e.endedBy} · outcome ${e.outcome} · ${fmtTime(e.at)}`, tags));
        break;
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

/**
 * A review of a finished session: the score, the verdict list (each a toggle that highlights its evidence), and the
 * transcript. Returns the element.
 */
export function review(events, score, { showMood = true, idPrefix = 'ev' } = {}) {
  let selected = null;
  const transcriptBox = h('div', { class: 'scroll', tabindex: '0', 'aria-label': 'Transcript with evidence' });
  const draw = () => {
    transcriptBox.replaceChildren(transcript(events, { evidence: evidenceOf(score, selected), showMood, idPrefix }));
    for (const b of list.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.rule === selected));
  };
  const list = h('ul', { class: 'verdicts', 'aria-label': 'Verdicts' });
  const order = { fail: 0, pass: 1, 'n/a': 2 };
  const verdicts = [...(score.verdicts || [])].sort((a, b) => order[a.verdict] - order[b.verdict]);
  for (const v of verdicts) {
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
    }, verdictBadge(v.verdict), h('span', null, h('strong', null, v.ruleId), v.critical ? ' (critical)' : '',
      ` · weight ${v.weight}`, h('span', { class: 'why' }, v.explanation), v.evidence && v.evidence.length
        ? h('span', { class: 'why' }, `${v.evidence.length} evidence item${v.evidence.length === 1 ? '' : 's'}`) : null))));
  }
  const head = h('div', { class: 'row', 'data-testid': 'score' },
    h('div', null, h('div', { class: 'muted' }, 'Score'), h('div', { class: 'score-big', id: 'score-value' }, fmtScore(score.score))),
    h('div', null, score.passed ? badge('PASSED', 'pass') : badge('FAILED', 'fail'),
      (score.criticalFailures || []).length ? h('div', { class: 'small result-bad' }, 'Critical: ' + score.criticalFailures.join(', ')) : null,
      h('div', { class: 'small muted' }, `outcome ${score.outcome} · policy ${score.policyId}@${score.policyVersion}`)));
  draw();
  return h('div', { class: 'cols review' },
    h('section', { class: 'card', 'aria-label': 'Transcript' }, h('h3', null, 'Transcript'),
      h('p', { class: 'small muted' }, 'Highlighted: the evidence of every verdict (green pass, red fail). Pick a verdict to show only its evidence.'),
      transcriptBox),
    h('section', { class: 'card', 'aria-label': 'Score and verdicts' }, head, h('h3', null, 'Verdicts'), list));
}
