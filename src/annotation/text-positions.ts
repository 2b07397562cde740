import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

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
 * included, comments and `<template>` contents excluded. The page is parsed by
 * parse5 as a browser that runs scripts parses it (as every client does), so a
 * `<noscript>` holds its source as one text node; without source positions or a
 * syntax tree conversion, since only the text and some ids are wanted.
 */
export function pageText(html: string, ids: ReadonlySet<string>): PageText {
  const body = findBody(parse(html, { scriptingEnabled: true }));
  const parts: string[] = [];
  const starts = new Map<string, number>();
  let length = 0;
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text' && 'value' in node) {
        parts.push(node.value);
        length += node.value.length;
      } else if ('tagName' in node) {
        const id = node.attrs.find((attr) => attr.name === 'id' && !attr.namespace)?.value;
        if (id !== undefined && ids.has(id) && !starts.has(id)) starts.set(id, length);
        // parse5 keeps a <template>'s contents in `content`, out of `childNodes`, as the DOM does.
        walk(node.childNodes);
      }
    }
  };
  if (body) walk(body.childNodes);
  return { text: parts.join(''), starts };
}

function findBody(document: { childNodes: Node[] }): Element | undefined {
  const html = document.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
  return html?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'body');
}
