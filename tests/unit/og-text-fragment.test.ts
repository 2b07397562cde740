import { describe, expect, test } from 'vitest';
import { textFragment } from '../../src/sharing/paths.ts';

describe('textFragment', () => {
  test('encodes a short passage whole', () => {
    expect(textFragment('Gil said')).toBe(':~:text=Gil%20said');
  });

  test('escapes the characters that are syntax in a text directive', () => {
    expect(textFragment('military-to-military, & more')).toBe(':~:text=military%2Dto%2Dmilitary%2C%20%26%20more');
  });

  test('gives a long passage by its first and last four words', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragment(words)).toBe(':~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  test('keeps curly quotes and apostrophes as UTF-8', () => {
    expect(textFragment('that’s what he got')).toBe(':~:text=that%E2%80%99s%20what%20he%20got');
  });
});
