// `npm run test:w3c -- [suite-dir] [--dist dir]`: checks the built annotation exports
// against the W3C Web Annotation Working Group's own assertions (JSON Schema draft-04),
// after proving the runner on the suite's own samples: every correct sample must pass
// and every incorrect one must fail, or the runner is not trusted and nothing else runs.
// The suite stays where it is (../shared/w3c-web-annotation-tests by default); see its README.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const dist = resolve(distFlag === -1 ? (process.env.ASTRO_OUT_DIR ?? 'dist') : args[distFlag + 1]);
const suite = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dist') ?? '../shared/w3c-web-annotation-tests',
);

if (!existsSync(join(suite, 'annotations', 'annotationMusts.test'))) {
  console.error(`w3c: no W3C Web Annotation test suite at ${suite} (expected annotations/annotationMusts.test)`);
  process.exit(1);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// One validator per assertion; the shared definitions are registered by their ids
// ("annotations.json", "id.json", …), which is how the assertions `$ref` them.
const ajv = new Ajv({ allErrors: false, strict: false });
// The two formats the suite uses. Several assertions are `oneOf` a "uri" string and
// something else, so formats must really be checked (RFC 3986 scheme, RFC 3339 date-time).
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/);
for (const name of readdirSync(join(suite, 'definitions'))) {
  if (name.endsWith('.json')) ajv.addSchema(readJson(join(suite, 'definitions', name)));
}

/** The MUST assertions a `.test` file lists, compiled. */
function assertions(testFile) {
  return readJson(join(suite, testFile)).assertions.map((path) => {
    const schema = readJson(join(suite, path));
    const { expectedResult = 'valid', onUnexpectedResult = 'failAndContinue', errorMessage, title } = schema;
    return { path, validate: ajv.compile(schema), expectedResult, onUnexpectedResult, message: errorMessage ?? title };
  });
}
const annotationMusts = assertions('annotations/annotationMusts.test');
const collectionMusts = assertions('collections/collectionMusts.test');

/** The MUST assertions that `value` breaks. */
function broken(list, value) {
  return list.filter((a) => {
    const outcome = a.validate(value) ? 'valid' : 'invalid';
    return outcome !== a.expectedResult && a.onUnexpectedResult === 'failAndContinue';
  });
}

/**
 * What to check in one JSON document: a collection against collectionMusts, and every
 * annotation (top level, or items of an embedded page) against annotationMusts. Items
 * of a page inherit its `@context`, as JSON-LD embedding does.
 */
// The samples predate the final Recommendation, which dropped the Composite, List and
// Independents types (only Choice remains: https://www.w3.org/TR/annotation-model/#choice-between-bodies-or-targets).
// The assertions follow the Recommendation and so reject the few correct samples that
// use them. Those rejections, and only those, are reported as excused, never hidden.
const DROPPED_TYPES = new Set(['Composite', 'List', 'Independents']);
const usesDroppedType = (value) => [value?.target, value?.body].flat().some((v) => DROPPED_TYPES.has(v?.type));
const OBJECTS_RECOGNIZED = new Set([
  'annotations/3.2-targetObjectsRecognized.json',
  'annotations/3.2-bodyObjectsRecognized.json',
]);
const excused = [];

function check(doc, { excuse = false } = {}) {
  const failures = [];
  const types = [doc?.type].flat();
  const annotation = (value, where, context) => {
    const withContext =
      value && typeof value === 'object' && !('@context' in value) && context
        ? { '@context': context, ...value }
        : value;
    for (const a of broken(annotationMusts, withContext)) {
      if (excuse && OBJECTS_RECOGNIZED.has(a.path) && usesDroppedType(value)) excused.push(`${where}: ${a.path}`);
      else failures.push(`${where}: ${a.path}: ${a.message}`);
    }
  };
  const page = (value, where, context) => {
    (value?.items ?? []).forEach((item, i) => annotation(item, `${where}.items[${i}]`, value['@context'] ?? context));
  };
  if (types.includes('AnnotationCollection')) {
    for (const a of broken(collectionMusts, doc)) failures.push(`collection: ${a.path}: ${a.message}`);
    if (doc.first && typeof doc.first === 'object') page(doc.first, 'first', doc['@context']);
  } else if (types.includes('AnnotationPage')) {
    page(doc, 'page');
  } else {
    annotation(doc, 'annotation');
  }
  return failures;
}

/** Parses a sample; some incorrect samples are not even JSON (a trailing comma), and so fail. */
function parse(path) {
  const text = readFileSync(path, 'utf8');
  try {
    return { doc: JSON.parse(text) };
  } catch {
    // Read past a trailing comma too, so the schema still gets its say on what the sample meant to test.
    try {
      return { doc: JSON.parse(text.replace(/,(\s*[}\]])/g, '$1')), notJson: true };
    } catch {
      return { notJson: true };
    }
  }
}

let trusted = true;
const samples = join(suite, 'tools', 'samples');
const tally = { correct: 0, incorrect: 0, bySchema: 0, notJsonOnly: 0 };
for (const name of readdirSync(join(samples, 'correct')).sort()) {
  const { doc, notJson } = parse(join(samples, 'correct', name));
  const before = excused.length;
  const failures = notJson ? ['not JSON'] : check(doc, { excuse: true });
  excused.splice(before, excused.length - before, ...excused.slice(before).map((e) => `${name} ${e}`));
  if (failures.length > 0) {
    trusted = false;
    console.error(`✗ correct sample ${name} was rejected:\n  ${failures.join('\n  ')}`);
  } else tally.correct++;
}
for (const name of readdirSync(join(samples, 'incorrect')).sort()) {
  const { doc, notJson } = parse(join(samples, 'incorrect', name));
  const bySchema = doc !== undefined && check(doc).length > 0;
  if (!notJson && !bySchema) {
    trusted = false;
    console.error(`✗ incorrect sample ${name} was accepted`);
  } else {
    tally.incorrect++;
    if (bySchema) tally.bySchema++;
    else tally.notJsonOnly++;
  }
}
console.log(
  `w3c: runner self-check on ${relative(process.cwd(), samples)}: ${tally.correct} correct samples accepted, ` +
    `${tally.incorrect} incorrect samples rejected (${tally.bySchema} by the assertions, ${tally.notJsonOnly} only because they are not JSON)`,
);
if (excused.length > 0) {
  console.log(
    `w3c: excused, as types the final Recommendation dropped (Composite, List, Independents):\n  ${excused.join('\n  ')}`,
  );
}
if (!trusted) {
  console.error('w3c: the runner does not reproduce the suite’s own verdicts; not checking the site');
  process.exit(1);
}

// The site's exports: every annotations.jsonld in the build.
const exports = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name === 'annotations.jsonld') exports.push(path);
  }
};
if (existsSync(dist)) walk(dist);
if (exports.length === 0) {
  console.error(`w3c: no annotations.jsonld in ${dist}; run \`npx astro build\` first`);
  process.exit(1);
}
let failed = 0;
for (const path of exports) {
  const doc = readJson(path);
  const failures = check(doc);
  const count = doc.first?.items?.length ?? 0;
  if (failures.length > 0) {
    failed++;
    console.error(`✗ ${relative(process.cwd(), path)}:\n  ${failures.join('\n  ')}`);
  } else {
    console.log(
      `✓ ${relative(process.cwd(), path)}: the collection passes ${collectionMusts.length} MUST assertions, ` +
        `each of its ${count} annotations passes ${annotationMusts.length}`,
    );
  }
}
process.exit(failed === 0 ? 0 : 1);
