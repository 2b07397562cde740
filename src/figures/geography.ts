import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoConicEqualArea, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Region } from '../schemas/figure.ts';

// Natural Earth 1:50m land and borders, as packaged by world-atlas. Read from the project's
// node_modules (the build runs at the repository root) rather than bundled into the build.
const atlas = createRequire(join(process.cwd(), 'package.json'));
const readTopology = (name: string) =>
  JSON.parse(readFileSync(atlas.resolve(`world-atlas/${name}`), 'utf8')) as Topology;

type Scale = '50m' | '110m';
const shapes = new Map<Scale, { land: FeatureCollection | Feature; borders: MultiLineString }>();

/** Land and the borders between countries at one of Natural Earth's scales, read once per build. */
function world(scale: Scale) {
  let found = shapes.get(scale);
  if (!found) {
    const land = readTopology(`land-${scale}.json`);
    const countries = readTopology(`countries-${scale}.json`);
    found = {
      land: feature(land, land.objects.land!),
      borders: mesh(countries, countries.objects.countries as never, (a, b) => a !== b),
    };
    shapes.set(scale, found);
  }
  return found;
}

/** A region wider than 15 degrees needs no more than the 1:110m outlines. */
const scaleFor = (region: Region): Scale => (region.east - region.west > 15 ? '110m' : '50m');

/** The region's outline, sampled along its edges so a conic projection fits its curved sides. */
function outline(region: Region): MultiPoint {
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= 16; i += 1) {
    const lon = region.west + ((region.east - region.west) * i) / 16;
    const lat = region.south + ((region.north - region.south) * i) / 16;
    points.push([lon, region.south], [lon, region.north], [region.west, lat], [region.east, lat]);
  }
  return { type: 'MultiPoint', coordinates: points };
}

/**
 * An equal-area conic projection centred on the region, fitted to `width`, clipped to the
 * region's rectangle on screen. Returns the projection and the height it needs.
 */
export function regionProjection(region: Region, width: number): { projection: GeoProjection; height: number } {
  const span = region.north - region.south;
  const projection = geoConicEqualArea()
    .parallels([region.south + span / 4, region.north - span / 4])
    .rotate([-(region.west + region.east) / 2, 0])
    .fitWidth(width, outline(region));
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline(region));
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** Twice the signed area of a ring of screen points. */
const ringArea = (ring: Array<[number, number]>) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + x * ny - nx * y;
  }, 0);

/** Islands smaller than this many square pixels are left out. */
const MIN_AREA = 12;

/**
 * A stream that drops projected points closer than `tolerance` pixels to the last one kept,
 * and polygon rings too small to see: Natural Earth's 1:50m detail would otherwise cost
 * kilobytes that no reader could see at the figure's size.
 */
function thinned(output: GeoStream, tolerance: number): GeoStream {
  let ring: Array<[number, number]> | undefined;
  let inPolygon = false;
  return {
    point(x, y) {
      const last = ring?.at(-1);
      if (ring && last && Math.hypot(x - last[0], y - last[1]) < tolerance) return;
      if (ring) ring.push([x, y]);
      else output.point(x, y);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const points = ring ?? [];
      ring = undefined;
      if (inPolygon ? points.length < 3 || Math.abs(ringArea(points)) < 2 * MIN_AREA : points.length < 2) return;
      output.lineStart();
      for (const [x, y] of points) output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      output.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}

/** Path data for land and borders inside the projection's window, thinned and rounded to 0.1 px. */
export function basemap(projection: GeoProjection, region: Region, tolerance = 1.5): { land: string; borders: string } {
  const thin = { stream: (output: GeoStream) => projection.stream(thinned(output, tolerance)) };
  const path = geoPath(thin).digits(1);
  const { land, borders } = world(scaleFor(region));
  return { land: path(land) ?? '', borders: path(borders) ?? '' };
}
