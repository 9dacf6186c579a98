import { getJson } from '../api.js';
import { el, link, hashOf, formatNumber } from '../dom.js';

/** The actors found, most mentioned first. */
export async function renderActors(target) {
  const { actors } = await getJson('actors', { limit: 200 });
  target.append(el('h1', {}, 'Actors'));
  if (!actors.length) {
    target.append(el('p', { class: 'empty' }, 'No actors found yet: ingest documents with annotation on.'));
    return;
  }
  target.append(el('table', {},
    el('thead', {}, el('tr', {}, ['Code', 'Actor', 'Mentions', 'Documents', 'Example'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, actors.map((actor) => el('tr', {},
      el('td', {}, link('#/actor/' + encodeURIComponent(actor.code), actor.code)),
      el('td', {}, actor.actor),
      el('td', { class: 'num' }, formatNumber(actor.mentions)),
      el('td', { class: 'num' }, formatNumber(actor.documents)),
      el('td', {}, actor.example))))));
}

/** One actor: counts, the analyst's aliases, and its top partners with links to their events. */
export async function renderActor(target, { argument }) {
  const page = await getJson('actors/' + encodeURIComponent(argument));
  const name = page.actor ? page.actor.actor : (page.partners.length ? '' : page.code);
  target.append(el('h1', {}, page.code + (name ? ' · ' + name : '')));
  const facts = el('dl', { class: 'props' });
  if (page.actor) {
    facts.append(el('dt', {}, 'Mentions'), el('dd', {}, formatNumber(page.actor.mentions)),
      el('dt', {}, 'Documents'), el('dd', {}, formatNumber(page.actor.documents)),
      el('dt', {}, 'Most frequent name'), el('dd', {}, page.actor.example));
  }
  facts.append(el('dt', {}, 'Your aliases'),
    el('dd', {}, page.aliases.length ? page.aliases.map((a) => a.phrase).join(', ') : 'none'));
  target.append(el('section', { class: 'panel' }, facts,
    el('p', {}, link(hashOf('events', { source: page.code }), 'Events it initiates'), ' · ',
      link(hashOf('events', { target: page.code }), 'Events it is the target of'), ' · ',
      link(hashOf('search', { q: '"' + (page.actor ? page.actor.example : page.code) + '"' }), 'Search its name'))));
  target.append(el('h2', {}, 'Top partners'));
  if (!page.partners.length) {
    target.append(el('p', { class: 'empty' }, 'No coded events with other actors yet.'));
    return;
  }
  target.append(el('table', {},
    el('thead', {}, el('tr', {}, ['Partner', 'Events', page.code + ' → partner', 'partner → ' + page.code].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, page.partners.map((p) => el('tr', {},
      el('td', {}, link('#/actor/' + encodeURIComponent(p.code), p.code), ' ', p.name),
      el('td', { class: 'num' }, formatNumber(p.events)),
      el('td', { class: 'num' }, link(hashOf('events', { source: page.code, target: p.code }), formatNumber(p.as_target))),
      el('td', { class: 'num' }, link(hashOf('events', { source: p.code, target: page.code }), formatNumber(p.as_source))))))));
}
