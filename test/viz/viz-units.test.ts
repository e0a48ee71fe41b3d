/** Pure parts of the page (no browser): highlight runs, URL state, the node cap. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightRuns } from '../../viz/highlight.js';
import { defaultState, fromHash, toHash } from '../../viz/state.js';
import { buildModel, shownNodes } from '../../viz/model.js';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph } from '../../src/graph/enrich.js';
import { seedFixture } from '../graph/fixtures.js';
import { emptyView, syncView } from '../../viz/view-graph.js';
import { pairLabels } from '../../viz/edge-labels.js';
import { communityColor, nodeSize } from '../../viz/reducers.js';
import { fromPageGraph, splitPageGraph, toPageGraph } from '../../src/graph/page-data.js';
import { syntheticGraph } from '../fixtures/viz/synthetic.js';

test('highlightRuns should mark subject, relation and object', () => {
  const table: Array<[string, Parameters<typeof highlightRuns>[1], string]> = [
    ['Russia met Belarus.', { subject: 'Russia', relation: 'met', object: 'Belarus' }, '[s:Russia] [r:met] [o:Belarus].'],
    ['Belousov noted that the Russian Federation and Belarus continue to strengthen military cooperation',
      { subject: 'the Russian Federation', relation: 'strengthen military cooperation with', object: 'Belarus' },
      'Belousov noted that [s:the Russian Federation] and [o:Belarus] continue to [r:strengthen] [r:military] [r:cooperation]'],
    ['<script>x</script> Belarus hosted NATO', { subject: 'Belarus', relation: 'host', object: 'NATO observers' }, '<script>x</script> [s:Belarus] [r:hosted] NATO'],
    ['no match here', { subject: 'Russia', relation: 'meet', object: 'Belarus' }, 'no match here'],
    // One occurrence of each: the triple's own words, not every place the name occurs.
    ['Russia and Russia', { subject: ['Russian Federation', 'Russia'] }, '[s:Russia] and Russia'],
    // Whole words only: the mention "Iran" is not the start of "Iranian", "missile" not of "missiles".
    ['Iranian officials said Iran supplied missiles to Russia.', { subject: 'Iran', relation: 'supply', object: 'Russia' },
      'Iranian officials said [s:Iran] [r:supplied] missiles to [o:Russia].'],
    ['Iran fired a missile; Iranian missiles followed.', { subject: 'Iran', relation: 'fire', object: 'missile' }, '[s:Iran] [r:fired] a [o:missile]; Iranian missiles followed.'],
    // Named twice: the occurrence nearest the relation is the triple's.
    ['Russia said that Belarus and Russia signed a deal.', { subject: 'Russia', relation: 'sign', object: 'deal' }, 'Russia said that Belarus and [s:Russia] [r:signed] a [o:deal].'],
  ];
  for (const [text, terms, expected] of table) {
    const got = highlightRuns(text, terms).map((r) => (r.role ? `[${r.role[0]}:${r.text}]` : r.text)).join('');
    assert.equal(got, expected, text);
    assert.equal(highlightRuns(text, terms).map((r) => r.text).join(''), text, 'runs cover the text exactly');
  }
});

test('toHash/fromHash should round-trip the view state', () => {
  const s = defaultState();
  const table: Array<[(x: typeof s) => void, string]> = [
    [() => {}, ''],
    [(x) => { x.selected = 'BLR'; }, '#node=BLR'],
    [(x) => { x.hiddenRelations.add('HOST'); x.hiddenRelations.add('A&B'); x.minDegree = 2; }, '#node=BLR&hideRel=A%26B,HOST&minDeg=2'],
    [(x) => { x.sizeBy = 'pagerank'; x.colorBy = 'type'; x.hiddenTypes.add('person'); }, '#node=BLR&hideRel=A%26B,HOST&hideType=person&minDeg=2&size=pagerank&color=type'],
    [(x) => { x.top = 300; }, '#node=BLR&hideRel=A%26B,HOST&hideType=person&minDeg=2&size=pagerank&color=type&top=300'],
    [(x) => { x.top = 'all'; x.selected = null; x.hiddenRelations.clear(); x.hiddenTypes.clear(); x.minDegree = 0; x.sizeBy = 'degree'; x.colorBy = 'community'; }, '#top=all'],
  ];
  for (const [change, hash] of table) {
    change(s);
    assert.equal(toHash(s), hash);
    assert.deepEqual(fromHash(hash), s);
  }
});

test('shownNodes should keep the highest-degree nodes under the cap, plus expanded and selected', () => {
  const { triples } = seedFixture();
  const g = enrichGraph(buildGraph(triples));
  const table: Array<[number, Partial<ReturnType<typeof defaultState>>, string[]]> = [
    [2, {}, ['BLR', 'RUS']],
    [2, { selected: 'minsk' }, ['BLR', 'RUS', 'minsk']],
    [2, { expanded: new Set(['exercises']) }, ['BLR', 'RUS', 'exercises']],
    [100, { hiddenTypes: new Set(['country', 'organization', 'other', 'group', 'location']) }, ['alexander-lukashenko', 'andrei-belousov', 'vladimir-putin']],
    [100, { minDegree: 5 }, ['BLR', 'RUS']],
    // the Show control beyond the model's default, and "all"
    [2, { top: 'all', minDegree: 5 }, ['BLR', 'RUS']],
  ];
  for (const [cap, patch, expected] of table) {
    assert.deepEqual([...shownNodes(buildModel(g, cap), { ...defaultState(), ...patch })].sort(), expected, JSON.stringify({ cap, ...patch }));
  }
  assert.deepEqual([...shownNodes(buildModel(g, 2), { ...defaultState(), top: 3 })].sort(), buildModel(g, 2).byDegree.slice(0, 3).sort(), 'top 3 past a cap of 2');
  // A default under the cap (settings.initialShown) is what opens; "all" is every actor.
  assert.equal(shownNodes(buildModel(g, 100, undefined, 2), defaultState()).size, 2);
  assert.equal(shownNodes(buildModel(g, 2, undefined, 100), defaultState()).size, 2, 'never more than the cap by default');
  assert.equal(shownNodes(buildModel(g, 2), { ...defaultState(), top: 'all' }).size, g.order);
});

test('syncView should hold exactly the shown nodes and the edges among them, sharing attributes', () => {
  const full = enrichGraph(buildGraph(seedFixture().triples));
  const view = emptyView();
  const table: Array<[string[], number]> = [[['RUS', 'BLR'], 4], [['RUS', 'BLR', 'NATO'], 6], [['NATO', 'exercises'], 1], [[], 0]];
  for (const [shown, edges] of table) {
    syncView(full, view, new Set(shown));
    assert.deepEqual(view.nodes().sort(), [...shown].sort());
    assert.equal(view.size, edges, shown.join(','));
  }
  syncView(full, view, new Set(['RUS']));
  assert.equal(view.getNodeAttributes('RUS'), full.getNodeAttributes('RUS'), 'same object: layout moves show in both');
});

test('pairLabels should give one label per neighbour, best-supported relation first', () => {
  const g = buildGraph(seedFixture().triples);
  const labels = pairLabels(g, 'BLR');
  const toRus = [...labels].filter(([e]) => e.includes('RUS'));
  assert.equal(toRus.length, 4);
  assert.deepEqual(toRus.map(([, l]) => l).filter(Boolean), ['strengthen military cooperation with · conduct joint exercises with +1']);
  assert.equal(labels.get('BLR|HOST|NATO'), 'host');
  const filtered = pairLabels(g, 'BLR', (e) => !e.includes('STRENGTHEN'));
  assert.deepEqual([...filtered].filter(([e, l]) => e.includes('RUS') && l).map(([, l]) => l), ['conduct joint exercises with · prepare agreement with']);
});

test('a model of the head alone should colour, size and cap like the model of the whole graph', () => {
  const g = syntheticGraph(500, 2500, 'model-head');
  const { head } = splitPageGraph(g, toPageGraph(g), 80);
  const part = buildModel(fromPageGraph(head), 80, head.whole);
  const whole = buildModel(fromPageGraph(toPageGraph(g)), 80);
  assert.deepEqual(part.communities.map((c) => c.key), whole.communities.filter((c) => part.communities.some((p) => p.key === c.key)).map((c) => c.key));
  const state = defaultState();
  assert.deepEqual([...shownNodes(part, state)].sort(), [...shownNodes(whole, state)].sort());
  part.graph.forEachNode((n, a) => {
    assert.equal(communityColor(part, a.community), communityColor(whole, a.community), n);
    assert.equal(nodeSize(a, part, state), nodeSize(a, whole, state), n);
  });
  assert.deepEqual([part.order, part.size], [whole.order, whole.size]);
});

test('fromHash should ignore a Show value that is not a positive number or "all"', () => {
  for (const bad of ['#top=0', '#top=-5', '#top=1e3', '#top=x']) assert.equal(fromHash(bad).top, null, bad);
});

test('fromHash should not throw on a malformed escape and keep the raw text', () => {
  const s = fromHash('#node=%&hideRel=%E0%A4,COOPERATE_WITH&expand=a%2Cb');
  assert.equal(s.selected, '%');
  assert.deepEqual([...s.hiddenRelations].sort(), ['%E0%A4', 'COOPERATE_WITH']);
  assert.deepEqual([...s.expanded], ['a,b']);
});
