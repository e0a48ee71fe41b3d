/** graph/evidence-day: which date a piece of evidence counts under on the timeline. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, evidenceDay, isoDay } from '../../src/graph/evidence-day.js';

test('evidenceDay should take the triple time when it is a full date, else the document date', () => {
  const table: Array<[string | undefined, string | undefined, string | null]> = [
    ['1989-05-14', '1989-06-01', '1989-05-14'],
    ['1989', '1989-06-01', '1989-06-01'],        // a bare year is vaguer than the dateline's day
    ['1989-07', '1989-06-01', '1989-06-01'],
    ['MORNING', '1990-01-03', '1990-01-03'],     // an unresolved expression
    [undefined, '1990-01', '1990-01-01'],        // a partial document date: its first day
    [undefined, undefined, null],
    ['yesterday', 'no date', null],
    ['1990-02-31', undefined, null],             // not a date
  ];
  for (const [time, date, want] of table) {
    const d = evidenceDay(time, date);
    assert.equal(d === null ? null : isoDay(d), want, `${time} / ${date}`);
  }
});

test('dayOf and isoDay should round-trip, before 1970 too', () => {
  for (const iso of ['1970-01-01', '1954-03-09', '1990-01-03', '2024-02-29']) assert.equal(isoDay(dayOf(iso)!), iso);
  assert.equal(dayOf('1970-01-02'), 1);
});
