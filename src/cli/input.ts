/**
 * Where the CLI gets a plan: a JSON file, a permalink (URL, #plan=… or v1.…), standard input (-),
 * or --example. Every source ends in parsePlan, so the CLI validates exactly like the site.
 */
import { readFile } from 'node:fs/promises';
import { decodePlan, extractToken } from '../lib/permalink/codec.ts';
import { EXAMPLE_PLAN, parsePlan, type Issue, type Plan } from '../lib/planner/index.ts';

export type PlanInput = { ok: true; plan: Plan } | { ok: false; message: string; issues?: Issue[] };

export interface InputOptions {
  example: boolean;
  today: string;
  readStdin: () => Promise<string>;
}

export async function readPlan(
  source: string | undefined,
  options: InputOptions,
): Promise<PlanInput> {
  if (options.example) return { ok: true, plan: EXAMPLE_PLAN };
  if (source === undefined)
    return {
      ok: false,
      message:
        'no plan given: pass a plan.json file, a permalink, - for standard input, or --example',
    };
  if (source !== '-' && extractToken(source) !== null) return fromPermalink(source, options.today);
  let text: string;
  try {
    text = source === '-' ? await options.readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: `cannot read ${source}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    };
  }
  if (extractToken(text) !== null && !text.trimStart().startsWith('{'))
    return fromPermalink(text, options.today);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${source === '-' ? 'standard input' : source} is not valid JSON: ${(error as Error).message}`,
    };
  }
  const result = parsePlan(json, { today: options.today });
  return result.ok
    ? result
    : { ok: false, message: 'the plan has invalid fields', issues: result.issues };
}

async function fromPermalink(link: string, today: string): Promise<PlanInput> {
  const result = await decodePlan(link, { today });
  if (result.ok) return result;
  return {
    ok: false,
    message: result.message,
    ...(result.reason === 'invalid-plan' ? { issues: result.issues } : {}),
  };
}
