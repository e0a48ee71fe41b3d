/**
 * actorgraph/io/html — HTML → plain text with htmlparser2 (a real tokenizer: entities decoded,
 * comments and broken markup handled). Script, style and other non-prose elements are dropped;
 * block elements end a paragraph, so sentences from two <p>s never run together.
 */
import { Parser } from 'htmlparser2';
import { limitNesting } from './html-depth.js';

export interface HtmlText {
  text: string;
  title?: string;
  /** From <meta property="article:published_time"> and kin. */
  date?: string;
  /** From <link rel="canonical">. */
  source?: string;
}

/** Elements whose content is never prose. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/** Elements that start and end a block: their boundaries become paragraph breaks. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** <br> is a line break inside a paragraph; a private-use mark survives whitespace folding (U+2028 would not: it is \s). */
const BR = '\uE000';

const DATE_META = new Set(['article:published_time', 'date', 'dc.date', 'dcterms.date', 'pubdate', 'og:published_time']);

/**
 * @example htmlToText('<title>T</title><p>A &amp; B</p><script>x()</script><p>C</p>') // → { text: 'A & B\n\nC', title: 'T' }
 */
export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  let current = '';
  let title = '';
  let inTitle = false;
  let drop = 0; // depth inside DROP elements
  let pre = 0; // depth inside <pre>: whitespace is meaningful there
  let date: string | undefined;
  let source: string | undefined;

  const endBlock = (): void => {
    const t = pre ? current.replace(/^\n+|\s+$/g, '') : current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };

  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'title') { inTitle = true; return; }
      if (name === 'meta') {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        if (!date && DATE_META.has(key) && attrs.content) date = attrs.content;
      }
      if (name === 'link' && attrs.rel?.toLowerCase() === 'canonical' && attrs.href) source = attrs.href;
      if (DROP.has(name)) { drop++; return; }
      if (name === 'br' && !drop) { current += pre ? '\n' : BR; return; }
      if (BLOCK.has(name)) { endBlock(); if (name === 'pre') pre++; }
    },
    ontext(data) {
      if (inTitle) title += data;
      else if (!drop) current += data;
    },
    onclosetag(name) {
      if (name === 'title') { inTitle = false; return; }
      if (DROP.has(name)) { drop = Math.max(0, drop - 1); return; }
      if (BLOCK.has(name)) { endBlock(); if (name === 'pre') pre = Math.max(0, pre - 1); }
    },
  }, { decodeEntities: true });
  // (htmlparser2 is quadratic in nesting depth: io/html-depth.ts)
  parser.write(limitNesting(html));
  parser.end();
  endBlock();

  const text = blocks.map((b) => b.replace(/ ?\uE000 ?/g, '\n').trim()).filter(Boolean).join('\n\n');
  const out: HtmlText = { text };
  const t = title.replace(/\s+/g, ' ').trim();
  if (t) out.title = t;
  if (date) out.date = date;
  if (source) out.source = source;
  return out;
}
