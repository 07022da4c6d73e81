/**
 * Files the CLI reads and writes, with failures as clean messages (exit 2) instead of stack traces:
 * a path too long, a folder that is a file, no permission, a full disk.
 */
import { stat } from 'node:fs/promises';
import { quoted } from '../lib/planner/names/characters.ts';
import { UsageError } from './command.ts';

/** A plan is a few KB; anything far larger is not a plan, and is not read into memory. */
export const MAX_PLAN_FILE_BYTES = 4 * 1024 * 1024;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENAMETOOLONG: 'the path is too long',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'a file of that name is in the way',
  ELOOP: 'the path loops through symbolic links',
  EMFILE: 'too many files are open',
};

/** True for the errors Node's file functions throw (they carry a code such as ENOENT). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** "cannot write "zones/x.zone": the path is too long (ENAMETOOLONG)". */
export function fileErrorMessage(action: string, path: string, error: NodeJS.ErrnoException) {
  const code = error.code ?? 'EIO';
  return `cannot ${action} ${quoted(path, 160)}: ${REASONS[code] ?? 'the file system refused'} (${code})`;
}

/** Runs a file operation; a file-system failure becomes a UsageError (exit 2) naming the path. */
export async function onFiles<T>(action: string, path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isFileSystemError(error)) throw new UsageError(fileErrorMessage(action, path, error));
    throw error;
  }
}

/** True when `path` names an existing file (not a folder); false for anything else, never throws. */
export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
