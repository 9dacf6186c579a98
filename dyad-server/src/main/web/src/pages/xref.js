import { getJson, postJson } from '../api.js';
import { el, link, marked, show, hashOf, formatNumber, counted } from '../dom.js';

const PAGE = 50;

const FILTERS = {
  open: 'open (all but not a match)', all: 'all', match: 'match', 'not-a-match': 'not a match', unsure: 'unsure', none: 'not judged',
};

const VERDICTS = { match: 'Match', 'not-a-match': 'Not a match', unsure: 'Unsure' };

/**
 * The workspace's names that match the imported list, each with its evidence sentence, its
 * document, what moved the score, and buttons recording the analyst's judgement, which applies to
 * every occurrence of the name.
 */
export async function renderCrossReference(target, { query, current }) {
  const asked = { view: 'xref' };
  for (const name of ['judgement', 'min_score', 'offset']) asked[name] = query.get(name) || '';
  target.append(xrefForm(asked));
  const listing = await getJson('sanctions/xref', { judgement: asked.judgement, min_score: asked.min_score,
    offset: asked.offset, limit: PAGE });
  if (!current()) return;
  const offset = Number(asked.offset) || 0;
  target.append(el('p', { class: 'meta', id: 'xref-count' }, counted(listing.total, 'match', 'matches')
    + (listing.matches.length < listing.total ? ', ' + (offset + 1) + '–' + (offset + listing.matches.length) + ' shown' : '')
    + ' · ' + formatNumber(listing.dismissed) + ' judged not a match · ' + counted(listing.occurrences, 'name')
    + ' checked in ' + counted(listing.spellings, 'spelling')));
  if (!listing.matches.length) {
    target.append(el('p', { class: 'empty' }, listing.occurrences ? 'No matches with this judgement and score.'
      : 'No people or organisations in the workspace yet: ingest documents with annotation on.'));
    return;
  }
  const status = el('p', { class: 'meta', role: 'status', id: 'judgement-status' });
  const body = el('tbody', {});
  body.append(...listing.matches.map((match) => matchRow(match, (verdict) => judge(body, status, match, verdict))));
  target.append(status, el('table', { id: 'xref' },
    el('thead', {}, el('tr', {}, ['Entity', 'Score', 'Mention and evidence', 'Why', 'Judgement']
      .map((h) => el('th', { scope: 'col' }, h)))), body), pager(asked, offset, listing));
}

/** What moved a score, one feature a line; shared with the name matches. */
export function explanationList(features) {
  return el('ul', { class: 'explanation' }, features.map((f) =>
    el('li', {}, f.detail + ' (' + (f.contribution >= 0 ? '+' : '') + f.contribution.toFixed(3) + ')')));
}

function xrefForm(asked) {
  const fields = {
    judgement: el('select', { name: 'judgement' }, Object.entries(FILTERS).map(([value, words]) =>
      el('option', { value, selected: value === (asked.judgement || 'open') }, words))),
    min_score: el('input', { type: 'number', name: 'min_score', value: asked.min_score, min: 0.5, max: 1, step: 0.01,
      placeholder: '0.87', size: 5 }),
  };
  const form = el('form', { class: 'bar' }, el('label', {}, 'Judgement', fields.judgement),
    el('label', {}, 'Lowest score', fields.min_score), el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = hashOf('sanctions', { view: 'xref', judgement: fields.judgement.value, min_score: fields.min_score.value });
  });
  return form;
}

/** The key a judgement applies under: the name ignoring case and runs of spaces, as the server keys it. */
function nameKey(name) {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function matchRow(match, onJudge) {
  const sentence = match.sentence_text || '';
  const at = sentence.toLowerCase().indexOf(match.mention.toLowerCase());
  const ranges = at < 0 ? [] : [{ start: at, end: at + match.mention.length }];
  const verdict = el('span', { class: 'verdict' });
  const buttons = Object.entries(VERDICTS).map(([value, words]) =>
    el('button', { type: 'button', class: 'judge', 'data-verdict': value, onclick: () => onJudge(value) }, words));
  const row = el('tr', { 'data-entity': match.entity, 'data-key': nameKey(match.mention) },
    el('td', {}, el('strong', {}, String(match.entity)), ' ' + match.entity_name,
      el('div', { class: 'meta' }, 'listed as ' + match.matched_name)),
    el('td', { class: 'num' }, match.score.toFixed(3)),
    el('td', {}, el('strong', { class: 'mention' }, match.mention), el('span', { class: 'meta' }, ' · ' + match.origin),
      el('blockquote', { class: 'sentence' }, sentence ? marked(sentence, ranges) : el('span', { class: 'empty' }, 'sentence not stored')),
      el('div', { class: 'meta' }, link('#/doc/' + encodeURIComponent(match.doc), match.title || 'document'), ' · sentence ' + match.sentence)),
    el('td', {}, explanationList(match.explanation)),
    el('td', { class: 'judgement' }, verdict, el('div', { class: 'judge-buttons', role: 'group',
      'aria-label': 'Judge ' + match.mention + ' against entity ' + match.entity }, buttons)));
  showVerdict(row, match.judgement);
  return row;
}

/** Shows a row's verdict in words, on its row and on its pressed button. */
function showVerdict(row, judgement) {
  if (judgement) row.setAttribute('data-judgement', judgement);
  else row.removeAttribute('data-judgement');
  show(row.querySelector('.verdict'), judgement ? VERDICTS[judgement] : 'not judged');
  for (const button of row.querySelectorAll('button.judge')) {
    button.setAttribute('aria-pressed', String(button.dataset.verdict === judgement));
  }
}

/** Records a verdict and shows it on every row of the same name and entity, since it applies to all of them. */
async function judge(body, status, match, verdict) {
  show(status, 'Recording…');
  try {
    const recorded = await postJson('sanctions/judgements', { entity: match.entity, mention: match.mention, judgement: verdict });
    for (const row of body.querySelectorAll('tr')) {
      if (row.dataset.entity === String(recorded.entity) && row.dataset.key === nameKey(recorded.mention)) {
        showVerdict(row, recorded.judgement);
      }
    }
    show(status, 'Recorded: “' + recorded.mention + '” is ' + VERDICTS[recorded.judgement].toLowerCase() + ' for entity '
      + recorded.entity + '.');
  } catch (error) {
    show(status, el('span', { class: 'error', role: 'alert' }, error.message));
  }
}

function pager(asked, offset, listing) {
  const pages = el('p', { class: 'pager' });
  const at = (start) => hashOf('sanctions', { ...asked, offset: start || '' });
  if (offset > 0) pages.append(link(at(Math.max(0, offset - PAGE)), '← Previous'), ' ');
  if (offset + listing.matches.length < listing.total) pages.append(link(at(offset + PAGE), 'Next →'));
  return pages;
}
