// `npm run bench:deps`: what the installed packages weigh, from package-lock.json and the
// sizes on disk of node_modules/. A full install, a production-only one (`npm ci
// --omit=dev`: what the build needs), and for each package named in package.json what
// removing it alone would save: the packages only it brings in. Writes
// docs/figures/dependencies.md (scripts/bench/figures-doc.mjs).
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFiguresDoc } from './figures-doc.mjs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const entries = lock.packages;

/** Bytes on disk of one package folder, without its own node_modules/ (listed separately). */
function folderBytes(dir) {
  let bytes = 0;
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return 0; // not installed here: an optional package for another platform
  }
  for (const name of names) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) {
      if (name !== 'node_modules') bytes += folderBytes(path);
    } else bytes += stat.blocks * 512;
  }
  return bytes;
}

/** The lock entry a package at `from` gets for `name`, found as Node finds it: up the folders. */
function resolve(from, name) {
  const chain = from === '' ? [] : from.slice('node_modules/'.length).split('/node_modules/');
  for (let depth = chain.length; depth >= 0; depth -= 1) {
    const base = depth === 0 ? '' : `node_modules/${chain.slice(0, depth).join('/node_modules/')}/`;
    const at = `${base}node_modules/${name}`;
    if (entries[at]) return at;
  }
  return undefined;
}

/** Every lock entry `roots` (direct dependency names) bring in, themselves included. */
function closure(roots) {
  const seen = new Set();
  const queue = roots.map((name) => resolve('', name)).filter(Boolean);
  while (queue.length > 0) {
    const at = queue.pop();
    if (seen.has(at)) continue;
    seen.add(at);
    const entry = entries[at];
    const optionalPeers = new Set(
      Object.entries(entry.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta.optional)
        .map(([name]) => name),
    );
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers.has(name)),
    ];
    for (const name of names) {
      const found = resolve(at, name);
      if (found && !seen.has(found)) queue.push(found);
    }
  }
  return seen;
}

const sizes = new Map(Object.keys(entries).map((at) => [at, at === '' ? 0 : folderBytes(at)]));
const installed = (set) => [...set].filter((at) => sizes.get(at) > 0);
const bytesOf = (set) => [...set].reduce((sum, at) => sum + sizes.get(at), 0);

const runtime = Object.keys(manifest.dependencies ?? {});
const development = Object.keys(manifest.devDependencies ?? {});
const everything = closure([...runtime, ...development]);
const production = closure(runtime);
const totalBytes = bytesOf(everything);

// What removing one package named in package.json saves: what the others no longer reach.
const rows = [...runtime.map((name) => [name, 'dependencies']), ...development.map((name) => [name, 'devDependencies'])]
  .map(([name, field]) => {
    const rest = closure([...runtime, ...development].filter((other) => other !== name));
    const own = [...everything].filter((at) => !rest.has(at));
    return { name, field, packages: installed(own).length, bytes: bytesOf(own) };
  })
  .toSorted((a, b) => b.bytes - a.bytes);

const mbCell = (bytes) => (bytes / 1e6).toFixed(1);
const productionBytes = bytesOf(production);
const dropped = rows.filter((row) => row.packages === 0).length;
writeFiguresDoc('dependencies', {
  title: 'Installed dependencies',
  command: 'npm run bench:deps',
  about:
    'From package-lock.json and the sizes on disk of node_modules/ (megabytes of 10^6 bytes, as allocated on disk).',
  sections: [
    {
      table: {
        header: ['Install', 'Packages', 'MB on disk'],
        rows: [
          ['`npm ci` (everything)', installed(everything).length, mbCell(totalBytes)],
          ['`npm ci --omit=dev` (what the build needs)', installed(production).length, mbCell(productionBytes)],
          [
            'test and development tools only',
            installed(everything).length - installed(production).length,
            mbCell(totalBytes - productionBytes),
          ],
        ],
      },
    },
    {
      heading: 'What removing one package would save',
      notes: [
        'The packages only it brings in, largest first. ' +
          `The other ${dropped} packages in package.json bring in nothing that another does not need as well.`,
      ],
      table: {
        header: ['Package', 'Field', 'Packages', 'MB on disk', 'Share of `npm ci`'],
        rows: rows
          .filter((row) => row.packages > 0)
          .map((row) => [
            row.name,
            row.field,
            row.packages,
            mbCell(row.bytes),
            `${((100 * row.bytes) / totalBytes).toFixed(1)} %`,
          ]),
      },
    },
  ],
});
