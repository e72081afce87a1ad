// parseCalendarDate: datelines in either order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCalendarDate } from './index.ts';

test('plain dates in every order datelines use', () => {
  const rows: [string, string | undefined, string | null][] = [
    ['December 16, 2003', undefined, '2003-12-16'],
    ['16 December 2023', undefined, '2023-12-16'],
    ['8 OCTOBER 2022', undefined, '2022-10-08'],
    ['2024-10-02', undefined, '2024-10-02'],
    ['May 12', '2009-01-01', '2009-05-12'],
    ['May 12', '2009-12-31', '2009-05-12'],
    ['May 12', undefined, null],
    ['Sept. 3, 2019', undefined, '2019-09-03'],
    ['3rd September 2019', undefined, '2019-09-03'],
    ['Monday, December 15, 2003', undefined, '2003-12-15'],
    ['  April 5, 2025.  ', undefined, '2025-04-05'],
    ['February 29, 2024', undefined, '2024-02-29'],
    ['February 29, 2023', undefined, null],
    ['2024-02-30', undefined, null],
    ['December 2003', undefined, null],
    ['in December 16, 2003', undefined, null],
    ['Office of the Spokesperson', undefined, null],
    ['', undefined, null],
  ];
  for (const [s, ref, want] of rows) assert.equal(parseCalendarDate(s, ref), want, `${s} (${ref ?? 'no reference'})`);
});
