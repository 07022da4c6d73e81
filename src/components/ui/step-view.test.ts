import { describe, expect, it } from 'vitest';
import { derive, EXAMPLE_PLAN } from '../../lib/planner/index.ts';
import type { Step } from '../../lib/planner/derived.ts';
import { stepView, type PartView } from './step-view.ts';

const stepsOf = (product: 'exchange-se' | 'ocs-2007r2') => derive(EXAMPLE_PLAN, product).steps;
const withPart = (steps: Step[], kind: PartView['kind']) => {
  const index = steps.findIndex((step) => step.parts.some((part) => part.kind === kind));
  if (index < 0) throw new Error(`no step with a ${kind} part`);
  const view = stepView(steps[index]!, index + 1);
  return { view, part: view.parts.find((part) => part.kind === kind)! };
};

describe('a step as the runbook shows it', () => {
  it('numbers the step, anchors it and says where its commands run', () => {
    const view = stepView(stepsOf('exchange-se')[0]!, 1);
    expect(view).toMatchObject({ id: 'request-certificate', anchor: 'step-request-certificate' });
    expect(view.number).toBe(1);
    expect(view.shell).toBe('Exchange Management Shell');
    expect(view.title).toBe(stepsOf('exchange-se')[0]!.title);
  });

  it('writes PowerShell as lines of text under the shell that runs them', () => {
    const { part } = withPart(stepsOf('exchange-se'), 'powershell');
    expect(part).toMatchObject({ kind: 'powershell', caption: 'Exchange Management Shell' });
    expect(part.kind === 'powershell' && part.code).toContain('New-ExchangeCertificate');
  });

  it('shows an INF file line by line and downloads it as written, in CRLF lines', () => {
    const { part } = withPart(stepsOf('ocs-2007r2'), 'inf');
    if (part.kind !== 'inf') throw new Error(part.kind);
    expect(part.fileName).toMatch(/\.inf$/);
    expect(part.file.endsWith('\r\n')).toBe(true);
    expect(part.code).not.toContain('\r');
    expect(`${part.code.split('\n').join('\r\n')}\r\n`).toBe(part.file);
  });

  it('writes wizard clicks in words', () => {
    const { part } = withPart(stepsOf('ocs-2007r2'), 'wizard');
    if (part.kind !== 'wizard') throw new Error(part.kind);
    expect(part.actions.length).toBeGreaterThan(0);
    expect(part.actions.every((action) => /^(Open|Choose|Enter|Tick|Click) /.test(action))).toBe(
      true,
    );
  });

  it('says when a step runs in no shell', () => {
    const steps = stepsOf('exchange-se');
    const outside = steps.findIndex((step) =>
      step.parts.every((part) => part.kind !== 'powershell'),
    );
    expect(stepView(steps[outside]!, outside + 1).shell).toBe('no shell: done outside PowerShell');
  });
});
