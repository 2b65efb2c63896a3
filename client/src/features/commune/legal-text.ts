/**
 * The legal pages' text format, a small Markdown subset parsed into blocks and inline runs that
 * React renders as elements (never as HTML, so nothing typed can inject markup): `## ` and `### `
 * headings (`# ` counts as `## `: the page title is the h1), paragraphs separated by blank lines
 * (single line breaks kept), `- ` or `* ` list items, `[text](url)` links, `**bold**`, and `\`
 * escaping the next character. Links go only to https/http, mailto:, tel: or a path of this site.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'link'; href: string; internal: boolean; children: Inline[] }
  | { kind: 'break' };

export type Block =
  { kind: 'heading'; level: 2 | 3; children: Inline[] } | { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; items: Inline[][] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const ITEM = /^\s*[-*]\s+(.*)$/;

export function parseLegalText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', children: joinLines(paragraph) });
    if (list) blocks.push({ kind: 'list', items: list.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: (heading[1] as string).length >= 3 ? 3 : 2,
        children: parseInline((heading[2] as string).trim()),
      });
    } else if (item) {
      if (paragraph.length) flush();
      list ??= [];
      list.push(item[1] as string);
    } else if (list) {
      // A line under a list item continues it.
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

function joinLines(lines: string[]): Inline[] {
  return lines.flatMap((line, i) => (i === 0 ? parseInline(line) : [{ kind: 'break' } as Inline, ...parseInline(line)]));
}

/** Where a link may go: the web, e-mail, phone, or a page of this site (`/…`, never `//host`). */
export function safeHref(href: string): { href: string; internal: boolean } | null {
  const h = href.trim();
  if (/^\/(?![/\\])/.test(h)) return { href: h, internal: true };
  if (/^(https?:\/\/|mailto:|tel:)[^\s]+$/i.test(h)) return { href: h, internal: false };
  return null;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const push = (node: Inline) => {
    if (buffer) out.push({ kind: 'text', text: buffer });
    buffer = '';
    out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '*' && text[i + 1] === '*') {
      const end = findClosing(text, i + 2, '**');
      if (end > i + 2) {
        push({ kind: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (c === '[') {
      const close = findClosing(text, i + 1, ']');
      if (close > i && text[close + 1] === '(') {
        const paren = closingParen(text, close + 2);
        if (paren > close) {
          const target = safeHref(text.slice(close + 2, paren));
          const label = parseInline(text.slice(i + 1, close));
          if (target) push({ kind: 'link', ...target, children: label });
          else {
            // A link somewhere it may not go (javascript:, data:…): its text only.
            for (const node of label) push(node);
          }
          i = paren + 1;
          continue;
        }
      }
    }
    buffer += c;
    i++;
  }
  if (buffer) out.push({ kind: 'text', text: buffer });
  return out;
}

/** Index of `token` from `from`, skipping escaped characters; -1 when absent. */
function findClosing(text: string, from: number, token: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/** Index of the `)` closing a link target opened before `from` (parentheses inside it balanced); -1 when absent. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
