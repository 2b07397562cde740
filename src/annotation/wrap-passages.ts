import type { Element, ElementContent, Text } from 'hast';
import type { TextMap } from './text-map.ts';
import { MENTION_CLASS, PASSAGE_CLASS } from './markup.ts';

/** One found passage of a note, with its element id. */
export interface PlacedAnchor {
  id: string;
  note: string;
  start: number;
  end: number;
}

/** One mention to link; it lies inside a single text node. */
export interface PlacedMention {
  section: string;
  start: number;
  end: number;
}

interface Segment {
  start: number;
  end: number;
  notes: string[];
  /** Ids of the anchors that begin here. */
  ids: string[];
}

/**
 * Wraps passages in `<mark class="passage" data-notes>` and mentions in
 * `<a class="mention">`, node by node, in one walk over the text runs.
 * Overlapping passages split into segments, each listing every note that covers it;
 * the first segment of each passage carries the passage's id. Only element
 * boundaries are added: every character of the column stays where it was.
 */
export function wrapPassages(map: TextMap, anchors: readonly PlacedAnchor[], mentions: readonly PlacedMention[]): void {
  const events = anchors
    .flatMap((anchor) => [
      { at: anchor.start, anchor, opens: true },
      { at: anchor.end, anchor, opens: false },
    ])
    .sort((a, b) => a.at - b.at);
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const active: PlacedAnchor[] = [];
  const replacements = new Map<Element, Map<Text, ElementContent[]>>();
  let nextEvent = 0;
  let nextMention = 0;

  for (const run of map.runs) {
    const runEnd = run.start + run.node.value.length;
    if (runEnd === run.start) continue;
    // Most text nodes hold no passage and no mention: leave them untouched, cheaply.
    const eventHere = nextEvent < events.length && events[nextEvent]!.at < runEnd;
    const mentionHere = nextMention < sortedMentions.length && sortedMentions[nextMention]!.start < runEnd;
    if (active.length === 0 && !eventHere && !mentionHere) continue;
    const cuts = new Set<number>();
    for (let e = nextEvent; e < events.length && events[e]!.at < runEnd; e++) {
      if (events[e]!.at > run.start) cuts.add(events[e]!.at);
    }
    const runMentions: PlacedMention[] = [];
    while (nextMention < sortedMentions.length && sortedMentions[nextMention]!.start < runEnd) {
      const mention = sortedMentions[nextMention++]!;
      if (mention.start >= run.start) runMentions.push(mention);
    }
    // A mention that crosses a passage boundary becomes a link around the segments it spans.
    const crossing = runMentions.filter((m) => [...cuts].some((cut) => m.start < cut && cut < m.end));
    for (const m of crossing) cuts.add(m.start).add(m.end);
    cuts.delete(runEnd);
    const points = [run.start, ...[...cuts].filter((c) => c > run.start).sort((a, b) => a - b), runEnd];

    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const ids: string[] = [];
      while (nextEvent < events.length && events[nextEvent]!.at <= start) {
        const { anchor, opens, at } = events[nextEvent++]!;
        if (opens) {
          active.push(anchor);
          if (at === start) ids.push(anchor.id);
        } else {
          active.splice(active.indexOf(anchor), 1);
        }
      }
      segments.push({ start, end: points[i + 1]!, notes: [...new Set(active.map((a) => a.note))], ids });
    }

    const text = (start: number, end: number): ElementContent => ({
      type: 'text',
      value: run.node.value.slice(start - run.start, end - run.start),
    });
    const content = (segment: Segment): ElementContent[] => {
      const inside = runMentions.filter(
        (m) => !crossing.includes(m) && m.start >= segment.start && m.end <= segment.end,
      );
      const out: ElementContent[] = [];
      let at = segment.start;
      for (const m of inside) {
        if (m.start > at) out.push(text(at, m.start));
        out.push(link(m.section, [text(m.start, m.end)]));
        at = m.end;
      }
      if (at < segment.end) out.push(text(at, segment.end));
      return out;
    };
    const render = (segment: Segment): ElementContent[] => {
      if (segment.notes.length === 0) return content(segment);
      const [first, ...others] = segment.ids;
      // An element has one id: passages that begin at the same character get an empty marker each.
      const markers = others.map((id): ElementContent => ({
        type: 'element',
        tagName: 'span',
        properties: { id },
        children: [],
      }));
      const mark: Element = {
        type: 'element',
        tagName: 'mark',
        properties: { className: [PASSAGE_CLASS], dataNotes: segment.notes.join(' '), ...(first ? { id: first } : {}) },
        children: content(segment),
      };
      return [...markers, mark];
    };

    const nodes: ElementContent[] = [];
    for (let i = 0; i < segments.length; i++) {
      const m = crossing.find((c) => c.start === segments[i]!.start);
      if (!m) {
        nodes.push(...render(segments[i]!));
        continue;
      }
      const children: ElementContent[] = [];
      for (; i < segments.length && segments[i]!.end <= m.end; i++) children.push(...render(segments[i]!));
      i--;
      nodes.push(link(m.section, children));
    }
    let forParent = replacements.get(run.parent);
    if (!forParent) replacements.set(run.parent, (forParent = new Map()));
    forParent.set(run.node, nodes);
  }

  for (const [parent, forParent] of replacements) {
    parent.children = parent.children.flatMap((child) =>
      child.type === 'text' ? (forParent.get(child) ?? [child]) : [child],
    );
  }
}

function link(section: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'a', properties: { className: [MENTION_CLASS], href: `#${section}` }, children };
}
