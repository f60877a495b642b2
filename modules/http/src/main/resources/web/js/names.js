// Readable names instead of ids, as the server gives them: rule and act titles from the policy (in the workshop's
// language where the policy translates them), and the catalogue of actions, event types, channels and outcomes. Each
// is fetched once per page; ids stay in tooltips.
import { get } from './api.js';
import { h } from './dom.js';

const RTL = new Set(['ur', 'ar', 'fa', 'he']);
export const dirOf = (lang) => (RTL.has(lang) ? 'rtl' : 'ltr');

let catalogueLoad = null;
const policyLoads = new Map();

/** The catalogue, with lookups by id. */
export function catalogue() {
  if (!catalogueLoad) {
    catalogueLoad = get('/catalogue').then((c) => ({
      ...c,
      action: new Map(c.actions.map((a) => [a.type, a])),
      event: new Map(c.events.map((e) => [e.type, e])),
      channel: new Map(c.channels.map((x) => [x.id, x])),
      outcome: new Map(c.outcomes.map((x) => [x.id, x])),
      trigger: new Map(c.triggers.map((x) => [x.id, x])),
    })).catch((e) => { catalogueLoad = null; throw e; });
  }
  return catalogueLoad;
}

/** A policy's rule and act names in {@code lang} (the policy's own language where it has no translation). */
export function policyNames(policyId, lang) {
  const key = `${policyId}|${lang || ''}`;
  if (!policyLoads.has(key)) {
    const load = get(`/policies/${encodeURIComponent(policyId)}${lang ? '?lang=' + encodeURIComponent(lang) : ''}`)
      .then((p) => ({
        policy: p,
        rule: new Map(p.rules.map((r) => [r.id, r])),
        act: new Map(p.acts.map((a) => [a.id, a])),
      }))
      .catch((e) => { policyLoads.delete(key); throw e; });
    policyLoads.set(key, load);
  }
  return policyLoads.get(key);
}

/** The language most of a set of sessions is in, when they all share one; else null (the policy's own). */
export function commonLanguage(languages) {
  const set = new Set(languages.filter(Boolean));
  return set.size === 1 ? [...set][0] : null;
}

/** A rule's title, or its id when the policy does not name it. */
export function ruleTitle(names, id) {
  const r = names && names.rule.get(id);
  return r ? r.title : id;
}

/** A rule's title in its own language and direction; the id and description in the tooltip. */
export function ruleName(names, id, { critical = false, tag = 'span', cls = 'rule-name' } = {}) {
  const r = names && names.rule.get(id);
  const title = r ? r.title : id;
  return h(tag, {
    class: cls, lang: r ? r.lang : null, dir: r ? dirOf(r.lang) : null, dataset: { rule: id },
    title: r && r.description ? `${id}: ${r.description}` : id,
  }, title, critical ? h('span', { class: 'critical-mark', title: 'critical: failing it fails the session' }, ' *') : null);
}

export function actTitle(names, id) {
  const a = names && names.act.get(id);
  return a ? a.title : id;
}

/** What moved the customer's mood: an act, an action or a turn-taking event, by name. */
export function causeTitle(cat, names, cause) {
  if (!cause) return '';
  if (names && names.act.has(cause)) return names.act.get(cause).title;
  if (cat && cat.action.has(cause)) return cat.action.get(cause).done.toLowerCase();
  if (cat && cat.trigger.has(cause)) return cat.trigger.get(cause).title;
  return cause;
}

export const eventTitle = (cat, type) => (cat && cat.event.has(type) ? cat.event.get(type).title : type);
export const channelTitle = (cat, id) => (cat && cat.channel.has(id) ? cat.channel.get(id).title : id);
export const outcomeTitle = (cat, id) => (cat && cat.outcome.has(id) ? cat.outcome.get(id).title : id || '');
