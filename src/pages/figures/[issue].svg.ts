import type { APIRoute, GetStaticPaths } from 'astro';
import { figures, type Figure } from '../../figures/data.ts';
import { drawing } from '../../figures/draw.ts';
import { sharedKey } from '../../build/build-keys.ts';

// One static SVG per issue figure: the page loads it lazily with <img>, so the reading
// page's own bytes do not grow with the drawing.
export const getStaticPaths = (async () => {
  const cacheKey = await sharedKey();
  return [...(await figures()).values()].map((figure) => ({
    params: { issue: figure.id },
    props: { figure },
    cacheKey,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(drawing(props.figure.data).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
