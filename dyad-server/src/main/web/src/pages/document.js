import { getJson } from '../api.js';
import { el, marked, link, formatNumber } from '../dom.js';

/** A document: metadata, its text with actor mentions and event words highlighted, its events. */
export async function renderDocument(target, { argument }) {
  const id = argument;
  const [shown, annotations] = await Promise.all([
    getJson('documents/' + encodeURIComponent(id) + '/text'),
    getJson('documents/' + encodeURIComponent(id) + '/annotations'),
  ]);
  const doc = shown.document;
  target.append(
    el('h1', {}, doc.title),
    el('section', { class: 'panel' }, el('dl', { class: 'props' },
      prop('Outlet', doc.outlet), prop('Date', doc.date || 'unknown'), prop('Author', doc.author || ''),
      prop('Language', doc.language || 'unknown'), prop('Type', doc.mimeType), prop('File', doc.fileName),
      prop('Size', formatNumber(doc.size) + ' bytes'), prop('Grade', doc.grade || ''), prop('Id', doc.id)),
    el('p', {}, el('a', { href: '/api/documents/' + doc.id + '/original', download: '' }, 'Download the original file'))));
  const ranges = annotations.mentions.map((m) => ({
    start: m.start, end: m.end, className: 'actor', title: m.code + ' · ' + m.actor + (m.person ? ' · ' + m.person : ''),
  }));
  for (const event of annotations.events) {
    ranges.push({ start: event.verb.start, end: event.verb.end, className: 'event',
      title: 'CAMEO ' + event.code + ': ' + event.source.code + ' → ' + event.target.code });
  }
  target.append(
    el('p', { class: 'legend' }, el('span', { class: 'actor' }, 'actor mention'), el('span', { class: 'event' }, 'event words'),
      formatNumber(annotations.mentions.length) + ' mentions, ' + formatNumber(annotations.events.length) + ' events'),
    el('div', { class: 'doc-text', id: 'doc-text', tabindex: '0', 'aria-label': 'Document text' }, marked(shown.text, ranges)));
  if (annotations.events.length) {
    target.append(el('h2', {}, 'Events'), eventTable(annotations.events));
  }
}

function prop(name, value) {
  return [el('dt', {}, name), el('dd', {}, value)];
}

/** Events as a table: date, source, code, target, the sentence. Shared with the events page. */
export function eventTable(events, withDocument = false) {
  const rows = events.map((event) => el('tr', {},
    el('td', {}, event.date || '–'),
    el('td', {}, link('#/actor/' + encodeURIComponent(event.source.code), event.source.code), el('div', { class: 'meta' }, event.source.text)),
    el('td', {}, event.code, el('div', { class: 'meta' }, event.verb.text)),
    el('td', {}, link('#/actor/' + encodeURIComponent(event.target.code), event.target.code), el('div', { class: 'meta' }, event.target.text)),
    el('td', {}, event.sentence.text, withDocument ? el('div', { class: 'meta' }, link('#/doc/' + event.doc, 'document')) : null)));
  return el('table', {}, el('thead', {}, el('tr', {}, ['Date', 'Source', 'Code', 'Target', 'Sentence'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}
