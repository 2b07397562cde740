import type { FigureData, Region } from '../schemas/figure.ts';

/** Why `[lon, lat]` lies outside the map's window, if it does. */
function outside([lon, lat]: [number, number], region: Region): string | undefined {
  if (lon < region.west || lon > region.east)
    return `longitude ${lon} is outside the map (${region.west} to ${region.east})`;
  if (lat < region.south || lat > region.north)
    return `latitude ${lat} is outside the map (${region.south} to ${region.north})`;
  return undefined;
}

/** What is wrong with a figure beyond its schema: places off its map, ranges that end before they start. */
export function figureProblems(data: FigureData): string[] {
  const problems: string[] = [];
  if (data.kind === 'map') {
    const { region } = data;
    if (region.west >= region.east)
      problems.push(`region: west (${region.west}) must be less than east (${region.east})`);
    if (region.south >= region.north)
      problems.push(`region: south (${region.south}) must be less than north (${region.north})`);
    data.places.forEach((place, i) => {
      const off = outside(place.at, region);
      if (off) problems.push(`places[${i}] "${place.label}": ${off}`);
    });
  }
  const dated =
    data.kind === 'map'
      ? [
          ...data.places.map((p, i) => [`places[${i}]`, p] as const),
          ...(data.strip?.events.map((e, i) => [`strip.events[${i}]`, e] as const) ?? []),
        ]
      : data.kind === 'bars'
        ? data.marks.map((m, i) => [`marks[${i}]`, m] as const)
        : data.lanes.flatMap((lane, l) => lane.events.map((e, i) => [`lanes[${l}].events[${i}]`, e] as const));
  for (const [where, item] of dated) {
    if (item.until && item.until < item.date)
      problems.push(`${where} "${item.label}": until (${item.until}) is before date (${item.date})`);
  }
  if (data.kind === 'bars') {
    const years = data.values.map((v) => v.year);
    const repeated = years.find((year, i) => years.indexOf(year) !== i);
    if (repeated !== undefined) problems.push(`values: the year ${repeated} is given twice`);
  }
  return problems;
}
