import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A page's text as annotation clients count it, and where some elements start in it. */
export interface PageText {
  /** `document.body.textContent`: every text node under `<body>`, in document order. */
  text: string;
  /** Element id → offset in `text` of the element's first character. */
  starts: Map<string, number>;
}

/**
 * The page's text as the W3C TextPositionSelector counts it for Hypothesis
 * (`dom-anchor-text-position` walks every text node under the root it is given,
 * and the Hypothesis client anchors against `document.body`) and Apache Annotator:
 * the body's `textContent`. That is all text nodes, whitespace, scripts and styles
 * included, comments and `<template>` contents excluded. A browser that runs scripts
 * (as every client does) parses `<noscript>` as raw text; hast-util-from-html parses it
 * as markup, so its text is taken from the source instead.
 */
export function pageText(html: string, ids: ReadonlySet<string>): PageText {
  const body = findBody(fromHtml(html));
  const parts: string[] = [];
  const starts = new Map<string, number>();
  let length = 0;
  const walk = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        parts.push(node.value);
        length += node.value.length;
      } else if (node.type === 'element') {
        const id = node.properties.id;
        if (typeof id === 'string' && ids.has(id) && !starts.has(id)) starts.set(id, length);
        if (node.tagName === 'noscript') {
          const raw = rawText(html, node);
          parts.push(raw);
          length += raw.length;
        }
        // hast keeps a <template>'s contents in `content`, out of `children`, as the DOM does.
        else walk(node.children);
      }
    }
  };
  if (body) walk(body.children);
  return { text: parts.join(''), starts };
}

function findBody(root: Root): Element | undefined {
  const html = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  return html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body');
}

/** The source between an element's start and end tags. */
function rawText(html: string, node: Element): string {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return '';
  const source = html.slice(start.offset, end.offset);
  const close = source.toLowerCase().lastIndexOf('</');
  return source.slice(source.indexOf('>') + 1, close === -1 ? undefined : close);
}
