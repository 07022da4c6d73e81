/**
 * Where the CLI gets a plan: a JSON file, a permalink (URL, #plan=… or v1.…), standard input (-),
 * or --example. Every source ends in parsePlan, so the CLI validates exactly like the site.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodePlan, extractToken } from '../lib/permalink/codec.ts';
import { quoted } from '../lib/planner/names/characters.ts';
import { loadIdna, mayNeedIdna } from '../lib/planner/names/idna.ts';
import { fileErrorMessage, isFile, isFileSystemError, MAX_PLAN_FILE_BYTES } from './files.ts';
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
  // An existing file wins over an argument that only looks like a link (v1.json, v2.plan).
  if (source !== '-' && extractToken(source) !== null && !(await isFile(source)))
    return fromPermalink(source, options.today);
  let text: string;
  try {
    text = source === '-' ? await options.readStdin() : await readPlanFile(source);
  } catch (error) {
    if (error instanceof TooLargeFile) return { ok: false, message: error.message };
    if (!isFileSystemError(error)) throw error;
    return { ok: false, message: fileErrorMessage('read', source, error) };
  }
  if (extractToken(text) !== null && !text.trimStart().startsWith('{'))
    return fromPermalink(text, options.today);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${source === '-' ? 'standard input' : quoted(source, 160)} is not valid JSON: ${quoted((error as Error).message, 120)}`,
    };
  }
  if (mayNeedIdna(text)) await loadIdna();
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

class TooLargeFile extends Error {}

/** A plan file's text; a file far larger than any plan is refused before it is read. */
async function readPlanFile(path: string): Promise<string> {
  const { size } = await stat(path);
  if (size > MAX_PLAN_FILE_BYTES) {
    throw new TooLargeFile(
      `${quoted(path, 160)} is ${size.toLocaleString('en-US')} bytes; a plan file is a few KB (at most ${MAX_PLAN_FILE_BYTES.toLocaleString('en-US')} bytes are read)`,
    );
  }
  return readFile(path, 'utf8');
}
