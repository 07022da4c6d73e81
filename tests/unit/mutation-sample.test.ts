import { describe, expect, it } from 'vitest';
import {
  codeLines,
  folderOf,
  folderScores,
  sampleLines,
  wilson,
} from '../../scripts/mutation/sample.ts';

describe('the sampled mutation run', () => {
  it('samples only lines with code', () => {
    const text = [
      '/**',
      ' * A comment.',
      ' */',
      "import { x } from './x.ts';",
      '',
      'export function f(a: number) {',
      '  // why',
      '  return a > 1 ? x : 2;',
      '}',
      '/* one line */',
      "const name = 'autodiscover';",
    ].join('\n');
    expect(codeLines(text)).toEqual([6, 8, 11]);
  });

  it('picks the same lines for the same seed, about the share asked, other lines for another seed', () => {
    const files = new Map([
      [
        'src/lib/planner/a.ts',
        Array.from({ length: 2000 }, (_, i) => `const a${i} = ${i};`).join('\n'),
      ],
    ]);
    const first = sampleLines(files, 0.1, 1);
    expect(sampleLines(files, 0.1, 1)).toEqual(first);
    expect(first.length).toBeGreaterThan(150);
    expect(first.length).toBeLessThan(250);
    expect(first[0]).toMatch(/^src\/lib\/planner\/a\.ts:(\d+)-\1$/);
    expect(sampleLines(files, 0.1, 2)).not.toEqual(first);
  });

  it('scores per folder, timeouts detected, no coverage undetected, errors left out', () => {
    const mutants = (statuses: string[]) => statuses.map((status) => ({ status }));
    const scores = folderScores({
      files: {
        'src/lib/planner/lync/steps/a.ts': { mutants: mutants(['Killed', 'Timeout', 'Survived']) },
        'src/lib/planner/lync/dns.ts': { mutants: mutants(['Killed', 'NoCoverage']) },
        'src/lib/render/script.ts': { mutants: mutants(['Killed', 'CompileError']) },
      },
    });
    expect(scores.map(({ folder, killed, survived }) => [folder, killed, survived])).toEqual([
      ['planner/lync', 3, 2],
      ['render', 1, 0],
      ['all', 4, 2],
    ]);
    expect(scores[0]!.score).toBe(60);
    expect(folderOf('src/lib/planner/cabf.ts')).toBe('planner');
  });

  it('gives the 95 % Wilson interval of a score', () => {
    const { score, low, high } = wilson(80, 100);
    expect(score).toBe(80);
    expect(low).toBeCloseTo(71.1, 1);
    expect(high).toBeCloseTo(86.7, 1);
    expect(wilson(0, 0)).toEqual({ score: 0, low: 0, high: 100 });
  });
});
