import { getJson, postForm } from '../api.js';
import { el, show, formatNumber } from '../dom.js';

/** Ingestion: the workspace's counts, an upload form, background jobs with progress, the failures. */
export async function renderIngest(target, { current }) {
  const report = await getJson('status', { failures: true });
  const status = report.status;
  target.append(el('h1', {}, 'Ingest'),
    el('section', { class: 'panel' }, el('dl', { class: 'props' },
      el('dt', {}, 'Workspace'), el('dd', {}, report.workspace),
      el('dt', {}, 'Documents'), el('dd', { id: 'documents-count' }, counts(status)),
      el('dt', {}, 'Failures'), el('dd', {}, formatNumber(status.failures)),
      el('dt', {}, 'Dates'), el('dd', {}, status.firstDate ? status.firstDate + ' to ' + status.lastDate : 'none'))));
  const jobs = el('div', { id: 'jobs', 'aria-live': 'polite' });
  target.append(el('h2', {}, 'Add documents'), uploadForm(jobs), jobs);
  await drawJobs(jobs, current);
  target.append(el('h2', {}, 'Failures'));
  if (!report.failures.length) {
    target.append(el('p', { class: 'empty' }, 'No failures.'));
    return;
  }
  target.append(el('table', { id: 'failures' },
    el('thead', {}, el('tr', {}, ['Stage', 'File', 'Reason', 'When'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, report.failures.map((f) => el('tr', {},
      el('td', {}, f.stage.toLowerCase()), el('td', {}, f.path), el('td', {}, f.reason), el('td', {}, f.at))))));
}

function counts(status) {
  return formatNumber(status.documents) + ' extracted, ' + formatNumber(status.indexed) + ' indexed';
}

/** Shows the workspace's new counts once a background run has finished. */
async function refreshCounts() {
  const node = document.getElementById('documents-count');
  if (node) node.textContent = counts((await getJson('status')).status);
}

function uploadForm(jobs) {
  const files = el('input', { type: 'file', name: 'file', multiple: true, 'aria-label': 'Files to upload' });
  const outlet = el('input', { type: 'text', name: 'outlet', size: 14, placeholder: 'upload' });
  const message = el('span', { role: 'status' });
  const form = el('form', { class: 'bar', id: 'upload' },
    el('label', {}, 'Files', files), el('label', {}, 'Outlet', outlet), el('button', { type: 'submit' }, 'Upload and ingest'), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!files.files.length) {
      message.textContent = 'Choose files first.';
      return;
    }
    const body = new FormData();
    for (const file of files.files) body.append('file', file);
    try {
      const job = await postForm('documents', { outlet: outlet.value.trim() }, body);
      message.textContent = 'Queued as job ' + job.id + '.';
      form.reset();
      await drawJobs(jobs, () => document.body.contains(jobs), true);
    } catch (error) {
      message.textContent = error.message;
      message.className = 'error';
    }
  });
  return form;
}

/**
 * Draws the jobs and, while one is queued or running, redraws every second until the page is left;
 * when the last one ends, the counts above are refreshed.
 */
async function drawJobs(node, current, wasBusy = false) {
  const { jobs } = await getJson('ingest/jobs');
  if (!jobs.length) {
    show(node, el('p', { class: 'empty' }, 'No uploads since the server started.'));
    return;
  }
  show(node, el('table', {},
    el('thead', {}, el('tr', {}, ['Job', 'State', 'Stage', 'Progress', 'Result'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, jobs.map((job) => el('tr', { class: 'job', 'data-state': job.state }, el('td', {}, job.id), el('td', {}, job.state),
      el('td', {}, job.phase || ''),
      el('td', {}, el('progress', { max: Math.max(1, job.files_planned), value: job.files_done, 'aria-label': 'Files done' }),
        ' ', job.files_done + ' / ' + job.files_planned + ' files', job.annotated ? ', ' + job.annotated + ' annotated' : ''),
      el('td', {}, job.error ? el('span', { class: 'error' }, job.error)
        : job.run ? job.run.report.ingested + ' new, ' + job.run.report.duplicates + ' duplicates, ' + job.run.report.failed + ' failed' : ''))))));
  const busy = jobs.some((job) => job.state === 'queued' || job.state === 'running');
  if (busy) {
    setTimeout(() => { if (current()) drawJobs(node, current, true); }, 1000);
  } else if (wasBusy) {
    await refreshCounts();
  }
}
