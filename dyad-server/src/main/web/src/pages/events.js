import { getLines } from '../api.js';
import { el, hashOf } from '../dom.js';
import { eventTable } from './document.js';

const ROOTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'];

/** The coded events, filtered by actors, dates and CAMEO root. */
export async function renderEvents(target, { query }) {
  const filters = {};
  for (const name of ['source', 'target', 'from', 'to', 'root']) filters[name] = query.get(name) || '';
  target.append(el('h1', {}, 'Events'), filterForm(filters));
  const events = await getLines('events', { ...filters, limit: 500 });
  target.append(el('p', { class: 'meta', id: 'event-count' },
    events.length + (events.length === 500 ? '+' : '') + ' events'));
  target.append(events.length ? eventTable(events, true) : el('p', { class: 'empty' }, 'No events match.'));
}

function filterForm(filters) {
  const fields = {
    source: el('input', { type: 'text', name: 'source', value: filters.source, size: 10, placeholder: 'IRN' }),
    target: el('input', { type: 'text', name: 'target', value: filters.target, size: 10, placeholder: 'IMG' }),
    from: el('input', { type: 'date', name: 'from', value: filters.from }),
    to: el('input', { type: 'date', name: 'to', value: filters.to }),
    root: el('select', { name: 'root' }, el('option', { value: '' }, 'any'),
      ROOTS.map((root) => el('option', { value: root, selected: root === filters.root }, root))),
  };
  const form = el('form', { class: 'bar' },
    el('label', {}, 'Source', fields.source), el('label', {}, 'Target', fields.target),
    el('label', {}, 'From', fields.from), el('label', {}, 'To', fields.to),
    el('label', {}, 'CAMEO root', fields.root), el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const [name, field] of Object.entries(fields)) values[name] = field.value.trim();
    location.hash = hashOf('events', values);
  });
  return form;
}
