// The shell: sign-in with a token (kept in sessionStorage for this tab), sign-out, the large-type switch, and a hash
// router that shows the view of the token's role.
import { token, get, ApiError } from './api.js';
import { h, field, replace, say, sayError } from './dom.js';
import * as trainer from './trainer.js';
import * as trainee from './trainee.js';
import * as auditor from './auditor.js';
import * as reviewer from './reviewer.js';

const VIEWS = { trainer, trainee, auditor, reviewer };
const TITLES = { trainer: 'Trainer', trainee: 'Trainee console', auditor: 'Auditor explorer', reviewer: 'Reviewer' };
const main = document.getElementById('main');
let me = null;
let cleanup = null;
let generation = 0;

function largeType() {
  const button = document.getElementById('large-type');
  const apply = (on) => {
    document.documentElement.classList.toggle('large', on);
    button.setAttribute('aria-pressed', String(on));
  };
  apply(localStorage.getItem('servicesim.large') === '1');
  button.addEventListener('click', () => {
    const on = !document.documentElement.classList.contains('large');
    localStorage.setItem('servicesim.large', on ? '1' : '0');
    apply(on);
  });
}

async function signOut() {
  token.clear();
  me = null;
  // replaceState fires no hashchange, whose handler would clear the message before anyone reads it
  history.replaceState(null, '', '#/');
  await route();
  say('Signed out. The token is gone from this tab.');
}

function chrome() {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  const out = document.getElementById('sign-out');
  if (!me) {
    replace(nav);
    who.textContent = '';
    out.hidden = true;
    return;
  }
  const path = location.hash.split('?')[0].split('/');
  const progressPage = me.role === 'trainee' && path[2] === 'progress';
  replace(nav, h('a', { href: `#/${me.role}`, 'aria-current': path[1] === me.role && !progressPage ? 'page' : null }, TITLES[me.role]),
    me.role === 'trainee' ? h('a', { href: '#/trainee/progress', 'aria-current': progressPage ? 'page' : null }, 'Your progress') : null,
    me.role === 'trainer' ? [h('a', { href: '#/trainer/disputes', 'aria-current': path[2] === 'disputes' ? 'page' : null }, 'Disputes'),
      h('a', { href: '#/trainer/calibrations', 'aria-current': path[2] === 'calibrations' || path[2] === 'c' ? 'page' : null }, 'Calibrations')] : null);
  who.textContent = me.role === 'trainee' ? `trainee ${me.trainee}` : me.role;
  out.hidden = false;
}

function signInForm() {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', required: true, spellcheck: 'false' });
  const form = h('form', { class: 'card signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    h('p', null, 'Paste the API token you were given. Trainers run workshops, trainees play sessions, auditors explore the audit trail, reviewers review and calibrate. ',
      'The token stays in this browser tab only (session storage) until you sign out or close the tab.'),
    field('Token', input, '(starts with ss_)'),
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    token.set(input.value.trim());
    try {
      me = await get('/me');
      say(`Signed in as ${me.role === 'trainee' ? 'trainee ' + me.trainee : me.role}.`);
      // a changed hash routes through its hashchange; the same hash needs the call
      const home = `#/${me.role}`;
      if (location.hash === home) route(); else location.hash = home;
    } catch (e) {
      token.clear();
      sayError(e instanceof ApiError && e.status === 401 ? 'That token is not valid.' : e);
      input.focus();
    }
  });
  replace(main, form);
  input.focus();
}

async function route() {
  const mine = ++generation;
  if (cleanup) { cleanup(); cleanup = null; }
  if (token.get() && !me) {
    try {
      me = await get('/me');
    } catch (e) {
      token.clear();
      me = null;
      sayError(e);
    }
  }
  chrome();
  if (!me) { signInForm(); return; }
  const parts = location.hash.split('?')[0].replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] !== me.role) {
    location.replace(`#/${me.role}`);
    return;
  }
  // each navigation renders into its own container: a view still loading when the next navigation starts writes into
  // a container no longer on the page, never over the newer view
  const view = h('div', { class: 'view' });
  replace(main, view);
  try {
    const done = (await VIEWS[me.role].render(view, parts.slice(1), me)) || null;
    // a later navigation may have started while this view loaded: then this one stops at once
    if (mine === generation) cleanup = done; else if (done) done();
  } catch (e) {
    if (mine === generation) sayError(e);
  }
}

largeType();
document.getElementById('sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', () => { say(''); route(); });
route();
