/**
 * What every comparison rule receives, and what it returns: findings shaped like the plan's own
 * (id, severity, message, fix, source), some carrying the commands that fix them.
 */
import type { Derived, Finding, PlannedCertificate, StepPart } from '../derived.ts';
import type { FileFacts, ItemFacts } from './facts.ts';

export type PowerShellPart = Extract<StepPart, { kind: 'powershell' }>;

export interface CheckFinding extends Finding {
  /** Commands that fix or check what the finding is about, built as data (values single-quoted). */
  commands?: PowerShellPart;
}

/** A planned certificate to compare a file with, and the product plan it comes from. */
export interface CheckTarget {
  derived: Derived;
  certificate: PlannedCertificate;
}

export interface RuleContext {
  file: FileFacts;
  /** The item compared: the server's certificate of the file, or its request. */
  subject: ItemFacts;
  /** The planned certificate, or null when the reader compares with no plan. */
  planned: PlannedCertificate | null;
  /** Who issues it: the planned certificate's authority; without one, public unless it signed itself. */
  authority: PlannedCertificate['authority'];
  now: Date;
}

export type Rule = (context: RuleContext) => CheckFinding[];

/** "1 name" / "2 names". */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;

/** A list in words: "a", "a and b", "a, b and c". */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the item is called in messages. */
export const itemNoun = (subject: ItemFacts): string =>
  subject.kind === 'request' ? 'request' : 'certificate';
