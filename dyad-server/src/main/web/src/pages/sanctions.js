import { getJson } from '../api.js';
import { el, hashOf } from '../dom.js';
import { renderCrossReference, explanationList } from './xref.js';

/**
 * The sanctions page, two views: match a name against the imported list (ranked candidates, each
 * with what moved its score), or cross-reference the workspace's names with the list and judge them.
 */
export async function renderSanctions(target, context) {
  const view = context.query.get('view') === 'xref' ? 'xref' : 'match';
  target.append(el('h1', {}, 'Sanctions'), el('nav', { class: 'tabs', 'aria-label': 'Sanctions views' },
    el('a', { href: hashOf('sanctions'), 'aria-current': view === 'match' ? 'page' : null }, 'Match a name'),
    el('a', { href: hashOf('sanctions', { view: 'xref' }), 'aria-current': view === 'xref' ? 'page' : null }, 'Cross-reference')));
  if (view === 'xref') {
    await renderCrossReference(target, context);
  } else {
    await renderMatch(target, context);
  }
}

async function renderMatch(target, { query }) {
  const asked = {};
  for (const name of ['name', 'dob', 'country']) asked[name] = query.get(name) || '';
  target.append(matchForm(asked));
  if (!asked.name) {
    target.append(el('p', { class: 'empty' }, 'Type a name, in any script and word order, to rank the listed entities it may be.'));
    return;
  }
  const { candidates } = await getJson('sanctions/match', asked);
  target.append(el('p', { class: 'meta', id: 'candidate-count' }, candidates.length + ' candidates scoring 0.5 or more'));
  if (!candidates.length) return;
  target.append(el('table', { id: 'candidates' },
    el('thead', {}, el('tr', {}, ['Entity', 'Score', 'Name', 'Matched name', 'Why'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, candidates.map((c) => el('tr', {},
      el('td', { class: 'num' }, String(c.entity)),
      el('td', { class: 'num' }, c.score.toFixed(3)),
      el('td', {}, c.name),
      el('td', {}, c.matched_name),
      el('td', {}, explanationList(c.explanation)))))));
}

function matchForm(asked) {
  const fields = {
    name: el('input', { type: 'search', name: 'name', value: asked.name, placeholder: 'Hassan Nasrallah', required: true }),
    dob: el('input', { type: 'number', name: 'dob', value: asked.dob, min: 1800, max: 2100, placeholder: 'year' }),
    country: el('input', { type: 'text', name: 'country', value: asked.country, size: 4, maxlength: 2, placeholder: 'LB' }),
  };
  const form = el('form', { class: 'bar' }, el('label', {}, 'Name', fields.name), el('label', {}, 'Year of birth', fields.dob),
    el('label', {}, 'Country', fields.country), el('button', { type: 'submit' }, 'Match'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const [name, field] of Object.entries(fields)) values[name] = field.value.trim();
    location.hash = hashOf('sanctions', values);
  });
  return form;
}
