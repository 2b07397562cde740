// Positions and measures carry their dates: a stance is as of its newest statement and
// says when the issue has moved since; a measure past its end date says what followed
// or that nothing on record says.
import { describe, expect, test } from 'vitest';
import { measureEnd } from '../../src/editorial/measure-end.ts';
import type { TimelineEvent } from '../../src/editorial/site-data.ts';
import { datedStances } from '../../src/editorial/stances.ts';
import type { Stance } from '../../src/schemas/stance.ts';

// Plain stand-ins for content entries: only the fields the modules read.
const event = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  ({
    id,
    data: { date, title: `Event ${id}`, issues: ['taiwan'], scheduled: false, ...extra },
  }) as unknown as TimelineEvent;
const words = (date: string) =>
  ({ text: `said on ${date}`, speaker: 'S', date, source: {} }) as Stance['words'][number];
const stance = (party: string, ...dates: string[]) => ({ party, position: 'P', words: dates.map(words) }) as Stance;

describe('datedStances', () => {
  const events = [
    event('old', '2023-06-19'),
    event('drills', '2025-12-29'),
    event('planned', '2026-12-20', { scheduled: true }),
    event('elsewhere', '2026-01-05', { issues: ['fentanyl'] }),
  ];

  test('puts the newest statement first and dates the stance by it', () => {
    const [dated] = datedStances(
      [stance('us', '2023-06-19', '2025-02-13', '1979-04-10')],
      events,
      'taiwan',
      '2026-12-03',
    );
    expect(dated!.words.map((w) => w.date)).toEqual(['2025-02-13', '2023-06-19', '1979-04-10']);
    expect(dated!.asOf).toBe('2025-02-13');
  });

  test('a stance older than the issue’s latest past event names that event; scheduled and other issues’ events do not count', () => {
    const [older, current] = datedStances(
      [stance('us', '2025-02-13'), stance('cn', '2025-12-30')],
      events,
      'taiwan',
      '2026-12-03',
    );
    expect(older!.overtakenBy?.id).toBe('drills');
    expect(current!.overtakenBy).toBeUndefined();
  });

  test('a month-dated statement is overtaken only by a later month', () => {
    const [sameMonth] = datedStances([stance('tw', '2025-12')], events, 'taiwan', '2026-12-03');
    expect(sameMonth!.overtakenBy).toBeUndefined();
    const [earlier] = datedStances([stance('tw', '2025-11')], events, 'taiwan', '2026-12-03');
    expect(earlier!.overtakenBy?.id).toBe('drills');
  });
});

describe('measureEnd', () => {
  const suspension = event('suspension', '2025-11-09', { ends: '2026-11-27' });
  const followed = event('suspension', '2025-11-09', { ends: '2026-11-27', followedBy: 'renewed' });
  const renewed = event('renewed', '2026-11-26');
  const all = new Map([renewed].map((e) => [e.id, e]));

  test('an event without an end date is no measure', () => {
    expect(measureEnd(event('x', '2025-01-01'), all, '2026-12-03')).toBeUndefined();
  });

  test('before and on its end date it is running', () => {
    expect(measureEnd(suspension, all, '2026-11-27')).toEqual({ state: 'running', ends: '2026-11-27' });
  });

  test('after its end date with nothing recorded it says so, as of the day', () => {
    expect(measureEnd(suspension, all, '2026-12-03')).toEqual({
      state: 'unknown',
      ends: '2026-11-27',
      asOf: '2026-12-03',
    });
  });

  test('a recorded sequel is named', () => {
    expect(measureEnd(followed, all, '2026-12-03')).toMatchObject({ state: 'followed', next: { id: 'renewed' } });
  });

  test('a month-dated end runs to the month’s last day', () => {
    const monthly = event('m', '2025-11-09', { ends: '2026-11' });
    expect(measureEnd(monthly, all, '2026-11-30')?.state).toBe('running');
    expect(measureEnd(monthly, all, '2026-12-01')?.state).toBe('unknown');
  });
});
