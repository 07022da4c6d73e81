/**
 * A sampled mutation run (npm run test:mutation:sample): Stryker over a random, reproducible share
 * of the code lines of the planner and the renderers, and the score per folder with its 95 %
 * interval. The full run mutates every line and takes hours on a 2-core host (each mutant reruns
 * the hundreds of unit tests that derive through it); a sample of lines gives the same score
 * within a few points in minutes, and a surviving mutant in it is as real as in the full run.
 */

/** Lines with code that a mutant could change: not blank, not only a comment or a brace. */
export function codeLines(text: string): number[] {
  const lines: number[] = [];
  let inComment = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      return;
    }
    if (line.startsWith('/*')) {
      inComment = !line.includes('*/');
      return;
    }
    if (line === '' || line.startsWith('//') || /^[{}()[\];,]*$/.test(line)) return;
    if (line.startsWith('import ') || line.startsWith('export type ') || line.startsWith('type '))
      return;
    lines.push(index + 1);
  });
  return lines;
}

/** A small seeded generator (mulberry32): the same seed picks the same lines on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stryker `mutate` entries (`file:line-line`) for a `share` of each file's code lines. */
export function sampleLines(
  files: ReadonlyMap<string, string>,
  share: number,
  seed: number,
): string[] {
  const random = seeded(seed);
  return [...files.keys()].sort().flatMap((file) =>
    codeLines(files.get(file)!)
      .filter(() => random() < share)
      .map((line) => `${file}:${line}-${line}`),
  );
}

export interface FolderScore {
  folder: string;
  killed: number;
  survived: number;
  /** Mutation score: killed (timeouts included, as Stryker counts them) over detected + survived. */
  score: number;
  /** 95 % Wilson interval of the score, for a sample. */
  low: number;
  high: number;
}

interface ReportMutant {
  status: string;
}

/** The folder a report file is scored under: planner/lync/steps/x.ts → planner/lync, planner/cabf.ts → planner. */
export function folderOf(file: string): string {
  const parts = file.replace(/^.*?src\/lib\//, '').split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Scores per folder (and `all`) from Stryker's JSON report (`files` → mutants with a status). */
export function folderScores(report: {
  files: Record<string, { mutants: ReportMutant[] }>;
}): FolderScore[] {
  const tally = new Map<string, { killed: number; survived: number }>();
  const count = (folder: string, status: string) => {
    const entry = tally.get(folder) ?? { killed: 0, survived: 0 };
    if (DETECTED.has(status)) entry.killed += 1;
    else if (UNDETECTED.has(status)) entry.survived += 1;
    tally.set(folder, entry);
  };
  for (const [file, { mutants }] of Object.entries(report.files))
    for (const mutant of mutants) {
      count(folderOf(file), mutant.status);
      count('all', mutant.status);
    }
  return [...tally.entries()]
    .map(([folder, { killed, survived }]) => ({
      folder,
      killed,
      survived,
      ...wilson(killed, killed + survived),
    }))
    .sort((a, b) =>
      a.folder === 'all' ? 1 : b.folder === 'all' ? -1 : a.folder.localeCompare(b.folder),
    );
}

/** The score and its 95 % Wilson score interval, in percent. */
export function wilson(
  successes: number,
  total: number,
): { score: number; low: number; high: number } {
  if (total === 0) return { score: 0, low: 0, high: 100 };
  const z = 1.96;
  const p = successes / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const margin =
    (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return {
    score: 100 * p,
    low: 100 * Math.max(0, centre - margin),
    high: 100 * Math.min(1, centre + margin),
  };
}
