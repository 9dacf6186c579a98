import { getJson, getLines } from '../api.js';
import { el, link, show, hashOf, formatNumber, counted } from '../dom.js';
import { networkGraph, selectTie, tieWeight } from '../graph.js';

const QUAD_CLASSES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

/** The most events listed for one tie. */
const EVENTS_SHOWN = 200;

/**
 * Who interacts with whom: the actor network as a graph to zoom and pan, filtered by dates,
 * QuadClass and weight, with its ties listed under it. Choosing a tie, on the graph or in the list,
 * shows its events; choosing an actor opens its page.
 */
export async function renderNetwork(target, { query, current }) {
  const asked = {};
  for (const name of ['from', 'to', 'min_events', 'quad', 'events']) asked[name] = query.get(name) || '';
  target.append(el('h1', {}, 'Network'), networkForm(asked));
  const [network, { actors }] = await Promise.all([getJson('network', asked), getJson('actors', { limit: 5000 })]);
  if (!current()) return;
  const names = new Map(actors.map((actor) => [actor.code, actor.actor]));
  const rawEvents = asked.events === 'true';
  target.append(el('p', { class: 'meta', id: 'network-count' }, counted(network.nodes.length, 'actor') + ', '
    + counted(network.edges.length, 'tie') + ', ' + counted(network.communities, 'community', 'communities') + ' · line colour: net cooperation'
    + ' from −1 (red, conflict) to +1 (blue, cooperation); thickness: ' + (rawEvents ? 'reports' : 'real-world events')));
  if (!network.edges.length) {
    target.append(el('p', { class: 'empty' }, 'No ties match: widen the dates, QuadClasses or minimum events.'));
    return;
  }
  const canvas = el('div', { class: 'graph', id: 'network-graph', role: 'img',
    'aria-label': 'Actor network graph; the same ties are listed in the table below the graph' });
  const detail = el('section', { class: 'panel tie', id: 'tie-events', 'aria-live': 'polite' },
    el('p', { class: 'empty' }, 'Choose a tie, on the graph or in the list below, to read its events; choose an actor to open its page.'));
  target.append(el('div', { class: 'network' }, canvas, detail));
  const showTie = (edge) => showTieEvents(detail, edge, asked);
  const cy = networkGraph(canvas, network, names, {
    rawEvents,
    onEdge: showTie,
    onNode: (code) => { location.hash = '#/actor/' + encodeURIComponent(code); },
  });
  // What was drawn, for tests and for anyone inspecting the page.
  canvas.dataset.nodes = cy.nodes().length;
  canvas.dataset.edges = cy.edges().length;
  target.append(el('h2', {}, 'Ties'), tieTable(network.edges, names, rawEvents, (edge, index) => {
    selectTie(cy, index);
    showTie(edge);
  }));
}

function networkForm(asked) {
  const chosen = asked.quad ? asked.quad.split(',') : Object.keys(QUAD_CLASSES);
  const fields = {
    from: el('input', { type: 'date', name: 'from', value: asked.from }),
    to: el('input', { type: 'date', name: 'to', value: asked.to }),
    min_events: el('input', { type: 'number', name: 'min_events', value: asked.min_events || '1', min: 1, max: 100000, size: 6 }),
    events: el('input', { type: 'checkbox', name: 'events', checked: asked.events === 'true' }),
  };
  const quads = Object.entries(QUAD_CLASSES).map(([quad, words]) =>
    el('input', { type: 'checkbox', name: 'quad', value: quad, checked: chosen.includes(quad), 'aria-label': quad + ' ' + words }));
  const error = el('p', { class: 'error', role: 'alert', hidden: true });
  const form = el('form', { class: 'bar' },
    el('label', {}, 'From', fields.from), el('label', {}, 'To', fields.to), el('label', {}, 'Min. events', fields.min_events),
    el('fieldset', { class: 'quads' }, el('legend', {}, 'QuadClass'),
      quads.map((box) => el('label', { class: 'inline' }, box, ' ' + box.value + ' ' + QUAD_CLASSES[box.value]))),
    el('label', {}, 'Count every report', fields.events), el('button', { type: 'submit' }, 'Draw'), error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = quads.filter((box) => box.checked).map((box) => box.value);
    if (!picked.length) {
      show(error, 'Choose at least one QuadClass.');
      error.hidden = false;
      return;
    }
    location.hash = hashOf('network', {
      from: fields.from.value, to: fields.to.value, min_events: fields.min_events.value.trim(),
      quad: picked.length === quads.length ? '' : picked.join(','), events: fields.events.checked ? 'true' : '',
    });
  });
  return form;
}

/** The ties as a table whose buttons do what clicking a line does, for keyboards and screen readers. */
function tieTable(edges, names, rawEvents, onChoose) {
  const named = (code) => [link('#/actor/' + encodeURIComponent(code), code), names.get(code) ? ' ' + names.get(code) : ''];
  return el('table', { id: 'ties' },
    el('thead', {}, el('tr', {}, ['Source', 'Target', rawEvents ? 'Reports' : 'Events', 'Net cooperation', 'Mean Goldstein', '']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, edges.map((edge, index) => el('tr', {},
      el('td', {}, named(edge.source)),
      el('td', {}, named(edge.target)),
      el('td', { class: 'num' }, formatNumber(tieWeight(edge, rawEvents))),
      el('td', { class: 'num' }, edge.net_coop.toFixed(2)),
      el('td', { class: 'num' }, edge.goldstein_mean === null ? '–' : edge.goldstein_mean.toFixed(1)),
      el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => onChoose(edge, index) },
        'Events ' + edge.source + ' → ' + edge.target))))));
}

/** Lists a tie's events (from the events API, narrowed to the QuadClasses asked) into `panel`. */
async function showTieEvents(panel, edge, asked) {
  show(panel, el('h2', {}, edge.source + ' → ' + edge.target), el('p', { class: 'meta' }, 'Loading the events…'));
  try {
    const quads = asked.quad ? asked.quad.split(',').map(Number) : [1, 2, 3, 4];
    const fetched = await getLines('events', { source: edge.source, target: edge.target, from: asked.from, to: asked.to,
      limit: EVENTS_SHOWN });
    const events = fetched.filter((event) => quads.includes(event.quad));
    show(panel, el('h2', {}, edge.source + ' → ' + edge.target),
      el('p', { class: 'meta' }, counted(events.length, 'coded event') + (fetched.length === EVENTS_SHOWN ? ' or more' : '') + ' · ',
        link(hashOf('dyad', { a: edge.source, b: edge.target, from: asked.from, to: asked.to }), 'Dyad page for this pair')),
      el('ol', { class: 'evidence', id: 'tie-event-list' }, events.map((event) => el('li', {},
        el('div', { class: 'meta' }, (event.date || 'undated') + ' · CAMEO ' + event.code + ' · QuadClass ' + event.quad
          + ' · ' + event.source.code + ' → ' + event.target.code),
        el('blockquote', {}, event.sentence.text),
        el('div', { class: 'meta' }, link('#/doc/' + encodeURIComponent(event.doc), 'document'))))));
  } catch (error) {
    show(panel, el('h2', {}, edge.source + ' → ' + edge.target), el('p', { class: 'error', role: 'alert' }, error.message));
  }
}
