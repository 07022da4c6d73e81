/**
 * The fuzz gate (issue 8): generated plans, hostile plan inputs and mutated v1 and v2 links run
 * through everything a reader's input reaches — decode → read → derive (every available product,
 * from the registry) → every renderer → the .ps1 bytes read as Windows PowerShell 5.1 reads them
 * and tokenised — and a sample of the zones through named-checkzone. The gate: no exception, no
 * value outside its literal, no zone rejected.
 *
 * Used by tests/fuzz/hostile.fuzz.test.ts (bounded, in npm test) and scripts/fuzz.ts (npm run fuzz
 * -- --runs N, the full set).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { planJson, planText } from '../../src/cli/text.ts';
import { decodePlan, encodePlan } from '../../src/lib/permalink/codec.ts';
import { availableProducts, derive, parsePlan, type Plan } from '../../src/lib/planner/index.ts';
import { renderZoneFiles, serialFromDate, type ZoneFile } from '../../src/lib/render/bind-zone.ts';
import { encodeFile } from '../../src/lib/render/files.ts';
import { partLines } from '../../src/lib/render/parts.ts';
import { renderScript } from '../../src/lib/render/script.ts';
import { renderWindowsDns } from '../../src/lib/render/windows-dns.ts';
import { arbitraryPlan } from '../support/arbitrary-plan.ts';
import {
  literalProblems,
  runbookLiterals,
  statementLiterals,
} from '../support/powershell/windows-powershell.ts';

export interface FuzzTally {
  plans: number;
  invalid: number;
  links: number;
  derived: number;
  zones: number;
  zonesChecked: number;
  problems: string[];
}

export const newTally = (): FuzzTally => ({
  plans: 0,
  invalid: 0,
  links: 0,
  derived: 0,
  zones: 0,
  zonesChecked: 0,
  problems: [],
});

const PRODUCTS = availableProducts().map((product) => product.id);
/** A message longer than this quotes too much of a value. */
const MAX_MESSAGE = 600;

// ---------------------------------------------------------------- the pipeline

/** Everything a valid plan reaches; returns its zones and any problem found. */
export function runPlan(plan: Plan, tally: FuzzTally, sampleZones: boolean): ZoneFile[] {
  const zones: ZoneFile[] = [];
  for (const product of PRODUCTS) {
    const where = `${product} ${plan.domains.primary}`;
    try {
      const derived = derive(plan, product);
      tally.derived += 1;
      const script = renderScript(derived, `${plan.domains.primary}, ${derived.product.label}`);
      for (const problem of literalProblems(
        encodeFile('runbook.ps1', script),
        runbookLiterals(derived),
      ))
        tally.problems.push(`${where}: runbook: ${problem}`);
      const dnsStep = derived.steps.find((step) => step.id === 'dns-internal');
      const dns = renderWindowsDns(derived);
      const dnsLiterals = (dnsStep?.parts ?? []).flatMap((part) =>
        part.kind === 'powershell' ? part.statements.flatMap(statementLiterals) : [],
      );
      for (const problem of literalProblems(encodeFile('internal-dns.ps1', dns), dnsLiterals))
        tally.problems.push(`${where}: Windows DNS: ${problem}`);
      derived.steps.forEach((step) => step.parts.forEach(partLines));
      planText(plan, derived);
      JSON.stringify(planJson(plan, derived));
      const files = renderZoneFiles(derived, {
        serial: serialFromDate(plan.certificate.issueDate),
      });
      tally.zones += files.length;
      if (sampleZones) zones.push(...files);
    } catch (error) {
      tally.problems.push(`${where}: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return zones;
}

/** A raw input through the reader: never a throw, messages short, valid plans run in full. */
export function runInput(input: unknown, tally: FuzzTally, sampleZones: boolean): ZoneFile[] {
  tally.plans += 1;
  let result;
  try {
    result = parsePlan(input, { today: '2026-11-22' });
  } catch (error) {
    tally.problems.push(`parsePlan threw: ${(error as Error).stack ?? String(error)}`);
    return [];
  }
  if (!result.ok) {
    tally.invalid += 1;
    for (const issue of result.issues)
      if (issue.message.length + issue.path.length > MAX_MESSAGE)
        tally.problems.push(
          `an issue quotes too much: ${issue.path} ${issue.message.slice(0, 80)}…`,
        );
    return [];
  }
  return runPlan(result.plan, tally, sampleZones);
}

/** A link through the decoder, then like any plan. */
export async function runLink(
  link: string,
  tally: FuzzTally,
  sampleZones: boolean,
): Promise<ZoneFile[]> {
  tally.links += 1;
  let result;
  try {
    result = await decodePlan(link, { today: '2026-11-22' });
  } catch (error) {
    tally.problems.push(`decodePlan threw: ${(error as Error).stack ?? String(error)}`);
    return [];
  }
  if (!result.ok) {
    if (result.message.length > MAX_MESSAGE) tally.problems.push('a link message quotes too much');
    return [];
  }
  return runPlan(result.plan, tally, sampleZones);
}

/** named-checkzone on each zone: every one must load without a complaint. */
export function checkZones(zones: readonly ZoneFile[], tally: FuzzTally): void {
  const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-fuzz-'));
  zones.forEach((zone, index) => {
    const file = join(directory, `${index}.zone`);
    writeFileSync(file, zone.text);
    tally.zonesChecked += 1;
    try {
      const output = execFileSync('named-checkzone', ['-i', 'local', zone.zone, file], {
        encoding: 'utf8',
      });
      if (
        !/^zone .*: loaded serial \d+\nOK\n?$/.test(output) &&
        !/has no address records/.test(output)
      )
        tally.problems.push(
          `named-checkzone complained about ${zone.fileName}: ${output.slice(0, 300)}`,
        );
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      tally.problems.push(
        `named-checkzone rejected ${zone.fileName}: ${`${failure.stdout ?? ''}${failure.stderr ?? ''}`.slice(0, 300)}`,
      );
    }
  });
}

// ---------------------------------------------------------------- hostile inputs

/** Text that has broken readers, shells and zone files before. */
const NASTY = [
  'Wrocław$(Start-Process calc)',
  "O'Brien & Sons'; Remove-Item C:\\ -Recurse #",
  '‘quoted’ ‚low‛ “double” „low“',
  'ESPAÑA’; Start-Process calc; ‘',
  'a\u202eb',
  'a\u200bb',
  'a\u2028b',
  'a\u0085b',
  '\ud800',
  '\ufeffBOM',
  '`$env:USERNAME`',
  '$(Get-Date)',
  '"; rm -rf / #',
  '<img src=x onerror=alert(1)>',
  'bücher.de',
  'ｃｏｎｔｏｓｏ.com',
  'xn--bcher-kva.de',
  'xn--zz-.com',
  'mail♥.com',
  'autodiscover.contoso.com',
  'contoso.com.',
  '*.contoso.com',
  'ab--cd.com',
  '\\\\attacker.example.net\\drop',
  'C:\\Certs\\..\\..\\Windows',
  '10.0.0.1',
  '010.0.0.1',
  '2026-02-30',
  'toString',
  '__proto__',
  '',
  ' ',
];

const longText = fc
  .tuple(fc.constantFrom('a', 'ł', '東', 'x.', '-'), fc.integer({ min: 60, max: 1200 }))
  .map(([unit, count]) => unit.repeat(count));

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: longText },
);

const DEEP = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ toString: 1 }, { valueOf: 1 }, [], {}, DEEP, [[['x']]]),
  },
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to every leaf, object and list of a plan's JSON (a plan is a few levels deep; a value
 * planted by an earlier edit, such as a deeply nested list, is not walked into). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object' || prefix.length > 6) return [prefix];
  const children = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function setAt(root: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return value as Json;
  let target = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, Json>;
  target[path[path.length - 1]!] = value as Json;
  return root;
}

/** Fields whose text reaches commands, comments, requests and zone files. */
const TEXT_FIELDS: (string | number)[][] = [
  ['organization', 'name'],
  ['organization', 'state'],
  ['organization', 'locality'],
  ['exchange', 'certificate', 'friendlyName'],
  ['exchange', 'certificateFolder'],
  ['exchange', 'namespace'],
  ['exchange', 'edge', 'fqdn'],
  ['exchange', 'legacy', 'namespace'],
  ['domains', 'primary'],
  ['domains', 'internal'],
  ['exchange', 'sites', 0, 'name'],
  ['exchange', 'sites', 0, 'namespace'],
  ['exchange', 'sites', 0, 'servers', 0, 'name'],
];

/** Text for a field: hostile as it is, or, for a folder, after C:\ so it can be a folder at all. */
const targeted = fc
  .tuple(arbitraryPlan, fc.constantFrom(...TEXT_FIELDS), hostileText)
  .map(([plan, path, text]) => {
    const value = path.at(-1) === 'certificateFolder' ? `C:\\${text}` : text;
    return setAt(structuredClone(plan) as unknown as Json, path, value);
  });

/** A valid plan with a few of its values replaced by hostile ones (or by another of its names). */
const anywhere: fc.Arbitrary<unknown> = fc
  .tuple(
    arbitraryPlan,
    fc.array(fc.tuple(fc.nat(), fc.oneof(hostileValue, fc.constant('copy-autodiscover'))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([plan, edits]) => {
    let json = structuredClone(plan) as unknown as Json;
    for (const [pick, value] of edits) {
      const all = paths(json);
      const path = all[pick % all.length]!;
      // Collisions: a name field set to the Autodiscover alias of one of the plan's domains.
      const replacement =
        value === 'copy-autodiscover'
          ? `autodiscover.${plan.domains.additional[0] ?? plan.domains.primary}`
          : value;
      json = setAt(json, path, replacement);
    }
    return json;
  });

/** Hostile plan inputs: text aimed at the fields that reach outputs, or any value anywhere. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(targeted, anywhere);

// ---------------------------------------------------------------- mutated links

const GOLDEN_V1 = (
  JSON.parse(readFileSync(new URL('../fixtures/permalinks/v1.json', import.meta.url), 'utf8')) as {
    links: { link: string }[];
  }
).links.map((entry) => entry.link);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'replace'; at: number; char: number }
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; char: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.nat(63) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.nat(63) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(link: string, change: Mutation): string {
  const head = link.slice(0, 3);
  const body = link.slice(3);
  const at = body.length === 0 ? 0 : change.at % body.length;
  switch (change.kind) {
    case 'flip': {
      const bytes = Buffer.from(body, 'base64url');
      if (bytes.length === 0) return link;
      bytes[at % bytes.length]! ^= 1 << change.bit;
      return head + bytes.toString('base64url');
    }
    case 'replace':
      return head + body.slice(0, at) + BASE64URL[change.char] + body.slice(at + 1);
    case 'delete':
      return head + body.slice(0, at) + body.slice(at + 1);
    case 'insert':
      return head + body.slice(0, at) + BASE64URL[change.char] + body.slice(at);
    case 'truncate':
      return head + body.slice(0, at);
  }
}

/** A v1 link (golden) or a v2 link of a generated plan, to be mutated one to three times. */
const linkSource = fc.oneof(
  fc.constantFrom(...GOLDEN_V1).map((link) => ({ link, plan: undefined as Plan | undefined })),
  arbitraryPlan.map((plan) => ({ link: '', plan })),
);
const linkMutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

// ---------------------------------------------------------------- the run

export interface FuzzOptions {
  /** Generated and hostile plan inputs. */
  plans: number;
  /** Mutated links. */
  links: number;
  /** One input in this many has its zones checked by named-checkzone. */
  zoneEvery: number;
  seed?: number;
  /** Called every 1,000 inputs (the long run prints where it is). */
  progress?: (inputs: number, tally: FuzzTally) => void;
}

/**
 * Runs the gate. A problem fails the property, so fast-check shrinks it and the thrown error
 * names the smallest input that shows it; zones are checked after the inputs.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzTally> {
  const tally = newTally();
  const zones: ZoneFile[] = [];
  let count = 0;
  const sample = () => {
    count += 1;
    if (count % 1000 === 0) options.progress?.(count, tally);
    return count % options.zoneEvery === 0;
  };
  const plans = fc.oneof(
    arbitraryPlan.map((plan) => ({ plan, input: undefined as unknown })),
    hostileInput.map((input) => ({ plan: undefined as Plan | undefined, input })),
  );
  fc.assert(
    fc.property(plans, ({ plan, input }) => {
      const before = tally.problems.length;
      if (plan) {
        tally.plans += 1;
        zones.push(...runPlan(plan, tally, sample()));
      } else zones.push(...runInput(input, tally, sample()));
      return tally.problems.length === before;
    }),
    { numRuns: options.plans, seed: options.seed },
  );
  await fc.assert(
    fc.asyncProperty(linkSource, linkMutations, async (source, changes) => {
      const before = tally.problems.length;
      const link = source.plan ? await encodePlan(source.plan) : source.link;
      zones.push(...(await runLink(changes.reduce(mutate, link), tally, sample())));
      return tally.problems.length === before;
    }),
    { numRuns: options.links, seed: options.seed },
  );
  checkZones(zones, tally);
  return tally;
}
