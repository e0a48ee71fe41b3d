/** viz/label-space: the geometry that keeps labels off each other and off discs (table-driven). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabelSpace, discMeetsRect, rectFromBox, rectsMeet, type Rect } from '../../viz/label-space.js';
import { fitText } from '../../viz/draw.js';

const box = (x0: number, y0: number, x1: number, y1: number) => rectFromBox(x0, y0, x1, y1);
const turned = (cx: number, cy: number, hw: number, hh: number, deg: number): Rect => ({ cx, cy, hw, hh, angle: (deg * Math.PI) / 180 });

const RECTS: Array<[string, Rect, Rect, boolean]> = [
  ['apart', box(0, 0, 10, 10), box(20, 0, 30, 10), false],
  ['crossing', box(0, 0, 10, 10), box(5, 5, 15, 15), true],
  ['touching edges do not meet', box(0, 0, 10, 10), box(10, 0, 20, 10), false],
  ['45° bar across a box', turned(0, 0, 50, 2, 45), box(-5, -5, 5, 5), true],
  // axis-aligned bounding boxes overlap here, the rectangles do not
  ['45° bar beside a box corner', turned(0, 0, 50, 2, 45), box(10, -30, 20, -20), false],
];
for (const [name, a, b, want] of RECTS) test(`rectsMeet: ${name}`, () => { assert.equal(rectsMeet(a, b), want); assert.equal(rectsMeet(b, a), want); });

const DISCS: Array<[string, { x: number; y: number; r: number }, Rect, boolean]> = [
  ['disc inside', { x: 5, y: 5, r: 2 }, box(0, 0, 10, 10), true],
  ['disc beside', { x: 15, y: 5, r: 4 }, box(0, 0, 10, 10), false],
  ['disc at a corner, off the diagonal', { x: 13, y: 13, r: 4 }, box(0, 0, 10, 10), false],
  ['disc on a turned bar', { x: 20, y: 20, r: 3 }, turned(0, 0, 50, 2, 45), true],
  ['disc off a turned bar', { x: 20, y: -20, r: 3 }, turned(0, 0, 50, 2, 45), false],
];
for (const [name, d, r, want] of DISCS) test(`discMeetsRect: ${name}`, () => assert.equal(discMeetsRect({ key: 'd', ...d }, r), want));

test('LabelSpace: a taken label, and discs other than the excepted ones, are not free; a new frame frees them', () => {
  let asked = 0;
  const s = new LabelSpace(() => { asked++; return [{ key: 'A', x: 100, y: 100, r: 10 }, { key: 'B', x: 400, y: 100, r: 30 }]; });
  assert.equal(s.free(box(95, 95, 105, 105), 'A'), true, "a node's own disc");
  assert.equal(s.free(box(95, 95, 105, 105), null), false);
  assert.equal(s.free(box(360, 95, 372, 105), null), false, 'a big disc reaches over its grid cell');
  s.takeNodeLabel(box(0, 0, 50, 10));
  assert.equal(s.free(box(40, 5, 60, 15), null), false);
  s.takeEdgeLabel(turned(200, 200, 30, 5, 30));
  assert.equal(s.free(box(195, 195, 205, 205), null), false);
  s.resetEdgeLabels();
  assert.equal(s.free(box(195, 195, 205, 205), null), true, 'edge labels freed alone');
  assert.equal(s.free(box(40, 5, 60, 15), null), false, 'node labels kept');
  s.resetFrame();
  assert.equal(s.free(box(40, 5, 60, 15), null), true);
  assert.equal(s.free(box(95, 95, 105, 105), null), false);
  assert.equal(asked, 2, 'discs are asked once per frame');
});

// 7 px per character
const mono = { measureText: (t: string) => ({ width: 7 * t.length }) as TextMetrics };
const FITS: Array<[string, number, string]> = [
  ['condemn', 100, 'condemn'],
  ['minister of defense of', 100, 'minister of d…'],
  ['minister of defense of', 30, ''],
];
for (const [label, px, want] of FITS) test(`fitText(${label}, ${px})`, () => assert.equal(fitText(mono, label, px), want));
