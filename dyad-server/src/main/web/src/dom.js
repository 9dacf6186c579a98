// Builds the page from DOM nodes and text nodes only: document text is hostile input, and text
// nodes can never become markup, so nothing a document says is ever run or rendered as HTML.

/** An element with attributes (strings; `on*` keys take listeners) and children (nodes or strings). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * The text with the given [start, end) ranges wrapped in elements: `ranges` holds
 * {start, end, tag, className, title}. Overlapping ranges keep the first by start.
 */
export function marked(text, ranges) {
  const fragment = document.createDocumentFragment();
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const range of sorted) {
    if (range.start < at || range.end > text.length || range.end <= range.start) continue;
    fragment.append(document.createTextNode(text.slice(at, range.start)));
    const wrapper = el(range.tag || 'mark', { class: range.className, title: range.title });
    wrapper.append(document.createTextNode(text.slice(range.start, range.end)));
    fragment.append(wrapper);
    at = range.end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/** Replaces the content of `node`. */
export function show(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** A link inside the UI. */
export function link(hash, ...children) {
  return el('a', { href: hash }, ...children);
}

/** The hash of a page with its query parameters, leaving out empty ones. */
export function hashOf(page, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const text = query.toString();
  return '#/' + page + (text ? '?' + text : '');
}

export function formatNumber(n) {
  return Number(n).toLocaleString('en');
}

/** A count with its noun, singular for one: `counted(1, 'tie')` is "1 tie", `counted(3, 'tie')` "3 ties". */
export function counted(n, singular, plural = singular + 's') {
  return formatNumber(n) + ' ' + (n === 1 ? singular : plural);
}
