/**
 * The internal DNS records as Windows DNS Server commands: the `dns-internal` step of the runbook,
 * rendered on its own for admins who only handle DNS.
 */
import type { Derived } from '../planner/derived.ts';
import { renderStep } from './script.ts';

/** The id of the step that holds the internal DNS commands, in every family. */
export const WINDOWS_DNS_STEP = 'dns-internal';

export function renderWindowsDns(derived: Derived): string {
  const index = derived.steps.findIndex((step) => step.id === WINDOWS_DNS_STEP);
  const step = derived.steps[index];
  return step ? `${renderStep(step, index)}\n` : '';
}
