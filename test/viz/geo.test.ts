/** viz/geo: where the map layout puts each actor, and the bundle-time tables it draws from. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph } from '../../src/graph/enrich.js';
import { mapExtent, mapPositions } from '../../viz/geo.js';
import { countryCoords } from '../../src/page/country-coords.js';
import { worldOutline } from '../../src/page/world-outline.js';
import { seedFixture } from '../graph/fixtures.js';

const coords = countryCoords();
const g = enrichGraph(buildGraph(seedFixture().triples, seedFixture().docs));
const pos = mapPositions(g, coords);
const dist = (a: string, b: { x: number; y: number }) => Math.hypot(pos.get(a)!.x - b.x, pos.get(a)!.y - b.y);
const at = (iso: string) => ({ x: coords[iso][1], y: coords[iso][0] });

test('countries should sit at their world-countries coordinates', () => {
  for (const c of ['RUS', 'BLR', 'UKR', 'USA']) assert.deepEqual(pos.get(c), at(c), c);
  assert.deepEqual(coords.SLV, [13.83, -88.92]);
});

test('persons, bodies and places should sit around the country they act for or lie in', () => {
  const table: Array<[string, string]> = [['andrei-belousov', 'RUS'], ['russian-ministry-of-defense', 'RUS'], ['alexander-lukashenko', 'BLR'], ['minsk', 'BLR'], ['wagner-group', 'RUS']];
  for (const [n, c] of table) {
    assert.equal(g.getNodeAttribute(n, 'country'), c);
    // (a spiral around the country, then spread so labels do not meet: at most 15° further)
    assert.ok(dist(n, at(c)) < 22, `${n} within 22° of ${c} (${JSON.stringify(pos.get(n))})`);
    const nearest = ['RUS', 'BLR', 'UKR', 'USA'].sort((x, y) => dist(n, at(x)) - dist(n, at(y)))[0];
    assert.equal(nearest, c, `${n} nearer ${c} than any other country of the graph`);
    assert.notDeepEqual(pos.get(n), at(c), `${n} not on top of ${c}`);
  }
});

test('an actor with no country should sit near its placed neighbours, and one with none under the map', () => {
  // NATO's neighbours are Russia, Belarus and the Union State, far apart: half-way between
  // Belarus and Russia's coordinates (Siberia's) is Kazakhstan, near none of them. It sits by
  // the one it is most tied to, and concepts of both likewise.
  const mid = { x: (at('RUS').x + at('BLR').x) / 2, y: (at('RUS').y + at('BLR').y) / 2 };
  const byNeighbours = g.nodes().filter((n) => g.getNodeAttribute(n, 'type') !== 'country' && !g.getNodeAttribute(n, 'country') && !g.getNodeAttribute(n, 'docCountry'));
  assert.ok(byNeighbours.includes('NATO') && byNeighbours.includes('exercises'), byNeighbours.join());
  for (const n of byNeighbours) {
    const near = g.neighbors(n).filter((m) => pos.has(m)).sort((x, y) => dist(n, pos.get(x)!) - dist(n, pos.get(y)!))[0];
    assert.ok(dist(n, pos.get(near)!) < 22, `${n} within 22° of ${near}: ${JSON.stringify(pos.get(n))}`);
  }
  assert.ok(dist('NATO', mid) > 20, `NATO not half-way between Belarus and Russia: ${JSON.stringify(pos.get('NATO'))}`);
  const lone = buildGraph([...seedFixture().triples.slice(0, 1), { ...seedFixture().triples[0], id: 'x', subject: { id: 'a', name: 'A', type: 'other', mention: 'A' }, object: { id: 'b', name: 'B', type: 'other', mention: 'B' } }]);
  const p = mapPositions(lone, coords);
  assert.ok(p.get('a')!.y < -58 && p.get('b')!.y < -58, 'unplaced rows under 58°S');
  assert.notDeepEqual(p.get('a'), p.get('b'));
  assert.ok(mapExtent(p).y[0] < p.get('a')!.y, 'the frame includes the rows');
});

test('an actor with no country of its own should sit by the country its documents were filed in', () => {
  // "the guerrillas" of a story datelined San Salvador, and a concept with no placed neighbour
  const t = seedFixture().triples[0];
  const place = { name: 'SAN SALVADOR', country: 'SLV', from: 'dateline' as const };
  const ev = { ...t.evidence, doc: 'muc-1', place };
  const wire = buildGraph([
    { ...t, id: 'w1', evidence: ev, subject: { id: 'guerrillas', name: 'guerrillas', type: 'group', mention: 'THE GUERRILLAS' }, object: { id: 'c:bridge', name: 'bridge', type: 'other', mention: 'A BRIDGE' } },
  ]);
  assert.equal(wire.getNodeAttribute('guerrillas', 'docCountry'), 'SLV');
  assert.deepEqual(wire.getAttribute('docs')['muc-1'].place, { name: 'SAN SALVADOR', country: 'SLV' });
  const p = mapPositions(wire, coords);
  for (const n of ['guerrillas', 'c:bridge']) assert.ok(Math.hypot(p.get(n)!.x - at('SLV').x, p.get(n)!.y - at('SLV').y) < 22, `${n} near SLV: ${JSON.stringify(p.get(n))}`);
  // (without the documents' place both would be in the rows under the map)
  for (const n of ['guerrillas', 'c:bridge']) assert.ok(p.get(n)!.y > -58);
});

test('the rows of unplaced actors should lie south of every line of the outline (Antarctica is left out)', () => {
  let south = 0;
  for (const l of worldOutline()) for (let i = 1; i < l.length; i += 2) south = Math.min(south, l[i]);
  assert.ok(south > -60, `outline reaches ${south}°`);
  const lone = buildGraph([{ ...seedFixture().triples[0], id: 'x', subject: { id: 'a', name: 'A', type: 'other', mention: 'A' }, object: { id: 'b', name: 'B', type: 'other', mention: 'B' } }]);
  for (const p of mapPositions(lone, coords).values()) assert.ok(p.y < south - 3, `row at ${p.y}° vs outline ${south}°`);
});

test('every node should get a distinct position', () => {
  const seen = new Set([...pos.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
  assert.equal(seen.size, g.order);
});

test('the world outline should be polylines in degrees, none jumping across the antimeridian', () => {
  const lines = worldOutline();
  assert.ok(lines.length > 200, `${lines.length} lines`);
  for (const l of lines) {
    assert.equal(l.length % 2, 0);
    for (let i = 0; i < l.length; i += 2) {
      assert.ok(Math.abs(l[i]) <= 180 && Math.abs(l[i + 1]) <= 90);
      if (i >= 2) assert.ok(Math.abs(l[i] - l[i - 2]) <= 180, 'no antimeridian jump');
    }
  }
  assert.ok(JSON.stringify(lines).length < 120_000, 'small enough to embed');
});
