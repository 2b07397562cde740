import { describe, expect, test } from 'vitest';
import { timelineSpan } from '../../src/editorial/timeline.ts';

describe('timelineSpan', () => {
  test('places dates between the earliest (0) and the latest (100), whatever their order', () => {
    const span = timelineSpan(['2023-01-11', '2023-01-01', '2023-01-21']);
    expect([span.start, span.end]).toEqual(['2023-01-01', '2023-01-21']);
    expect(span.position('2023-01-01')).toBe(0);
    expect(span.position('2023-01-11')).toBe(50);
    expect(span.position('2023-01-21')).toBe(100);
  });

  test('reads a month or a year as its first day, and clamps dates outside the span', () => {
    const span = timelineSpan(['2023', '2023-12-31']);
    expect(span.position('2023-01')).toBe(0);
    expect(span.position('2022-06-01')).toBe(0);
    expect(span.position('2024-06-01')).toBe(100);
  });

  test('puts everything at 0 when the span has no length', () => {
    expect(timelineSpan(['2023-06-19']).position('2023-06-19')).toBe(0);
    expect(timelineSpan([]).position('2023-06-19')).toBe(0);
    expect(timelineSpan([]).start).toBeUndefined();
  });
});
