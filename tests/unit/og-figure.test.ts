import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { drawFigure } from '../../src/figures/draw.ts';
import { CARD } from '../../src/figures/options.ts';
import { cardTree, type CardInput, type CardNode } from '../../src/cards/card.ts';
import { renderCard } from '../../src/cards/render.ts';
import { figureSchema } from '../../src/schemas/figure.ts';

const figure = drawFigure(figureSchema.parse(parse(readFileSync('content/figures/taiwan.yaml', 'utf8'))), CARD);
const card: CardInput = {
  kicker: 'Issue',
  title: 'Taiwan',
  context: 'In “Patching the floor: Blinken’s Beijing trip, annotated”',
  footer: 'Floorboards · floorboards.example',
};

/** Every node of a card tree. */
const nodes = (node: CardNode): CardNode[] => {
  const children = node.props.children;
  const list = Array.isArray(children) ? children : children && typeof children === 'object' ? [children] : [];
  return [node, ...list.flatMap(nodes)];
};

describe('an issue’s preview card with its figure', () => {
  test('lays the figure out as an image of the drawing, scaled within the card', () => {
    const images = nodes(cardTree({ ...card, figure })).filter((n) => n.type === 'img');
    expect(images).toHaveLength(1);
    const [image] = images;
    expect(Buffer.from(image!.props.src!.split(',')[1]!, 'base64').toString()).toBe(figure.svg);
    expect(image!.props.width! / image!.props.height!).toBeCloseTo(figure.width / figure.height, 1);
    expect(image!.props.height).toBeLessThanOrEqual(630);
    expect(nodes(cardTree(card)).some((n) => n.type === 'img')).toBe(false);
  });

  test('renders to a different picture than the card without it', async () => {
    const [plain, withFigure] = await Promise.all([renderCard(card), renderCard({ ...card, figure })]);
    expect(withFigure.equals(plain)).toBe(false);
  });
});
