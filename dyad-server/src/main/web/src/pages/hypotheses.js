import { getJson, postJson, putJson } from '../api.js';
import { el, link, show, hashOf, counted } from '../dom.js';

const RATINGS = { CC: 'very consistent', C: 'consistent', N: 'neutral', I: 'inconsistent', II: 'very inconsistent',
  NA: 'not applicable' };

/**
 * Analysis of Competing Hypotheses: the workspace's boards, and a board's hypotheses ranked by
 * inconsistency, its evidence × hypothesis matrix whose ratings the analyst changes in place, and
 * the outlets' source grades.
 */
export async function renderHypotheses(target, { query, current }) {
  const name = query.get('board');
  target.append(el('h1', {}, 'Hypotheses'));
  if (name) {
    const analysis = await getJson('hypotheses/' + encodeURIComponent(name));
    if (!current()) return;
    target.append(boardView(analysis));
    return;
  }
  const [{ boards }, { outlets }] = await Promise.all([getJson('hypotheses'), getJson('grades')]);
  if (!current()) return;
  target.append(boards.length ? el('ul', { id: 'boards' }, boards.map((board) => el('li', {},
    link(hashOf('hypotheses', { board: board.name }), board.name), ' — ' + board.question,
    el('span', { class: 'meta' }, ' · ' + counted(board.hypotheses, 'hypothesis', 'hypotheses') + ', '
      + counted(board.evidence, 'item') + ' of evidence'))))
    : el('p', { class: 'empty' }, 'No boards yet: start one with dyad hypotheses new BOARD --question TEXT.'));
  target.append(sourcesSection(outlets));
}

function boardView(analysis) {
  const board = analysis.board;
  const ranking = el('section', { class: 'panel', id: 'ach-ranking', 'aria-live': 'polite' });
  const sensitivity = el('p', { id: 'ach-sensitivity' });
  const status = el('p', { class: 'meta', role: 'status', id: 'rating-status' });
  const matrix = el('table', { id: 'ach-matrix' });
  const refresh = (latest) => {
    show(ranking, el('h2', {}, 'Hypotheses, least inconsistent first'), rankingList(latest.ranking));
    show(sensitivity, sensitivityNote(latest.sensitivity));
    showDiagnosticity(matrix, latest.diagnosticity);
  };
  const save = async (evidence, hypothesis, rating) => {
    show(status, 'Saving…');
    try {
      refresh(await postJson('hypotheses/' + encodeURIComponent(board.name) + '/ratings', { evidence, hypothesis, rating }));
      show(status, 'Rated ' + evidence + ' ' + rating + ' for ' + hypothesis + '.');
    } catch (error) {
      show(status, el('span', { class: 'error', role: 'alert' }, error.message));
    }
  };
  // One save at a time, in the order the ratings were chosen: typing "II" into a cell changes it twice
  // (I, then II), and two requests in flight could otherwise be stored or shown in the wrong order.
  let saving = Promise.resolve();
  const onRate = (evidence, hypothesis, rating) => {
    saving = saving.then(() => save(evidence, hypothesis, rating));
  };
  matrix.append(matrixHead(board.hypotheses), el('tbody', {}, board.evidence.map((item) => matrixRow(board, item, onRate))));
  const view = el('div', {}, el('p', {}, el('strong', {}, board.name), ': ' + board.question, ' · ',
    el('a', { href: '/api/hypotheses/' + encodeURIComponent(board.name) + '/report', id: 'ach-report' }, 'printable report'),
    ' · ', link(hashOf('hypotheses'), 'all boards')),
  ranking, el('h2', {}, 'Evidence × hypotheses'), status, el('div', { class: 'scroll' }, matrix),
  el('h2', {}, 'Sensitivity'), sensitivity);
  refresh(analysis);
  return view;
}

/** The ranking as bars whose length is the inconsistency, relative to the most inconsistent. */
function rankingList(ranking) {
  const most = Math.max(...ranking.map((r) => r.inconsistency), 1e-9);
  return el('ol', { class: 'ranking' }, ranking.map((r) => el('li', { 'data-hypothesis': r.hypothesis.id },
    el('span', { class: 'rank' }, String(r.rank)),
    el('span', { class: 'statement' }, el('strong', {}, r.hypothesis.id), ' ' + r.hypothesis.statement),
    el('span', { class: 'inconsistency-bar', role: 'img', 'aria-label': 'inconsistency ' + r.inconsistency.toFixed(2) },
      el('span', { style: 'width: ' + (100 * r.inconsistency / most).toFixed(1) + '%' })),
    el('span', { class: 'num' }, r.inconsistency.toFixed(2) + ' (' + r.inconsistentItems + ' against)'))));
}

function matrixHead(hypotheses) {
  return el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Evidence'), el('th', { scope: 'col' }, 'Grade'),
    el('th', { scope: 'col' }, 'Weight'), el('th', { scope: 'col' }, 'Diagnosticity'),
    hypotheses.map((h) => el('th', { scope: 'col', title: h.statement }, h.id))));
}

function matrixRow(board, item, onRate) {
  const rated = board.ratings[item.id] || {};
  return el('tr', { 'data-evidence': item.id },
    el('th', { scope: 'row' }, el('strong', {}, item.id), ' ' + item.description,
      el('div', { class: 'meta' }, item.kind.toLowerCase() + (item.reference ? ' ' + item.reference : ''))),
    el('td', {}, item.grade || '—'), el('td', { class: 'num' }, item.weight.toFixed(2)),
    el('td', { class: 'num diagnosticity' }),
    board.hypotheses.map((h) => el('td', {}, ratingSelect(item.id, h, rated[h.id] || 'NA', onRate))));
}

function ratingSelect(evidence, hypothesis, rating, onRate) {
  const select = el('select', { name: 'rating', 'data-hypothesis': hypothesis.id, 'data-rating': rating,
    'aria-label': 'Rating of ' + evidence + ' against ' + hypothesis.id },
  Object.entries(RATINGS).map(([value, words]) => el('option', { value, title: words, selected: value === rating }, value)));
  select.addEventListener('change', () => {
    select.dataset.rating = select.value;
    onRate(evidence, hypothesis.id, select.value);
  });
  return select;
}

function showDiagnosticity(matrix, items) {
  for (const item of items) {
    const cell = matrix.querySelector('tr[data-evidence="' + CSS.escape(item.evidence.id) + '"] td.diagnosticity');
    if (cell) show(cell, item.diagnosticity > 0 ? item.diagnosticity.toFixed(2) : 'none');
  }
}

function sensitivityNote(sensitivity) {
  const sets = sensitivity.critical.map((set) => [...set].sort().join(' + ')).join('; ');
  if (sensitivity.size === 0) return 'No single item or pair, if wrong, would change the leading hypothesis.';
  if (sensitivity.size === 1) {
    return sensitivity.critical.length === 1
      ? 'The lead rests on ' + sets + ': if it is wrong, the leader changes.'
      : 'The lead rests on each of ' + sets + ': if any one is wrong, the leader changes.';
  }
  return 'No single item decides the lead; these pairs would: ' + sets + '.';
}

/** The outlets' Admiralty grades, and a form grading one (which rates the clusters' confidence again). */
function sourcesSection(outlets) {
  const list = el('tbody', {});
  const fill = (graded) => show(list, graded.map((o) => el('tr', { 'data-outlet': o.outlet }, el('td', {}, o.outlet),
    el('td', {}, el('strong', {}, o.grade)), el('td', { class: 'meta' }, o.reliability + '; ' + o.credibility))));
  fill(outlets);
  const fields = {
    outlet: el('input', { type: 'text', name: 'outlet', size: 20, placeholder: 'outlet', required: true }),
    grade: el('input', { type: 'text', name: 'grade', size: 4, placeholder: 'B2', required: true, pattern: '[A-Fa-f][1-6]' }),
  };
  const status = el('p', { class: 'meta', role: 'status', id: 'grade-status' });
  const form = el('form', { class: 'bar', id: 'grade-form' }, el('label', {}, 'Outlet', fields.outlet),
    el('label', {}, 'Grade A1–F6', fields.grade), el('button', { type: 'submit' }, 'Grade'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    show(status, 'Grading…');
    try {
      const graded = await putJson('grades/outlet/' + encodeURIComponent(fields.outlet.value.trim()),
        { grade: fields.grade.value.trim() });
      fill((await getJson('grades')).outlets);
      show(status, 'Graded ' + graded.outlet.outlet + ' ' + graded.outlet.grade + '; '
        + counted(graded.clusters_rated, 'event cluster') + ' rated again.');
    } catch (error) {
      show(status, el('span', { class: 'error', role: 'alert' }, error.message));
    }
  });
  return el('section', { id: 'sources' }, el('h2', {}, 'Sources'),
    el('p', { class: 'meta' }, 'NATO Admiralty grades: reliability of the source A–F, credibility of the information 1–6.'),
    el('table', { id: 'grades' }, el('thead', {}, el('tr', {}, ['Outlet', 'Grade', 'Meaning'].map((h) => el('th', { scope: 'col' }, h)))),
      list), form, status);
}
