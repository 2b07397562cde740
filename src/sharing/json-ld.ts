import type { Article } from '../editorial/site-data.ts';
import { absolute, articlePath, cardPath, sectionAnchorPath, sharePath } from './paths.ts';
import { ABOUT_PATH, publisher } from './publisher.ts';
import type { ShareSection } from './sections.ts';

/** A schema.org node as JSON-LD. */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** The site, published by Floorboards with its policies (each page names them once). */
const website = (): JsonLd => ({ '@type': 'WebSite', name: 'Floorboards', url: absolute('/'), publisher: publisher() });

/** The column the analysis reprints. Only what is known: who published it and the month (no headline, author or day). */
const originalColumn = (article: Article): JsonLd => ({
  '@type': 'NewsArticle',
  publisher: { '@type': 'NewsMediaOrganization', name: article.data.publication },
  datePublished: article.data.published,
  ...(article.data.byline ? { author: { '@type': 'Person', name: article.data.byline } } : {}),
  description: article.data.provenance,
});

const analysisId = (article: Article) => `${absolute(articlePath(article.id))}#analysis`;

/** A person with their role and affiliation at the time of the column. */
const personNode = (section: ShareSection): JsonLd => ({
  '@type': 'Person',
  name: section.name,
  jobTitle: section.person?.data.role,
  affiliation: { '@type': 'Organization', name: section.person?.data.affiliation },
  url: absolute(sharePath(section.article.id, section.id)),
});

/** An issue as the thing a section is about. */
const issueNode = (section: ShareSection): JsonLd => ({
  '@type': 'Thing',
  name: section.name,
  description: section.summary,
  url: absolute(sharePath(section.article.id, section.id)),
});

/** The section as a part of the article page. */
const sectionElement = (section: ShareSection): JsonLd => ({
  '@type': 'WebPageElement',
  name: section.name,
  description: section.summary,
  url: absolute(sectionAnchorPath(section.article.id, section.id)),
});

/** The article page: an analysis based on the original column, about its issues, mentioning its people. */
export function articleJsonLd(article: Article, sections: ShareSection[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'AnalysisNewsArticle',
    '@id': analysisId(article),
    url: absolute(articlePath(article.id)),
    headline: article.data.title,
    description: article.data.dek,
    inLanguage: 'en',
    image: absolute(cardPath(article.id)),
    dateModified: article.data.annotated,
    publisher: publisher(),
    isPartOf: { '@type': 'WebSite', name: 'Floorboards', url: absolute('/') },
    isBasedOn: originalColumn(article),
    // Issues by name and place; each share page describes its own (the article page has a byte budget).
    about: sections
      .filter((s) => s.kind === 'issue')
      .map((s) => ({ '@type': 'Thing', name: s.name, url: absolute(sharePath(article.id, s.id)) })),
    mentions: sections.filter((s) => s.kind === 'person').map(personNode),
    // Name and place only: `about` and `mentions` already describe each section (the page has a byte budget).
    hasPart: sections.map((section) => ({
      '@type': 'WebPageElement',
      name: section.name,
      url: absolute(sectionAnchorPath(article.id, section.id)),
    })),
  };
}

/** A share page: one section of the article, with a breadcrumb back to it. */
export function shareJsonLd(section: ShareSection, title: string): JsonLd {
  const { article } = section;
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    url: absolute(sharePath(article.id, section.id)),
    name: title,
    description: section.summary,
    inLanguage: 'en',
    image: absolute(cardPath(article.id, section.id)),
    isPartOf: website(),
    about: section.kind === 'person' ? personNode(section) : issueNode(section),
    mainEntity: {
      ...sectionElement(section),
      isPartOf: {
        '@type': 'AnalysisNewsArticle',
        '@id': analysisId(article),
        headline: article.data.title,
        url: absolute(articlePath(article.id)),
      },
    },
    breadcrumb: {
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Floorboards', item: absolute('/') },
        { '@type': 'ListItem', position: 2, name: article.data.title, item: absolute(articlePath(article.id)) },
        { '@type': 'ListItem', position: 3, name: section.name, item: absolute(sharePath(article.id, section.id)) },
      ],
    },
  };
}

/** The about page: the publisher, with the policies its sections state. */
export const aboutJsonLd = (title: string): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'AboutPage',
  url: absolute(ABOUT_PATH),
  name: title,
  inLanguage: 'en',
  mainEntity: publisher(),
});

/** JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLdText = (data: JsonLd | JsonLd[]) => JSON.stringify(data).replace(/</g, '\\u003c');
