import { getJson } from '../api.js';
import { el, hashOf } from '../dom.js';
import { evidenceList } from './dyad.js';

/** An actor's history, or two actors', earliest first, each real-world event once with its evidence. */
export async function renderTimeline(target, { query }) {
  const asked = {};
  for (const name of ['actor', 'actor2', 'from', 'to']) asked[name] = query.get(name) || '';
  target.append(el('h1', {}, 'Timeline'), timelineForm(asked));
  if (!asked.actor) {
    target.append(el('p', { class: 'empty' }, 'Name an actor, by code (IRN) or by name (Iran); a second one narrows to the pair.'));
    return;
  }
  const timeline = await getJson('timeline', asked);
  target.append(el('p', { class: 'meta', id: 'timeline-count' }, timeline.events.length + ' real-world events · '
    + timeline.actor + (timeline.other ? ' and ' + timeline.other : '')));
  target.append(timeline.events.length ? evidenceList(timeline.events) : el('p', { class: 'empty' }, 'No events.'));
}

function timelineForm(asked) {
  const fields = {
    actor: el('input', { type: 'text', name: 'actor', value: asked.actor, size: 14, placeholder: 'Iran', required: true }),
    actor2: el('input', { type: 'text', name: 'actor2', value: asked.actor2, size: 14, placeholder: 'optional' }),
    from: el('input', { type: 'date', name: 'from', value: asked.from }),
    to: el('input', { type: 'date', name: 'to', value: asked.to }),
  };
  const form = el('form', { class: 'bar' },
    el('label', {}, 'Actor', fields.actor), el('label', {}, 'With actor', fields.actor2),
    el('label', {}, 'From', fields.from), el('label', {}, 'To', fields.to), el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const [name, field] of Object.entries(fields)) values[name] = field.value.trim();
    location.hash = hashOf('timeline', values);
  });
  return form;
}
