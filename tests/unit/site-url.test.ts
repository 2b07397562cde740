import { describe, expect, test } from 'vitest';
import { deploySiteProblem, PLACEHOLDER_SITE } from '../../scripts/site-url.mjs';

describe('the SITE_URL a deploy build accepts', () => {
  test('a real https origin', () => {
    expect(deploySiteProblem('https://notes.example.org')).toBeUndefined();
    expect(deploySiteProblem('https://notes.example.org/')).toBeUndefined();
  });

  test.each([
    [undefined, /SITE_URL is not set.*placeholder https:\/\/floorboards\.example/],
    ['', /SITE_URL is not set/],
    [PLACEHOLDER_SITE, /SITE_URL is the placeholder/],
    ['https://floorboards.example/', /SITE_URL is the placeholder/],
    ['https://other.test', /SITE_URL "https:\/\/other\.test" is in a domain reserved/],
    ['https://localhost:4321', /reserved/],
    ['http://notes.example.org', /is not https/],
    ['https://notes.example.org/floorboards/', /not an origin alone/],
    ['notes.example.org', /is not a URL/],
  ])('refused: %s', (value, message) => {
    const problem = deploySiteProblem(value);
    expect(problem).toMatch(message);
    expect(problem).toMatch(/set SITE_URL to the public origin/);
  });
});
