import { getJson } from '../api.js';
import { el, show, marked, link, hashOf, formatNumber } from '../dom.js';
import { monthHistogram } from '../chart.js';

/** Search: a query form, facets (outlet, month histogram, actors) and ranked hits with highlighted snippets. */
export async function renderSearch(target, { query }) {
  const q = query.get('q') || '';
  const filters = { from: query.get('from') || '', to: query.get('to') || '', outlet: query.get('outlet') || '' };
  target.append(el('h1', {}, 'Search'), searchForm(q, filters));
  if (!q) {
    target.append(el('p', { class: 'empty' }, 'Type a query: words, "phrases", AND OR NOT, wild*, fuzzy~.'));
    return;
  }
  const parameters = { q, ...filters };
  const [results, facets] = await Promise.all([
    getJson('search', { ...parameters, limit: 20 }),
    getJson('search/facets', parameters),
  ]);
  const side = el('aside', { 'aria-label': 'Facets' });
  const list = el('section', { 'aria-label': 'Results' });
  target.append(el('div', { class: 'layout' }, side, list));
  drawFacets(side, facets, parameters);
  list.append(el('p', { class: 'meta', id: 'result-count' },
    formatNumber(results.total) + ' documents match (showing ' + results.results.length + ')'));
  for (const hit of results.results) {
    list.append(el('article', { class: 'hit' },
      el('h3', {}, link('#/doc/' + hit.doc, hit.title || hit.file)),
      el('div', { class: 'meta' }, [hit.outlet, hit.date || 'undated', hit.file].join(' · ')),
      hit.snippets.map((snippet) => el('p', { class: 'snippet' }, '… ',
        marked(snippet.text, snippet.highlights.map(([start, end]) => ({ start, end }))), ' …'))));
  }
}

function searchForm(q, filters) {
  const input = el('input', { type: 'search', name: 'q', value: q, 'aria-label': 'Query', placeholder: 'al-Qaeda AND Iran' });
  const from = el('input', { type: 'date', name: 'from', value: filters.from });
  const to = el('input', { type: 'date', name: 'to', value: filters.to });
  const outlet = el('input', { type: 'text', name: 'outlet', value: filters.outlet, size: 14 });
  const form = el('form', { class: 'bar', role: 'search' },
    el('label', {}, 'Query', input), el('label', {}, 'From', from), el('label', {}, 'To', to),
    el('label', {}, 'Outlet', outlet), el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = hashOf('search', { q: input.value.trim(), from: from.value, to: to.value, outlet: outlet.value.trim() });
  });
  queueMicrotask(() => { if (!q) input.focus(); });
  return form;
}

function drawFacets(side, facets, parameters) {
  const outlets = el('ul');
  for (const outlet of facets.outlets) {
    outlets.append(el('li', {}, link(hashOf('search', { ...parameters, outlet: outlet.value }), outlet.value),
      el('span', { class: 'count' }, formatNumber(outlet.count))));
  }
  const chart = el('div', { class: 'chart', role: 'img', 'aria-label': 'Matching documents per month' });
  const months = el('ul');
  for (const month of facets.months) {
    months.append(el('li', {}, link(monthHash(parameters, month.value), month.value),
      el('span', { class: 'count' }, formatNumber(month.count))));
  }
  const actors = el('ul');
  for (const actor of facets.actors) {
    actors.append(el('li', {}, link('#/actor/' + encodeURIComponent(actor.code), actor.actor + ' (' + actor.code + ')'),
      el('span', { class: 'count' }, formatNumber(actor.count))));
  }
  side.append(
    el('section', { class: 'panel facet' }, el('h2', {}, 'Outlets'), outlets),
    el('section', { class: 'panel facet' }, el('h2', {}, 'By month'), chart,
      el('details', {}, el('summary', {}, 'Months as a list'), months)),
    el('section', { class: 'panel facet' }, el('h2', {}, 'Actors in the best hits'),
      facets.actors.length ? actors : el('p', { class: 'empty' }, 'No actors found yet.')));
  if (facets.months.length) {
    requestAnimationFrame(() => monthHistogram(chart, facets.months, (month) => { location.hash = monthHash(parameters, month); }));
  } else {
    show(chart, el('p', { class: 'empty' }, 'No dated documents.'));
  }
}

function monthHash(parameters, month) {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return hashOf('search', { ...parameters, from: month + '-01', to: month + '-' + String(last).padStart(2, '0') });
}
