/**
 * The file exports (graph/formats/): each file is read back with the format's own reader
 * (graphology-graphml, graphology-gexf; for CSV a strict RFC 4180 reader of the test's own) and
 * must give back every node, edge and attribute, also for names full of markup and quotes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { buildGraph, type ActorGraph } from '../../../src/graph/build.js';
import { enrichGraph } from '../../../src/graph/enrich.js';
import { toGraphml } from '../../../src/graph/formats/graphml.js';
import { toGexf } from '../../../src/graph/formats/gexf.js';
import { toCsv } from '../../../src/graph/formats/csv.js';
import { toJsonl } from '../../../src/graph/formats/jsonl.js';
import { edgeRecords, nodeRecords } from '../../../src/graph/formats/flat.js';
import { escapeXml, xmlLegal } from '../../../src/graph/formats/xml-text.js';
import { seedFixture } from '../fixtures.js';
import type { Triple } from '../../../src/types.js';

/** The seed graph plus one actor and one evidence id whose text would break a careless writer. */
function hostileGraph(): ActorGraph {
  const { triples, docs } = seedFixture();
  const base = triples[0];
  const nasty: Triple = {
    ...base, id: 'nasty-1',
    subject: { ...base.subject, id: 'A&B<"x">', name: 'A & B <"Quoted"> \'s, Ltd\u0001', mention: 'A, "B"\nline two\ttab' },
    object: { ...base.object, id: 'RUS' },
    relation: { ...base.relation, label: 'sue <in> court, & "win"\nline two\ttab', type: 'SUE' },
  };
  return enrichGraph(buildGraph([...triples, nasty], docs), { seed: 'test' });
}

/** A parser that throws on any XML error or warning (xmldom only logs them by default). */
function strictXml(text: string): void {
  const fail = (m: string) => { throw new Error(`XML: ${m}`); };
  new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}

/** What every reader must give back: the flat records, with XML-forbidden characters replaced. */
function expected(g: ActorGraph, legal = (s: string) => s) {
  const fix = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? legal(v) : v]));
  return { nodes: nodeRecords(g).map(fix), edges: edgeRecords(g).map(fix) };
}

function recordsOf(read: MultiDirectedGraph) {
  return {
    nodes: read.mapNodes((id, a) => ({ id, ...a })),
    edges: read.mapEdges((id, a, source, target) => ({ id, source, target, ...a })),
  };
}

test('GraphML should read back with graphology-graphml: every node, edge and typed attribute', () => {
  const g = hostileGraph();
  const text = toGraphml(g);
  strictXml(text);
  const read = graphml.parse(MultiDirectedGraph, text);
  assert.deepEqual(recordsOf(read), expected(g, xmlLegal));
  // the hostile node kept its id exactly, and its name only lost the control character
  assert.equal(read.getNodeAttribute('A&B<"x">', 'label'), 'A & B <"Quoted"> \'s, Ltd\uFFFD');
  assert.equal(typeof read.getEdgeAttribute(read.edges()[0], 'negated'), 'boolean');
  assert.equal(read.getEdgeAttribute('A&B<"x">|SUE|RUS', 'label'), 'sue <in> court, & "win"\nline two\ttab');
});

test('GEXF should read back with graphology-gexf: every node, edge and attribute, count as weight', () => {
  const g = hostileGraph();
  const text = toGexf(g);
  strictXml(text);
  const read = gexf.parse(MultiDirectedGraph, text);
  const want = expected(g, xmlLegal);
  const got = recordsOf(read);
  // graphology-gexf gives the weight back as an attribute of its own
  assert.deepEqual(got.edges.map((e: Record<string, unknown>) => e.weight), want.edges.map((e) => e.count));
  assert.deepEqual(got.nodes, want.nodes);
  assert.deepEqual(got.edges.map(({ weight: _w, ...e }: Record<string, unknown>) => e), want.edges);
});

/** RFC 4180, strictly: quoted fields with doubled quotes and line breaks, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], f = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      f += c; i++; continue;
    }
    if (c === '"') { assert.equal(f, '', 'a quote inside an unquoted field'); quoted = true; i++; continue; }
    if (c === ',') { row.push(f); f = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i += 2; continue; }
    assert.ok(c !== '\n' && c !== '\r', `a bare line break at ${i}`);
    f += c; i++;
  }
  assert.equal(f + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

test('CSV should be one node list and one edge list, RFC 4180, every value exact', () => {
  const g = hostileGraph();
  const { nodes, edges } = toCsv(g);
  const asText = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === undefined ? '' : String(v)]));
  for (const [text, records] of [[nodes, nodeRecords(g)], [edges, edgeRecords(g)]] as const) {
    const [header, ...rows] = parseCsv(text);
    assert.deepEqual(header, Object.keys(records[0]));
    assert.deepEqual(rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]]))), records.map(asText));
  }
  assert.match(edges, /"sue <in> court, & ""win""\nline two\ttab"/, 'a label with a comma, quotes and a line break is quoted');
});

test('JSONL should hold every node then every edge, lists as lists, labels of the Neo4j model', () => {
  const g = hostileGraph();
  const lines = [...toJsonl(g)].join('').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, g.order + g.size);
  const nodes = lines.filter((l) => l.type === 'node'), rels = lines.filter((l) => l.type === 'relationship');
  assert.deepEqual(nodes.map((n) => n.id), g.nodes());
  assert.deepEqual(rels.map((r) => r.id), g.edges());
  assert.deepEqual(nodes.find((n) => n.id === 'exercises').labels, ['Concept']);
  assert.deepEqual(nodes.find((n) => n.id === 'RUS').properties.aliases, g.getNodeAttribute('RUS', 'aliases'));
  const r = rels.find((x) => x.id === g.edges()[0]);
  assert.deepEqual([r.label, r.start, r.end, r.properties.evidence, r.properties.count],
    [g.getEdgeAttribute(r.id, 'type'), { id: g.source(r.id), labels: ['Actor'] }, { id: g.target(r.id), labels: ['Actor'] }, g.getEdgeAttribute(r.id, 'evidence'), g.getEdgeAttribute(r.id, 'count')]);
});

test('escapeXml should escape markup and replace only what XML 1.0 forbids', () => {
  const table: Array<[string, string]> = [
    ['a < b & "c" \'d\' > e', 'a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e'],
    ['tab\tnl\ncr\r', 'tab&#9;nl&#10;cr&#13;'],
    ['nul\u0000bell\u0007', 'nul\uFFFDbell\uFFFD'],
    ['lone \uD800 pair \uD83D\uDE00', 'lone \uFFFD pair \uD83D\uDE00'],
    ['\uFFFF é ü 中', '\uFFFD é ü 中'],
  ];
  for (const [input, want] of table) assert.equal(escapeXml(input), want, JSON.stringify(input));
});

test('an id holding a character XML forbids should stop GraphML and GEXF with its name', () => {
  const { triples } = seedFixture();
  const t = { ...triples[0], subject: { ...triples[0].subject, id: 'bad\u0002id' } };
  const g = buildGraph([t]);
  assert.throws(() => toGraphml(g), /bad\\u0002id.*GraphML/);
  assert.throws(() => toGexf(g), /bad\\u0002id.*GEXF/);
});
