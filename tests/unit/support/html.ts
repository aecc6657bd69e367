import { Window } from 'happy-dom';

/**
 * A real HTML parser (happy-dom's), with nothing that could run or fetch, to
 * see clipboard HTML the way a paste target's parser sees it.
 */
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});
const parser = new window.DOMParser();

export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

export function parseHtml(html: string) {
  return parser.parseFromString(html, 'text/html');
}

function scheme(href: string): string | undefined {
  try {
    return new URL(href).protocol;
  } catch {
    return undefined;
  }
}

/**
 * Everything in `html` that breaks the rules: an element outside `allowedTags`,
 * any attribute but `href` on `<a>`, an href whose scheme is not http(s) or
 * mailto, anything that ends up in `<head>`. Empty when the HTML is clean.
 */
export function htmlViolations(html: string, allowedTags: readonly string[]): string[] {
  const doc = parseHtml(html);
  const problems: string[] = [];
  if (doc.head.childNodes.length > 0) problems.push(`<head> got ${doc.head.innerHTML}`);
  for (const root of [doc.documentElement, doc.head, doc.body]) {
    for (const attr of root.getAttributeNames()) problems.push(`<${root.localName}> got attribute ${attr}`);
  }
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.localName;
    if (!allowedTags.includes(tag)) problems.push(`element <${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (tag !== 'a' || attr !== 'href') {
        problems.push(`attribute ${attr} on <${tag}>`);
        continue;
      }
      const href = el.getAttribute('href') ?? '';
      if (!SAFE_SCHEMES.includes(scheme(href) ?? '')) problems.push(`href ${JSON.stringify(href)}`);
    }
  }
  return problems;
}

/**
 * What a reader sees, roughly: every text node, a space between nodes (where
 * a `<br>` or a new list item would break the line), whitespace runs as one space.
 */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (node: { nodeType: number; textContent: string | null; childNodes: Iterable<unknown> }) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child as typeof node);
  };
  walk(parseHtml(html).body);
  return squash(parts.join(' '));
}

export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function anchors(html: string): string[] {
  return [...parseHtml(html).body.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

export function countElements(html: string, tag: string): number {
  return parseHtml(html).body.querySelectorAll(tag).length;
}
