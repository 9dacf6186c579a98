import { getJson } from '../api.js';
import { el, link, hashOf, formatNumber } from '../dom.js';
import { trendChart } from '../chart.js';

const VERDICTS = {
  closer: 'moving closer',
  apart: 'moving apart',
  stable: 'stable, no significant trend',
  insufficient_evidence: 'insufficient evidence for a verdict',
};

/** Are two actors moving closer? Their trend, the verdict with its numbers, and the evidence. */
export async function renderDyad(target, { query }) {
  const asked = {};
  for (const name of ['a', 'b', 'by', 'from', 'to', 'directed', 'weight']) asked[name] = query.get(name) || '';
  target.append(el('h1', {}, 'Dyad'), dyadForm(asked));
  if (!asked.a || !asked.b) {
    target.append(el('p', { class: 'empty' }, 'Name two actors, by code (IRN, IMGMUSALQ) or by name (Iran).'));
    return;
  }
  const relation = await getJson('relate', asked);
  const [a, b] = relation.dyad;
  target.append(el('section', { class: 'panel', id: 'verdict' },
    el('h2', {}, a + (relation.directed ? ' → ' : ' – ') + b + ': ' + (VERDICTS[relation.verdict] || relation.verdict)),
    el('p', {}, relation.summary),
    el('p', { class: 'meta' }, 'Theil–Sen slope ' + relation.trend.slope.toFixed(3) + ' per ' + relation.by
      + ', Mann–Kendall p = ' + relation.trend.p_value.toFixed(4) + ', ' + formatNumber(relation.trend.counted) + ' '
      + relation.counting + ' in ' + relation.trend.periods + ' periods · ',
      link(hashOf('timeline', { actor: a, actor2: b }), 'timeline'))));
  if (relation.series.length) {
    const node = el('div', { class: 'chart trend', id: 'trend-chart', role: 'img',
      'aria-label': 'Net cooperation and ' + relation.counting + ' per ' + relation.by });
    target.append(node);
    trendChart(node, relation.series, relation.change_points, relation.counting);
  }
  target.append(el('h2', {}, 'Evidence'));
  target.append(relation.evidence.length ? evidenceList(relation.evidence)
    : el('p', { class: 'empty' }, 'No coded events between these actors.'));
}

function dyadForm(asked) {
  const fields = {
    a: el('input', { type: 'text', name: 'a', value: asked.a, size: 14, placeholder: 'Iran', required: true }),
    b: el('input', { type: 'text', name: 'b', value: asked.b, size: 14, placeholder: 'IMGMUSALQ', required: true }),
    by: el('select', { name: 'by' }, ['year', 'quarter', 'month'].map((by) =>
      el('option', { value: by, selected: by === (asked.by || 'year') }, by))),
    from: el('input', { type: 'date', name: 'from', value: asked.from }),
    to: el('input', { type: 'date', name: 'to', value: asked.to }),
    directed: el('input', { type: 'checkbox', name: 'directed', checked: asked.directed === 'true' }),
    weight: el('input', { type: 'checkbox', name: 'weight', checked: asked.weight === 'confidence' }),
  };
  const form = el('form', { class: 'bar' },
    el('label', {}, 'Actor A', fields.a), el('label', {}, 'Actor B', fields.b), el('label', {}, 'Period', fields.by),
    el('label', {}, 'From', fields.from), el('label', {}, 'To', fields.to),
    el('label', {}, 'Only A → B', fields.directed), el('label', {}, 'Weight by confidence', fields.weight),
    el('button', { type: 'submit' }, 'Relate'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = hashOf('dyad', {
      a: fields.a.value.trim(), b: fields.b.value.trim(), by: fields.by.value, from: fields.from.value, to: fields.to.value,
      directed: fields.directed.checked ? 'true' : '', weight: fields.weight.checked ? 'confidence' : '',
    });
  });
  return form;
}

/** Evidence items (real-world events with one report's sentence) as a list; shared with the timeline. */
export function evidenceList(items) {
  return el('ol', { class: 'evidence' }, items.map((item) => el('li', {},
    el('div', { class: 'meta' }, (item.date || 'undated') + ' · ',
      link('#/actor/' + encodeURIComponent(item.source), item.source), ' → CAMEO ' + item.code + ' → ',
      link('#/actor/' + encodeURIComponent(item.target), item.target),
      ' · ' + item.mentions + (item.mentions === 1 ? ' report' : ' reports') + ', ' + item.outlets
      + (item.outlets === 1 ? ' outlet' : ' outlets')
      + (item.confidence === null || item.confidence === undefined ? '' : ' · confidence ' + item.confidence.toFixed(2))),
    el('blockquote', {}, item.sentence),
    el('div', { class: 'meta' }, link('#/doc/' + encodeURIComponent(item.doc), item.title || 'document'), ' — ' + item.outlet))));
}
