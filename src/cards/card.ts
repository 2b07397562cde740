/** What a preview card says; every field is an input to the content hash. */
export interface CardInput {
  /** A short label above the title: "Issue", "Expert", "Official", "Annotated analysis". */
  kicker: string;
  /** The big line: the section's name, or the column's title on the article card. */
  title: string;
  /** The line under it: which column the section belongs to, or the column's summary. */
  context: string;
  /** Outcome badges, in words (never colour alone): "At the talks: refused"; they wrap onto a second row. */
  badges?: Array<{ text: string; tone: BadgeTone }>;
  /** The site's name and host, top right. */
  footer: string;
  /** The section's figure, drawn without words (src/figures), shown beside the text. */
  figure?: { svg: string; width: number; height: number };
}

/** How a badge is coloured; its words always carry the meaning. */
export type BadgeTone = 'agreed' | 'refused' | 'put-off' | 'no-movement' | 'neutral';

/** Card size, the one Open Graph and Twitter's large card both crop well. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// Dark text on light tints: each pair passes WCAG AA contrast at the badges' 28 px bold.
const TONES: Record<BadgeTone, { bg: string; fg: string }> = {
  agreed: { bg: '#dcefe0', fg: '#15502a' },
  refused: { bg: '#f7dcd9', fg: '#7a1d14' },
  'put-off': { bg: '#f6e8c8', fg: '#5f4206' },
  'no-movement': { bg: '#e4e4e0', fg: '#333333' },
  neutral: { bg: '#dde7f3', fg: '#0b3c73' },
};

/** A satori element: the plain-object form of JSX, so no JSX runtime is needed. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: CardNode | CardNode[] | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: { style, children },
});

/** Long titles shrink so that they stay within three lines. */
const titleSize = (title: string) => (title.length > 70 ? 56 : title.length > 40 ? 66 : 84);

/** The figure's box on the card: beside the text, within the card's padding. */
const FIGURE_BOX = { width: 440, height: 400 };

/** The figure as an image scaled to fit its box (satori embeds it; resvg draws it). */
function figureImage(figure: NonNullable<CardInput['figure']>): CardNode {
  const scale = Math.min(FIGURE_BOX.width / figure.width, FIGURE_BOX.height / figure.height);
  const width = Math.round(figure.width * scale);
  const height = Math.round(figure.height * scale);
  return {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(figure.svg).toString('base64')}`,
      width,
      height,
      style: { width, height },
    },
  };
}

/** The card's layout as a satori element tree. */
export function cardTree(input: CardInput): CardNode {
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // Padding inside the card's size, as on the site (satori's layout is content-box otherwise).
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      background: '#fffff8',
      color: '#1b1b1b',
      borderTop: '16px solid #0b57a4',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', gap: 40, alignItems: 'flex-start' }, [
        el('div', { display: 'flex', flexDirection: 'column', gap: 20, flex: 1 }, [
          el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }, [
            el(
              'div',
              { fontSize: 28, fontWeight: 700, letterSpacing: 2, color: '#0b57a4', textTransform: 'uppercase' },
              input.kicker,
            ),
            el('div', { fontSize: 26, color: '#595959' }, input.footer),
          ]),
          el(
            'div',
            { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: titleSize(input.title), lineHeight: 1.1 },
            input.title,
          ),
          el(
            'div',
            {
              fontFamily: 'Source Serif 4',
              fontSize: 34,
              lineHeight: 1.3,
              color: '#454545',
              maxHeight: 134,
              overflow: 'hidden',
            },
            input.context,
          ),
        ]),
        ...(input.figure ? [figureImage(input.figure)] : []),
      ]),
      el(
        'div',
        { display: 'flex', flexWrap: 'wrap', gap: 12 },
        (input.badges ?? []).map(({ text, tone }) =>
          el(
            'div',
            {
              display: 'flex',
              fontSize: 28,
              fontWeight: 700,
              padding: '8px 20px',
              borderRadius: 999,
              background: TONES[tone].bg,
              color: TONES[tone].fg,
            },
            text,
          ),
        ),
      ),
    ],
  );
}
