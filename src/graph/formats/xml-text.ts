/**
 * actorgraph/graph/formats/xml-text — text that is safe inside an XML 1.0 element or attribute.
 *
 * Two things can break a GraphML or GEXF file made from news text: the five markup characters
 * (escaped here as entities) and characters XML 1.0 does not allow at all, even escaped (C0
 * controls other than tab, LF and CR, lone UTF-16 surrogates, U+FFFE and U+FFFF). A file holding
 * one of those is refused whole by every reader (Gephi, xmldom, libxml2), so each is replaced by
 * U+FFFD, the replacement character, and the rest of the file still opens.
 * Tab, LF and CR are written as character references in attributes, where a reader would
 * otherwise normalise them to spaces.
 *
 * @example escapeXml('a < "b" \u0001') // 'a &lt; &quot;b&quot; \uFFFD'
 */
import { ActorGraphError } from '../../errors.js';

/** Characters XML 1.0 does not allow (lone surrogates matched by the u-less regex pair check below). */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** True when the text holds a character XML 1.0 forbids (an id with one cannot be written as it is). */
export function hasIllegalXml(s: string): boolean {
  ILLEGAL.lastIndex = 0;
  const found = ILLEGAL.test(s);
  ILLEGAL.lastIndex = 0;
  return found;
}

/**
 * Refuses a graph whose node or edge ids hold a character XML forbids: replacing it would change
 * the id (and could make two ids one), so the export stops and names the id.
 */
export function checkXmlIds(ids: Iterable<string>, format: string): void {
  for (const id of ids) {
    if (hasIllegalXml(id)) {
      throw new ActorGraphError(`actorgraph/export: the id ${JSON.stringify(id)} holds a character XML 1.0 forbids, so it cannot be written to ${format}`,
        'Export as csv or jsonl instead, or fix the id in your actor dictionary (--actors).');
    }
  }
}

/** The text with XML-illegal characters replaced by U+FFFD (no escaping): for writers that escape themselves. */
export function xmlLegal(s: string): string {
  return s.replace(ILLEGAL, '\uFFFD');
}

/** Escaped for an attribute value or element text (both quote kinds, and tab/LF/CR kept exactly). */
export function escapeXml(s: string): string {
  return xmlLegal(s).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}
