/** viz/timeline: histogram bins, the outlier-proof span, counts in a range, and the URL form. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph } from '../../src/graph/build.js';
import { dayOf, isoDay } from '../../src/graph/evidence-day.js';
import { binLabel, binsRange, buildTimeline, countsInRange, rangeFromParam, rangeToParam } from '../../viz/timeline.js';
import { buildGraph } from '../../src/graph/build.js';
import { fromPageGraph, splitPageGraph, toPageGraph } from '../../src/graph/page-data.js';
import { seedFixture } from '../graph/fixtures.js';

/** A graph whose edges have the given evidence dates (null: undated). */
function dated(edges: Record<string, Array<string | null>>): ActorGraph {
  const g: ActorGraph = new MultiDirectedGraph();
  for (const [key, dates] of Object.entries(edges)) {
    const [s, type, t] = key.split('|');
    g.mergeNode(s, { label: s, type: 'country', mentions: 1 });
    g.mergeNode(t, { label: t, type: 'country', mentions: 1 });
    g.addDirectedEdgeWithKey(key, s, t, {
      label: type, type, lemma: type, negated: false, modality: 'asserted', count: dates.length,
      evidence: dates.map((_, i) => `${key}#${i}`), days: dates.map((d) => (d ? dayOf(d) : null)),
    });
  }
  return g;
}

const day = (s: string) => dayOf(s)!;

test('buildTimeline should bin by day, month or year as the span asks, and count undated apart', () => {
  const table: Array<[Record<string, Array<string | null>>, string, string[], number[], number]> = [
    [{ 'A|X|B': ['2024-12-03', '2024-12-06'], 'B|Y|C': ['2024-12-06', null] }, 'day', ['2024-12-03', '2024-12-04', '2024-12-05', '2024-12-06'], [1, 0, 0, 2], 1],
    [{ 'A|X|B': ['1989-01-15', '1989-06-02', '1989-06-30'], 'B|Y|C': ['1989-03-01'] }, 'month', ['1989-01', '1989-02', '1989-03', '1989-04', '1989-05', '1989-06'], [1, 0, 1, 0, 0, 2], 0],
    [{ 'A|X|B': ['1980-05-01', '1995-01-01'] }, 'year', Array.from({ length: 16 }, (_, i) => String(1980 + i)), [1, ...Array(14).fill(0), 1], 0],
  ];
  for (const [edges, unit, labels, counts, undated] of table) {
    const tl = buildTimeline(dated(edges))!;
    assert.equal(tl.unit, unit);
    assert.deepEqual(tl.bins.map((b) => binLabel(b.start, tl.unit)), labels);
    assert.deepEqual(tl.bins.map((b) => b.count), counts);
    assert.equal(tl.undated, undated);
  }
});

test('buildTimeline should return null when nothing is dated (the page then shows no timeline)', () => {
  assert.equal(buildTimeline(dated({ 'A|X|B': [null, null] })), null);
  assert.equal(buildTimeline(buildGraph(seedFixture().triples)), null, 'a graph without days');
});

test('a stray date years away should not stretch the histogram: it joins the end bar', () => {
  const dates = Array.from({ length: 200 }, (_, i) => isoDay(day('1989-01-01') + i * 3));
  const tl = buildTimeline(dated({ 'A|X|B': [...dates, '1954-06-01'] }))!;
  assert.equal(tl.unit, 'month');
  assert.equal(binLabel(tl.bins[0].start, tl.unit), '1989-01');
  assert.equal(tl.before, 1);
  assert.equal(tl.bins.reduce((n, b) => n + b.count, 0), 201, 'every dated evidence is in a bar');
  // Brushing the first bar reaches back to the stray date: January's 11 and the 1954 one.
  assert.equal(tl.bins[0].count, 12);
  assert.equal(countsInRange(tl, binsRange(tl, 0, 0), false).get('A|X|B'), 12);
});

test('countsInRange should give each edge its evidence in the range, undated only with the switch on', () => {
  const tl = buildTimeline(dated({ 'A|X|B': ['1989-01-15', '1989-06-02', null], 'B|Y|C': ['1989-03-01'], 'C|Z|A': [null] }))!;
  const march = { from: day('1989-03-01'), to: day('1989-03-31') };
  const table: Array<[typeof march | null, boolean, Record<string, number>]> = [
    [null, true, { 'A|X|B': 3, 'B|Y|C': 1, 'C|Z|A': 1 }],
    [null, false, { 'A|X|B': 2, 'B|Y|C': 1 }],
    [march, true, { 'A|X|B': 1, 'B|Y|C': 1, 'C|Z|A': 1 }],
    [march, false, { 'B|Y|C': 1 }],
    [{ from: day('1989-01-01'), to: day('1989-06-02') }, false, { 'A|X|B': 2, 'B|Y|C': 1 }],
  ];
  for (const [range, undated, want] of table) assert.deepEqual(Object.fromEntries(countsInRange(tl, range, undated)), want, JSON.stringify([range, undated]));
});

test('a range should survive the URL, and a malformed one be ignored', () => {
  const r = { from: day('1989-05-01'), to: day('1989-08-31') };
  assert.equal(rangeToParam(r), '1989-05-01..1989-08-31');
  assert.deepEqual(rangeFromParam(rangeToParam(r)), r);
  for (const bad of ['1989-05-01', '1989-08-31..1989-05-01', 'x..y', '', null]) assert.equal(rangeFromParam(bad), null, String(bad));
});

test('the page graph should carry evidence days from the triple time or the document date, split or not', () => {
  const { triples, docs } = seedFixture();
  const g = buildGraph(triples, docs);
  const p = toPageGraph(g);
  assert.ok(p.days, 'days present for a dated corpus');
  const back = fromPageGraph(JSON.parse(JSON.stringify(p)));
  assert.deepEqual(back.getEdgeAttribute('UKR|ACCUSE|RUS', 'days')!.map((d) => isoDay(d!)), ['2024-12-06']);
  assert.deepEqual(back.getEdgeAttribute('BLR|HOST|NATO', 'days')!.map((d) => isoDay(d!)), ['2024-12-05']);
  const { head, rest } = splitPageGraph(g, p, 4);
  assert.equal(head.days!.length, head.evidence.length);
  assert.equal(rest!.days!.length, rest!.evidence.length);
  assert.equal(toPageGraph(buildGraph(triples)).days, undefined, 'no days block for an undated corpus');
});
