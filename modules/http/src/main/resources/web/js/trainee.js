// The trainee console: the trainee's assigned scenarios, and a live session on any channel — the conversation as it
// happens (server-sent events of the session's own stored events), the actions of the catalogue, and afterwards the
// score with its evidence in the transcript (unless an assessment's feedback is not released yet). The console is a
// few panels (call, conversation, composer, actions, result), each drawn by its own function from the session's events.
import { get, post, stream } from './api.js';
import { h, field, replace, say, sayError, badge, uid, fmtDuration, fmtScore, confirmAction } from './dom.js';
import { transcript, review, dirOf, started } from './transcript.js';
import { catalogue, policyNames, channelTitle } from './names.js';
import { progress } from './progress.js';
import { reviewCard } from './review.js';

export async function render(main, parts, me) {
  if (parts[0] === 'play' && parts[1] && parts[2]) return play(main, parts[1], parts[2], me);
  if (parts[0] === 'progress') return progress(main, { traineeId: me.trainee, self: true, back: '#/trainee' });
  return assignments(main, me);
}

const STATUS = { 'not-started': 'not started', running: 'in progress', ended: 'finished' };

/** The trainee's sessions; refreshed every few seconds, since a trainer may enrol them while they look. */
async function assignments(main, me) {
  let shown = '';
  let stopped = false;
  const cat = await catalogue();
  const draw = async () => {
    const data = await get('/sessions');
    const json = JSON.stringify(data);
    if (stopped || json === shown) return;
    const focused = document.activeElement && document.activeElement.getAttribute('href');
    shown = json;
    drawAssignments(main, me, data, cat);
    if (focused) {
      const again = main.querySelector(`a[href="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
  };
  await draw();
  const timer = setInterval(() => draw().catch(sayError), 3000);
  return () => { stopped = true; clearInterval(timer); };
}

/** Where a session stands for its trainee: its score once released, else its status. */
function standing(s, w) {
  if (s.status !== 'ended') return badge(STATUS[s.status] || s.status, s.status === 'running' ? 'running' : 'na');
  if (typeof s.score === 'number') {
    return h('span', { class: 'standing' }, h('strong', { class: 'score-small' }, fmtScore(s.score)), ' ',
      s.passed ? badge('passed', 'pass') : badge('not passed', 'fail'));
  }
  return badge(w.mode === 'assessment' && !w.feedbackReleased ? 'finished · feedback pending' : 'finished · scoring…', 'na');
}

function drawAssignments(main, me, data, cat) {
  const cards = data.workshops.map((w) => h('section', { class: 'card', 'aria-labelledby': `w-${w.workshopId}` },
    h('h2', { id: `w-${w.workshopId}` }, h('bdi', null, w.title), ' ', h('span', { class: 'muted small' }, w.workshopId)),
    h('p', null, badge(w.mode, w.mode === 'assessment' ? 'running' : 'na'), ' ',
      w.mode === 'assessment' ? (w.feedbackReleased ? 'Feedback released.' : 'Assessment: your feedback shows once the trainer releases it.') : 'Practice: you see your score right after each session.',
      w.closed ? ' This workshop is closed.' : ''),
    h('ul', { class: 'list' }, w.sessions.map((s) => h('li', { dataset: { scenario: s.scenarioId, status: s.status } },
      h('span', { class: 'grow' }, h('strong', { lang: s.language, dir: 'auto' }, s.title || s.scenarioId), h('br'),
        h('span', { class: 'small muted' }, [channelTitle(cat, s.channel), s.language, s.organisation].filter(Boolean).join(' · '))),
      standing(s, w),
      (w.closed && s.status === 'not-started') ? null : h('a', {
        class: `button${s.status === 'not-started' ? ' primary' : ''}`,
        href: `#/trainee/play/${encodeURIComponent(w.workshopId)}/${encodeURIComponent(s.scenarioId)}`,
        'aria-label': `${s.status === 'not-started' ? 'Start' : s.status === 'running' ? 'Continue' : 'Review'} ${s.title || s.scenarioId}`,
      }, s.status === 'not-started' ? 'Start' : s.status === 'running' ? 'Continue' : 'Review'))))));
  replace(main, h('div', { class: 'row' }, h('h1', { class: 'grow' }, 'Your sessions'),
    h('a', { class: 'button', href: '#/trainee/progress', id: 'my-progress' }, 'Your progress')),
  h('p', { class: 'muted' }, `Signed in as trainee ${me.trainee}. Pick a scenario to play it live: the customer answers in real time.`),
  cards.length ? cards : h('p', { class: 'card' }, 'You are not enrolled as a live trainee in any workshop yet. Ask your trainer.'));
}

function control(f, lang) {
  const common = { name: f.name, required: f.required || null };
  if (f.kind === 'long-text') return h('textarea', Object.assign({ lang, dir: 'auto', rows: 2 }, common));
  if (f.kind === 'choice') {
    return h('select', common, h('option', { value: '' }, '— choose —'),
      (f.choices || []).map((c) => h('option', { value: c.id }, c.title)));
  }
  const input = h('input', Object.assign({ type: 'text', lang: f.kind === 'time' ? null : lang, dir: 'auto', autocomplete: 'off' }, common));
  if (f.kind !== 'time') return input;
  // a date-time picker on the simulated clock (UTC) beside the text, which also takes +2d or an ISO time
  const picker = h('input', { type: 'datetime-local', class: 'picker', step: 60, 'aria-label': `${f.label}: pick a date and time (UTC)`,
    onchange: () => { if (picker.value) input.value = `${picker.value.length === 16 ? picker.value + ':00' : picker.value}Z`; } });
  input.addEventListener('change', () => { const t = Date.parse(input.value); if (!Number.isNaN(t)) picker.value = isoMinute(t); });
  input.picker = picker;
  return input;
}

/** A moment as a datetime-local value in UTC, to the minute. */
const isoMinute = (ms) => new Date(ms).toISOString().slice(0, 16);

/** A simulated moment as the console shows it: weekday, day, month and time, in UTC (sessions run in UTC). */
const fmtSim = (ms) => new Date(ms).toLocaleString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** What the trainee reads before a session starts; resolves when they begin. */
function briefFirst(main, a, w, cat) {
  return new Promise((resolve) => {
    const b = a.brief || {};
    replace(main, h('section', { class: 'card brief', 'data-testid': 'brief', 'aria-labelledby': 'brief-h' },
      h('h1', { id: 'brief-h', lang: a.language, dir: 'auto' }, a.title || a.scenarioId),
      briefBody(b, a, cat, w),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', id: 'begin', onclick: () => resolve() }, 'Begin the session'),
        h('a', { href: '#/trainee', class: 'button' }, 'Back to your sessions'))));
    const go = main.querySelector('#begin');
    if (go) go.focus();
  });
}

const VISIBLE = { phone: 'Caller\'s number', name: 'Name', email: 'Email address', address: 'Address' };

function briefBody(b, a, cat, w) {
  const visible = Object.entries(b.visible || {});
  return [
    h('p', { class: 'muted' }, [channelTitle(cat, a.channel), a.organisation, `language ${a.language}`].filter(Boolean).join(' · ')),
    b.brief ? h('p', { lang: a.language, dir: 'auto', class: 'brief-text' }, b.brief)
      : h('p', { class: 'muted' }, 'No brief for this scenario: the customer tells you what it is about.'),
    h('h3', null, 'What you can see'),
    visible.length ? h('dl', { class: 'visible' }, visible.map(([k, v]) => [h('dt', null, VISIBLE[k] || k), h('dd', { dir: 'auto' }, v)]))
      : h('p', { class: 'muted' }, 'Nothing about the customer yet: ask for what you need to record.'),
    (b.rules || []).length ? [h('h3', null, 'Rules this session is judged by'),
      h('ul', { class: 'rules-brief' }, b.rules.map((r) => h('li', { dataset: { rule: r.id }, title: r.id },
        h('strong', { lang: a.language, dir: 'auto' }, r.title), r.critical ? ' (critical)' : '',
        r.description ? h('span', { class: 'small muted', lang: a.language, dir: 'auto' }, ' — ', r.description) : null)))]
      : (w && w.mode === 'assessment' ? h('p', { class: 'muted' }, 'Assessment: the rules are not shown.') : null),
  ];
}

/** Keeps a scrolling box at its newest line while the reader is there, whatever changes its size (new lines, larger type). */
function followNewest(box) {
  let atEnd = true;
  box.addEventListener('scroll', () => { atEnd = box.scrollHeight - box.scrollTop - box.clientHeight < 24; });
  const toEnd = () => { if (atEnd) box.scrollTop = box.scrollHeight; };
  const watcher = new ResizeObserver(toEnd);
  watcher.observe(box);
  return { toEnd, observe: (el) => watcher.observe(el), stop: () => watcher.disconnect() };
}

async function play(main, workshopId, scenarioId, me) {
  const [mine, cat] = await Promise.all([get('/sessions'), catalogue()]);
  const w = mine.workshops.find((x) => x.workshopId === workshopId);
  const a = w && w.sessions.find((x) => x.scenarioId === scenarioId);
  if (!a) throw new Error(`You have no session of ${scenarioId} in workshop ${workshopId}.`);
  let sessionId = a.sessionId;
  if (a.status === 'not-started') await briefFirst(main, a, w, cat);
  if (a.status !== 'ended') {
    const s = await post('/sessions', { workshopId, scenarioId });
    sessionId = s.sessionId;
  }
  const lang = a.language || 'en';
  const channel = a.channel;
  const mail = channel === 'email' || channel === 'letter';
  const spoken = channel === 'phone' || channel === 'voicemail';
  const events = [];
  let names = null;
  let namesLoad = null;
  let state = {};
  let answered = false;
  let sending = false;

  // --- the parts of the console
  const root = h('div', { class: 'console', 'data-testid': 'console', dataset: { session: sessionId, channel } });
  const callPanel = h('div', { class: 'call-panel', 'aria-live': 'polite' });
  const transcriptBox = h('div', { class: 'scroll conversation', tabindex: '0', 'aria-label': 'Conversation' });
  const follow = followNewest(transcriptBox);
  const typing = h('p', { class: 'typing', 'aria-live': 'polite', id: 'typing' });
  const composer = h('form', { class: 'composer', 'aria-label': mail ? `Write ${channel === 'email' ? 'an email' : 'a letter'}` : 'Say something' });
  const actionsBar = h('div', { class: 'actions-bar', role: 'group', 'aria-label': 'Actions' });
  const actionArea = h('div');
  const endButton = h('button', { type: 'button', class: 'danger', id: 'end-session' },
    spoken ? 'End call' : mail ? 'Close case' : 'End conversation');
  const result = h('section', { 'aria-live': 'polite', id: 'result' });
  let stateAt = Date.now();
  const simNow = () => {
    if (state.simulatedNow) {
      const base = Date.parse(state.simulatedNow);
      return state.ended ? base : base + (Date.now() - stateAt) * (state.timeScale || 1);
    }
    const s0 = first();
    return s0 ? Date.parse(s0.at) + (Date.now() - stateAt) : Date.now();
  };
  const simClock = h('strong', { id: 'sim-clock', role: 'timer', 'aria-label': 'Simulated time' });
  const realClock = h('span', { id: 'real-clock', class: 'muted' });
  const clockPanel = h('p', { class: 'clocks small', 'data-testid': 'clocks' }, 'Simulated time ', simClock,
    h('span', { id: 'time-scale', class: 'muted' }), ' · real time ', realClock);
  function drawClocks() {
    simClock.textContent = fmtSim(simNow());
    realClock.textContent = new Date().toLocaleTimeString('en-GB');
    const scale = state.timeScale || 1;
    clockPanel.querySelector('#time-scale').textContent = scale === 1 ? ' (runs in real time)'
      : ` (runs ${scale}× faster: ${fmtDuration(scale * 1000)} a second)`;
  }
  const waitButton = h('button', { type: 'button', id: 'wait', title: 'Skip ahead on the simulated clock to the customer\'s next move or shortly before a time you promised' },
    'Wait for the next thing');
  waitButton.addEventListener('click', async () => {
    waitButton.disabled = true;
    try {
      const v = await post(`/sessions/${encodeURIComponent(sessionId)}/wait`);
      const w2 = [...(v.transcript || [])].reverse().find((e) => e.event === 'AgentWaited');
      say(w2 ? `Waited until ${fmtSim(Date.parse(w2.to))} (simulated).` : 'Waited.');
    } catch (e) {
      sayError(e);
    } finally {
      waitButton.disabled = false;
    }
  });
  const livePanels = h('div', { class: 'cols', id: 'live-panels' });

  // composer
  const subject = mail ? h('input', { type: 'text', name: 'subject', lang, dir: 'auto', autocomplete: 'off' }) : null;
  const text = h('textarea', { name: 'text', lang, dir: 'auto', rows: mail ? 8 : 2, required: true });
  const sendButton = h('button', { type: 'submit', class: 'primary', id: 'send' },
    channel === 'email' ? 'Send email' : channel === 'letter' ? 'Send letter' : 'Send');
  replace(composer,
    subject ? field('Subject', subject) : null,
    field(mail ? (channel === 'email' ? 'Email body' : 'Letter') : spoken ? 'Say to the caller'
      : channel === 'in-person' ? 'Say to the visitor' : 'Message', text, mail ? null : '(Enter sends, Shift+Enter adds a line)'),
    h('div', { class: 'row' }, sendButton, waitButton));
  text.addEventListener('keydown', (ev) => {
    if (!mail && ev.key === 'Enter' && !ev.shiftKey) { ev.preventDefault(); composer.requestSubmit(); }
  });
  composer.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { text: text.value.trim() };
    if (!body.text || sending) return;
    if (subject && subject.value.trim()) body.subject = subject.value.trim();
    sending = true;
    sendButton.disabled = true;
    try {
      await post(`/sessions/${encodeURIComponent(sessionId)}/messages`, body);
      text.value = '';
      if (subject) subject.value = '';
      say('Sent.');
    } catch (e) {
      sayError(e);
    } finally {
      sending = false;
      draw();
      text.focus();
    }
  });

  // actions, as the catalogue defines them
  let openAction = null;
  const forms = [];
  const act = async (spec, fields) => {
    try {
      await post(`/sessions/${encodeURIComponent(sessionId)}/actions`, { type: spec.type, fields });
      say(`Done: ${spec.done.toLowerCase()}.`);
      return true;
    } catch (e) {
      sayError(e);
      return false;
    }
  };
  for (const spec of cat.actions) {
    const formId = uid('action');
    const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': formId, dataset: { action: spec.type } }, spec.title);
    const form = h('form', { class: 'action-form', id: formId, hidden: true, dataset: { action: spec.type }, 'aria-label': spec.title },
      h('h3', null, spec.title),
      spec.type === 'record-complaint' ? h('p', { class: 'small muted' }, 'The policy asks for every field (the resolution time only if resolved).') : null,
      h('div', { class: 'form-grid' }, spec.fields.map((f) => {
        const c = control(f, lang);
        const box = field(f.label + (f.required ? ' (required)' : ''), c, f.kind === 'time' ? `${f.hint || ''} (simulated clock, UTC)` : f.hint);
        if (c.picker) box.append(c.picker);
        if (f.kind === 'long-text') box.classList.add('wide');
        return box;
      })),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, spec.submit || spec.title),
        h('button', { type: 'button', onclick: () => toggle(null) }, 'Cancel')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const fields = {};
      for (const el of form.elements) if (el.name && el.value.trim()) fields[el.name] = el.value.trim();
      if (await act(spec, fields)) { form.reset(); toggle(null); button.focus(); }
    });
    button.addEventListener('click', () => toggle(openAction === spec.type ? null : spec.type));
    forms.push({ spec, button, form });
    actionsBar.append(button);
    actionArea.append(form);
  }
  /** What the session already knows, for an action's empty fields: the customer's answers, the agent, the times. */
  function prefill(spec, form) {
    const s0 = first();
    if (!s0) return;
    const given = {};
    for (const e of events) if (e.event === 'CustomerMessageSent' && e.details) Object.assign(given, e.details);
    const said = events.filter((e) => e.event === 'CustomerMessageSent' && e.kind === 'script').slice(0, 3)
      .map((e) => e.text).join(' ');
    const known = {
      customerName: given.name || s0.customerName, phone: given.phone, address: given.address, email: given.email,
      employeeName: s0.agentName, contactName: s0.agentName, receivedAt: s0.at,
      nature: said.length > 400 ? `${said.slice(0, 397)}…` : said,
    };
    for (const el of form.elements) {
      if (!el.name || el.value || !known[el.name]) continue;
      el.value = known[el.name];
      if (el.picker) { const t = Date.parse(el.value); if (!Number.isNaN(t)) el.picker.value = isoMinute(t); }
    }
    for (const el of form.querySelectorAll('input.picker')) if (!el.value) el.value = isoMinute(simNow());
  }
  function toggle(type) {
    openAction = type;
    for (const { spec, button, form } of forms) {
      const open = spec.type === type;
      form.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      if (open) prefill(spec, form);
      if (open) {
        const first = form.querySelector('input, textarea, select, button[type=submit]');
        if (first) first.focus();
      }
    }
  }

  endButton.addEventListener('click', async () => {
    const ok = await confirmAction({
      title: spoken ? 'End the call?' : mail ? 'Close the case?' : 'End the conversation?',
      text: 'The session ends here and is scored as it stands: you cannot send anything more in it.',
      confirm: endButton.textContent, danger: true,
    });
    if (!ok) { endButton.focus(); return; }
    endButton.disabled = true;
    try {
      await post(`/sessions/${encodeURIComponent(sessionId)}/end`);
      say('Session ended. Scoring…');
    } catch (e) {
      sayError(e);
      endButton.disabled = false;
    }
  });

  // --- drawing from what the stream delivered
  const first = () => started(events);
  const hasAgentSpoken = () => events.some((e) => e.event === 'AgentMessageSent');
  const calledBack = () => events.some((e) => e.event === 'AgentActionTaken' && e.type === 'callback');
  const endedEvent = () => events.find((e) => e.event === 'SessionEnded');
  const callback = forms.find((f) => f.spec.type === 'callback');

  let callKey = null;
  function drawCall() {
    const s = first();
    if (!s) return;
    const t0 = Date.parse(s.at);
    const ended = endedEvent();
    const since = fmtDuration((ended ? Date.parse(ended.at) : simNow()) - t0);
    const message = events.find((e) => e.event === 'CustomerMessageSent');
    const live = answered || hasAgentSpoken();
    const key = [channel, live, !!ended, !!message, calledBack()].join('|');
    if (key === callKey) {
      // only the clock moves: keep the panel (and the keyboard focus in it)
      for (const c of callPanel.querySelectorAll('[data-clock]')) c.textContent = since;
      return;
    }
    callKey = key;
    const tick = (attrs) => h('span', Object.assign({ 'data-clock': '' }, attrs || {}), since);
    const who = h('bdi', { lang }, s.customerName);
    if (channel === 'phone') {
      if (!live && !ended) {
        replace(callPanel, h('div', { class: 'phone ringing', 'data-testid': 'ringing' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, '☎'),
          h('div', { class: 'grow' }, h('strong', null, 'Incoming call: ', who), h('div', { class: 'muted' }, 'Ringing ', tick())),
          h('button', { type: 'button', class: 'primary', id: 'answer', onclick: () => { answered = true; draw(); text.focus(); } }, 'Answer')));
      } else {
        replace(callPanel, h('div', { class: 'phone', 'data-testid': 'on-call' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, '☎'),
          h('div', null, h('strong', null, ended ? ['Call with ', who, ' ended'] : ['On call with ', who]),
            h('div', { class: 'timer', id: 'call-timer', role: 'timer', 'aria-label': 'Call time' }, tick()))));
      }
    } else if (channel === 'in-person') {
      replace(callPanel, h('div', { class: 'phone', 'data-testid': 'visitor' },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, '🚶'),
        h('div', null, h('strong', null, ended ? [who, ' has left the counter'] : ['A visitor arrives at the counter: ', who]),
          h('div', { class: 'muted' }, tick(), ' since they arrived'))));
    } else if (channel === 'voicemail') {
      replace(callPanel, h('div', { class: 'voicemail', 'data-testid': 'voicemail' },
        h('strong', null, 'Voicemail from ', who),
        message ? h('p', { lang, dir: dirOf(lang), class: 'recorded' }, message.text) : h('p', { class: 'muted' }, 'The message is being recorded…'),
        calledBack() ? h('p', null, h('strong', null, 'You called back. '), ended ? '' : tick({ class: 'timer' }))
          : h('button', { type: 'button', class: 'primary', id: 'call-back', disabled: !message || !!ended, onclick: () => act(callback.spec, {}) }, 'Call back')));
    } else {
      replace(callPanel, h('p', { class: 'muted' }, `${channelTitle(cat, channel)} from `, who));
    }
  }

  function draw() {
    const s = first();
    const ended = !!state.ended || !!endedEvent();
    const customerLines = events.filter((e) => e.event === 'CustomerMessageSent').length;
    root.dataset.ended = String(ended);
    root.dataset.awaiting = String(!!state.awaitingAgent);
    root.dataset.customerLines = String(customerLines);
    root.dataset.seq = String(state.seqNr || 0);
    const list = transcript(events, { showMood: false, names, cat });
    transcriptBox.replaceChildren(list);
    follow.observe(list);
    follow.toEnd();
    drawCall();
    const name = s ? s.customerName : 'The customer';
    const due = state.customerDueAt ? Date.parse(state.customerDueAt) : null;
    const later = due && due - simNow() > 30000
      ? ` — expected ${fmtSim(due)} on the simulated clock; "Wait for the next thing" skips ahead` : '';
    typing.textContent = ended ? '' : (!state.awaitingAgent && s)
      ? `${name} is ${spoken || channel === 'in-person' ? 'speaking' : channel === 'chat' ? 'typing' : 'writing'}…${later}` : '';
    waitButton.disabled = ended || !s;
    const canSpeak = !ended && !!s && (channel !== 'phone' || answered || hasAgentSpoken()) && (channel !== 'voicemail' || calledBack());
    text.disabled = !canSpeak;
    if (subject) {
      subject.disabled = !canSpeak;
      const last = [...events].reverse().find((e) => e.event === 'CustomerMessageSent' && e.subject);
      if (canSpeak && !subject.value && last) subject.value = last.subject.startsWith('Re:') ? last.subject : `Re: ${last.subject}`;
    }
    sendButton.disabled = !canSpeak || sending;
    composer.hidden = ended;
    for (const f of forms) f.button.disabled = ended;
    if (ended && openAction) toggle(null);
    endButton.disabled = ended;
  }

  async function showScore(info) {
    if (!info.feedbackReleased) {
      replace(result, h('div', { class: 'card', 'data-testid': 'feedback-hidden' }, h('h2', null, 'Session recorded'),
        h('p', null, 'This workshop is an assessment: your score and feedback appear once your trainer releases them. ',
          'Come back to this session from "Your sessions" later.')));
      return;
    }
    const score = await get(`/sessions/${encodeURIComponent(sessionId)}/score`);
    if (namesLoad) await namesLoad.catch(() => null);
    // the review shows the transcript with its evidence: the live conversation would repeat it
    livePanels.hidden = true;
    follow.stop();
    const scored = h('div');
    const draw = (s) => replace(scored, review(events, s, { showMood: true, names, cat }));
    draw(score);
    replace(result, h('h2', { id: 'result-h', tabindex: '-1' }, 'Your result'), scored,
      await reviewCard(sessionId, score, { role: 'trainee', names, onChange: draw }));
    result.scrollIntoView({ block: 'start' });
    say(`Scored: ${fmtScore(score.score)} — ${score.passed ? 'passed' : 'not passed'}.`);
  }

  const head = h('div', { class: 'console-head row' }, h('div', { class: 'grow' }, h('h1', { lang, dir: 'auto' }, a.title || scenarioId),
    h('p', { class: 'muted' }, [channelTitle(cat, channel), a.organisation, `language ${lang}`, `workshop ${workshopId}`].filter(Boolean).join(' · ')),
    h('details', { class: 'brief', id: 'brief' }, h('summary', null, 'Brief'), briefBody(a.brief || {}, a, cat, w))),
  h('a', { href: '#/trainee', class: 'button' }, 'Back to your sessions'));
  replace(livePanels,
    h('section', { class: 'card', 'aria-label': 'Conversation' }, clockPanel, callPanel, h('h2', { class: 'visually-hidden' }, 'Conversation'),
      transcriptBox, typing, composer),
    h('section', { class: 'card actions-panel', 'aria-label': 'Actions' }, h('h2', null, 'Actions'), actionsBar, actionArea,
      h('hr'), endButton));
  replace(root, head, livePanels, result);
  replace(main, root);

  const sub = stream(`/sessions/${encodeURIComponent(sessionId)}/stream`, (type, data) => {
    if (type === 'event') {
      events.push(data);
      if (data.event === 'SessionStarted' && !namesLoad) {
        namesLoad = policyNames(data.policyId, lang).then((n) => { names = n; draw(); });
        namesLoad.catch(sayError);
      }
    } else if (type === 'state') { state = data; stateAt = Date.now(); draw(); drawClocks(); }
    else if (type === 'scored') showScore(data).catch(sayError);
  }, { onError: sayError });
  const timer = setInterval(() => { if (!endedEvent()) drawCall(); drawClocks(); }, 1000);
  draw();
  return () => { sub.stop(); clearInterval(timer); follow.stop(); };
}

