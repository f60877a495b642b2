// The trainee console: the trainee's assigned scenarios, and a live session on any channel — the conversation as it
// happens (server-sent events of the session's own stored events), the actions of the policy, and afterwards the
// score with its evidence in the transcript (unless an assessment's feedback is not released yet).
import { get, post, stream } from './api.js';
import { h, field, replace, say, sayError, badge, uid } from './dom.js';
import { transcript, review, dirOf, started, CHANNEL_LABEL } from './transcript.js';

export async function render(main, parts, me) {
  if (parts[0] === 'play' && parts[1] && parts[2]) return play(main, parts[1], parts[2], me);
  return assignments(main, me);
}

const STATUS = { 'not-started': 'not started', running: 'in progress', ended: 'finished' };

/** The trainee's sessions; refreshed every few seconds, since a trainer may enrol them while they look. */
async function assignments(main, me) {
  let shown = '';
  let stopped = false;
  const draw = async () => {
    const data = await get('/sessions');
    const json = JSON.stringify(data);
    if (stopped || json === shown) return;
    const focused = document.activeElement && document.activeElement.getAttribute('href');
    shown = json;
    drawAssignments(main, me, data);
    if (focused) {
      const again = main.querySelector(`a[href="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
  };
  await draw();
  const timer = setInterval(() => draw().catch(sayError), 3000);
  return () => { stopped = true; clearInterval(timer); };
}

function drawAssignments(main, me, data) {
  const cards = data.workshops.map((w) => h('section', { class: 'card', 'aria-labelledby': `w-${w.workshopId}` },
    h('h2', { id: `w-${w.workshopId}` }, w.title, ' ', h('span', { class: 'muted small' }, w.workshopId)),
    h('p', null, badge(w.mode, w.mode === 'assessment' ? 'running' : 'na'), ' ',
      w.mode === 'assessment' ? (w.feedbackReleased ? 'Feedback released.' : 'Assessment: your feedback shows once the trainer releases it.') : 'Practice: you see your score right after each session.',
      w.closed ? ' This workshop is closed.' : ''),
    h('ul', { class: 'list' }, w.sessions.map((s) => h('li', { dataset: { scenario: s.scenarioId, status: s.status } },
      h('span', { class: 'grow' }, h('strong', { lang: s.language, dir: 'auto' }, s.title || s.scenarioId), h('br'),
        h('span', { class: 'small muted' }, `${CHANNEL_LABEL[s.channel] || s.channel} · ${s.language} · ${s.organisation || ''}`)),
      badge(STATUS[s.status] || s.status, s.status === 'ended' ? 'pass' : s.status === 'running' ? 'running' : 'na'),
      (w.closed && s.status === 'not-started') ? null : h('a', {
        class: `button${s.status === 'not-started' ? ' primary' : ''}`,
        href: `#/trainee/play/${encodeURIComponent(w.workshopId)}/${encodeURIComponent(s.scenarioId)}`,
        'aria-label': `${s.status === 'not-started' ? 'Start' : s.status === 'running' ? 'Continue' : 'Review'} ${s.title || s.scenarioId}`,
      }, s.status === 'not-started' ? 'Start' : s.status === 'running' ? 'Continue' : 'Review'))))));
  replace(main, h('h1', null, 'Your sessions'),
    h('p', { class: 'muted' }, `Signed in as trainee ${me.trainee}. Pick a scenario to play it live: the customer answers in real time.`),
    cards.length ? cards : h('p', { class: 'card' }, 'You are not enrolled as a live trainee in any workshop yet. Ask your trainer.'));
}

const COMPLAINT_FIELDS = [
  ['customerName', 'Customer name'], ['address', 'Customer address'], ['phone', 'Customer phone'],
  ['employeeName', 'Employee name'], ['receivedAt', 'Date and time of the complaint', 'ISO-8601 or relative to the session start, e.g. +0s'],
  ['resolvedAt', 'Date and time of the resolution', 'if resolved; e.g. +10m'],
  ['nature', 'Nature of the complaint', null, 'textarea'], ['agreedSolution', 'Agreed solution', null, 'textarea'],
  ['solutionStatus', 'Solution carried out', null, 'select', [['', '— choose —'], ['done-on-the-spot', 'done on the spot'], ['promised', 'promised']]],
  ['stepsTaken', 'Steps being taken now', null, 'textarea'], ['followUpAt', 'Follow-up date and time', 'e.g. +3d or 2026-11-25T10:00:00Z'],
  ['compensation', 'Compensation given'], ['prevention', 'Suggestion to prevent a repeat', null, 'textarea'],
];

const ACTIONS = [
  { type: 'escalate', label: 'Escalate', fields: [['to', 'Bring in', 'e.g. supervisor, duty manager']] },
  { type: 'schedule-follow-up', label: 'Schedule follow-up', fields: [['at', 'When', 'e.g. +3d or 2026-11-25T10:00:00Z'],
    ['contactName', 'Contact name'], ['contactPhone', 'Contact phone'], ['contactEmail', 'Contact email']] },
  { type: 'offer-compensation', label: 'Offer compensation', fields: [['what', 'What', 'e.g. a 20 dollar voucher']] },
  { type: 'resolve', label: 'Resolve', fields: [['how', 'How it was resolved', null, 'textarea']] },
  { type: 'status-update', label: 'Status update', fields: [['text', 'Update for the customer', null, 'textarea']] },
  { type: 'contact-customer', label: 'Contact customer', fields: [['text', 'Message to the customer', null, 'textarea']] },
  { type: 'callback', label: 'Call back', fields: [] },
  { type: 'record-complaint', label: 'Complaint record', fields: COMPLAINT_FIELDS },
];

function control([name, , , kind, options], lang) {
  if (kind === 'textarea') return h('textarea', { name, lang, dir: 'auto', rows: 2 });
  if (kind === 'select') return h('select', { name }, options.map(([v, t]) => h('option', { value: v }, t)));
  return h('input', { name, type: 'text', lang, dir: 'auto', autocomplete: 'off' });
}

function clock(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

async function play(main, workshopId, scenarioId, me) {
  const mine = await get('/sessions');
  const w = mine.workshops.find((x) => x.workshopId === workshopId);
  const a = w && w.sessions.find((x) => x.scenarioId === scenarioId);
  if (!a) throw new Error(`You have no session of ${scenarioId} in workshop ${workshopId}.`);
  let sessionId = a.sessionId;
  if (a.status !== 'ended') {
    const s = await post('/sessions', { workshopId, scenarioId });
    sessionId = s.sessionId;
  }
  const lang = a.language || 'en';
  const channel = a.channel;
  const mail = channel === 'email' || channel === 'letter';
  const events = [];
  let state = {};
  let answered = false;
  let sending = false;
  let timer = null;

  // --- the parts of the console
  const root = h('div', { class: 'console', 'data-testid': 'console', dataset: { session: sessionId, channel } });
  const head = h('div', { class: 'console-head' });
  const callPanel = h('div', { 'aria-live': 'polite' });
  const transcriptBox = h('div', { class: 'scroll', tabindex: '0', 'aria-label': 'Conversation' });
  const typing = h('p', { class: 'typing', 'aria-live': 'polite', id: 'typing' });
  const composer = h('form', { class: 'composer', 'aria-label': mail ? `Write ${channel === 'email' ? 'an email' : 'a letter'}` : 'Say something' });
  const actionsBar = h('div', { class: 'actions-bar', role: 'group', 'aria-label': 'Actions' });
  const actionArea = h('div');
  const endButton = h('button', { type: 'button', class: 'danger', id: 'end-session' },
    channel === 'phone' || channel === 'voicemail' ? 'End call' : mail ? 'Close case' : 'End conversation');
  const result = h('section', { 'aria-live': 'polite', id: 'result' });

  // composer
  const subject = mail ? h('input', { type: 'text', name: 'subject', lang, dir: 'auto', autocomplete: 'off' }) : null;
  const text = h('textarea', { name: 'text', lang, dir: 'auto', rows: mail ? 8 : 2, required: true });
  const sendButton = h('button', { type: 'submit', class: 'primary', id: 'send' },
    channel === 'email' ? 'Send email' : channel === 'letter' ? 'Send letter' : 'Send');
  replace(composer,
    subject ? field('Subject', subject) : null,
    field(mail ? (channel === 'email' ? 'Email body' : 'Letter') : channel === 'phone' || channel === 'voicemail' ? 'Say to the caller'
      : channel === 'in-person' ? 'Say to the visitor' : 'Message', text, mail ? null : '(Enter sends, Shift+Enter adds a line)'),
    h('div', { class: 'row' }, sendButton));
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

  // actions
  let openAction = null;
  const act = async (type, fields) => {
    try {
      await post(`/sessions/${encodeURIComponent(sessionId)}/actions`, { type, fields });
      say(`Action taken: ${type}.`);
      return true;
    } catch (e) {
      sayError(e);
      return false;
    }
  };
  for (const spec of ACTIONS) {
    const formId = uid('action');
    const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': formId, dataset: { action: spec.type } }, spec.label);
    const form = h('form', { class: 'action-form', id: formId, hidden: true, dataset: { action: spec.type }, 'aria-label': spec.label },
      h('h3', null, spec.label),
      spec.type === 'record-complaint' ? h('p', { class: 'small muted' }, 'Every field is required by the policy (complaint-record rule); the resolution time only if resolved.') : null,
      h('div', { class: 'form-grid' }, spec.fields.map((f) => {
        const c = control(f, lang);
        const box = field(f[1], c, f[2]);
        if (f[3] === 'textarea') box.classList.add('wide');
        return box;
      })),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, spec.fields.length ? `Record ${spec.label.toLowerCase()}` : spec.label),
        h('button', { type: 'button', onclick: () => toggle(null) }, 'Cancel')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const fields = {};
      for (const el of form.elements) if (el.name && el.value.trim()) fields[el.name] = el.value.trim();
      if (await act(spec.type, fields)) { form.reset(); toggle(null); button.focus(); }
    });
    button.addEventListener('click', () => toggle(openAction === spec.type ? null : spec.type));
    spec.button = button;
    spec.form = form;
    actionsBar.append(button);
    actionArea.append(form);
  }
  function toggle(type) {
    openAction = type;
    for (const spec of ACTIONS) {
      const open = spec.type === type;
      spec.form.hidden = !open;
      spec.button.setAttribute('aria-expanded', String(open));
      if (open) {
        const first = spec.form.querySelector('input, textarea, select, button[type=submit]');
        if (first) first.focus();
      }
    }
  }

  endButton.addEventListener('click', async () => {
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

  let callKey = null;
  function drawCall() {
    const s = first();
    if (!s) return;
    const t0 = Date.parse(s.at);
    const ended = endedEvent();
    const since = clock((ended ? Date.parse(ended.at) : Date.now()) - t0);
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
    if (channel === 'phone') {
      if (!live && !ended) {
        replace(callPanel, h('div', { class: 'phone ringing', 'data-testid': 'ringing' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, '☎'),
          h('div', null, h('strong', null, `Incoming call: ${s.customerName}`), h('div', { class: 'muted' }, 'Ringing ', tick())),
          h('button', { type: 'button', class: 'primary', id: 'answer', onclick: () => { answered = true; draw(); text.focus(); } }, 'Answer')));
      } else {
        replace(callPanel, h('div', { class: 'phone', 'data-testid': 'on-call' },
          h('span', { class: 'icon', 'aria-hidden': 'true' }, '☎'),
          h('div', null, h('strong', null, ended ? `Call with ${s.customerName} ended` : `On call with ${s.customerName}`),
            h('div', { class: 'timer', id: 'call-timer', role: 'timer', 'aria-label': 'Call time' }, tick()))));
      }
    } else if (channel === 'in-person') {
      replace(callPanel, h('div', { class: 'phone', 'data-testid': 'visitor' },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, '🚶'),
        h('div', null, h('strong', null, ended ? `${s.customerName} has left the counter` : `A visitor arrives at the counter: ${s.customerName}`),
          h('div', { class: 'muted' }, tick(), ' since they arrived'))));
    } else if (channel === 'voicemail') {
      replace(callPanel, h('div', { class: 'voicemail', 'data-testid': 'voicemail' },
        h('strong', null, `Voicemail from ${s.customerName}`),
        message ? h('p', { lang, dir: dirOf(lang), class: 'recorded' }, message.text) : h('p', { class: 'muted' }, 'The message is being recorded…'),
        calledBack() ? h('p', null, h('strong', null, 'You called back. '), ended ? '' : tick({ class: 'timer' }))
          : h('button', { type: 'button', class: 'primary', id: 'call-back', disabled: !message || !!ended, onclick: () => act('callback', {}) }, 'Call back')));
    } else {
      replace(callPanel, h('p', { class: 'muted' }, `${CHANNEL_LABEL[channel]} from ${s.customerName}`));
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
    transcriptBox.replaceChildren(transcript(events, { showMood: false }));
    transcriptBox.scrollTop = transcriptBox.scrollHeight;
    drawCall();
    const name = s ? s.customerName : 'The customer';
    typing.textContent = ended ? '' : (!state.awaitingAgent && s)
      ? `${name} is ${channel === 'phone' || channel === 'in-person' || channel === 'voicemail' ? 'speaking' : channel === 'chat' ? 'typing' : 'writing'}…` : '';
    const canSpeak = !ended && !!s && (channel !== 'phone' || answered || hasAgentSpoken()) && (channel !== 'voicemail' || calledBack());
    text.disabled = !canSpeak;
    if (subject) {
      subject.disabled = !canSpeak;
      const last = [...events].reverse().find((e) => e.event === 'CustomerMessageSent' && e.subject);
      if (canSpeak && !subject.value && last) subject.value = last.subject.startsWith('Re:') ? last.subject : `Re: ${last.subject}`;
    }
    sendButton.disabled = !canSpeak || sending;
    composer.hidden = ended;
    for (const spec of ACTIONS) spec.button.disabled = ended;
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
    replace(result, h('h2', { id: 'result-h', tabindex: '-1' }, 'Your result'), review(events, score, { showMood: true }));
    result.scrollIntoView({ block: 'start' });
    say(`Scored: ${score.score.toFixed(1)} — ${score.passed ? 'passed' : 'not passed'}.`);
  }

  replace(head, h('div', null, h('h1', { lang, dir: 'auto' }, a.title || scenarioId),
    h('p', { class: 'muted' }, `${CHANNEL_LABEL[channel] || channel} · ${a.organisation || ''} · language ${lang} · workshop ${workshopId}`)),
  h('a', { href: '#/trainee', class: 'button' }, 'Back to your sessions'));
  replace(root, head,
    h('div', { class: 'cols' },
      h('section', { class: 'card', 'aria-label': 'Conversation' }, callPanel, h('h2', { class: 'visually-hidden' }, 'Conversation'),
        transcriptBox, typing, composer),
      h('section', { class: 'card', 'aria-label': 'Actions' }, h('h2', null, 'Actions'), actionsBar, actionArea,
        h('hr'), endButton)),
    result);
  replace(main, root);

  const sub = stream(`/sessions/${encodeURIComponent(sessionId)}/stream`, (type, data) => {
    if (type === 'event') events.push(data);
    else if (type === 'state') { state = data; draw(); }
    else if (type === 'scored') showScore(data).catch(sayError);
  }, { onError: sayError });
  timer = setInterval(() => { if (!endedEvent()) drawCall(); }, 1000);
  draw();
  return () => { sub.stop(); clearInterval(timer); };
}
