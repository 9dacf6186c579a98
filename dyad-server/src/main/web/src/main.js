// The web UI's router: `#/page/argument?query` picks a page from routes.js and renders it.
import { pages } from './routes.js';
import { el, show } from './dom.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let rendering = 0;

function parse() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'search', argument: rest.map(decodeURIComponent).join('/'), query: new URLSearchParams(query) };
}

function drawNav(current) {
  show(nav, pages.filter((page) => page.title).map((page) =>
    el('a', { href: '#/' + page.name, 'aria-current': page.name === current ? 'page' : null }, page.title)));
}

async function route() {
  const { name, argument, query } = parse();
  const page = pages.find((candidate) => candidate.name === name);
  drawNav(page ? page.name : null);
  const ticket = ++rendering;
  const target = el('div');
  show(main, target);
  if (!page) {
    show(target, el('h1', {}, 'Not found'), el('p', {}, 'No page "' + name + '".'));
    return;
  }
  try {
    await page.render(target, { argument, query, current: () => ticket === rendering });
  } catch (error) {
    if (ticket === rendering) {
      target.append(el('p', { class: 'error', role: 'alert' }, error.message));
    }
  }
}

window.addEventListener('hashchange', () => {
  route().then(() => main.focus({ preventScroll: true }));
});
route();
