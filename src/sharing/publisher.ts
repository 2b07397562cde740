/**
 * Floorboards as a publisher: a schema.org NewsMediaOrganization carrying the Trust
 * Project's signals, each a link to the section of /about/ that states it.
 * https://thetrustproject.org/trust-project-indicators-for-publishers/
 * https://schema.org/NewsMediaOrganization
 */
import type { JsonLd } from './json-ld.ts';
import { absolute } from './paths.ts';

/** The about page. */
export const ABOUT_PATH = '/about/';

/** Ids of the /about/ sections that state each policy, so the page and the JSON-LD cannot drift apart. */
export const aboutSections = {
  /** What the site is and the rules every note follows. */
  principles: 'about-notes',
  /** How a fact-check's verdict is reached and rated. */
  verification: 'about-verdicts',
  ethics: 'about-ethics',
  corrections: 'about-corrections',
  /** How to report an error, and what happens next. */
  feedback: 'about-feedback',
  /** Who publishes the site. */
  masthead: 'about-masthead',
} as const;

const aboutUrl = (section: keyof typeof aboutSections) => absolute(`${ABOUT_PATH}#${aboutSections[section]}`);

/** The publisher by name and node id: where a page already carries its policies (or needs not). */
export const publisherRef = (): JsonLd => ({
  '@type': 'NewsMediaOrganization',
  '@id': absolute('/#publisher'),
  name: 'Floorboards',
  url: absolute('/'),
});

/** The site as a NewsMediaOrganization, with a link for each policy it publishes. */
export const publisher = (): JsonLd => ({
  ...publisherRef(),
  publishingPrinciples: aboutUrl('principles'),
  verificationFactCheckingPolicy: aboutUrl('verification'),
  ethicsPolicy: aboutUrl('ethics'),
  correctionsPolicy: aboutUrl('corrections'),
  actionableFeedbackPolicy: aboutUrl('feedback'),
  masthead: aboutUrl('masthead'),
});
