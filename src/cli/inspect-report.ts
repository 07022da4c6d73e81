/** What `uc-runbook inspect` prints: the file's facts, the comparison with the plan, the command. */
import type { CheckReport } from '../lib/planner/compare/check.ts';
import { chainText, factRows, fileSummary } from '../lib/planner/compare/describe.ts';
import type { FileFacts } from '../lib/planner/compare/facts.ts';
import { partLines, SHELL_LABELS } from '../lib/render/parts.ts';

export function inspectText(name: string, file: FileFacts, report: CheckReport): string {
  const lines = [`${name}: ${fileSummary(file)}`];
  file.items.forEach((item, index) => {
    const role = index === report.subject ? ' (the one compared)' : '';
    lines.push('', `Item ${index + 1} of ${file.items.length}${role}`);
    const rows = factRows(item);
    const width = Math.max(...rows.map((row) => row.label.length));
    for (const row of rows) lines.push(`  ${row.label.padEnd(width)}  ${row.value}`);
  });
  const chain = chainText(file);
  if (chain) lines.push('', `Chain: ${chain}`);
  for (const notice of file.notices) lines.push('', `Note: ${notice}`);
  lines.push('', comparedWith(report));
  if (report.coverage) {
    const width = Math.max(...report.coverage.planned.map((entry) => entry.name.length), 0);
    for (const entry of report.coverage.planned) {
      const state =
        entry.coveredBy === null
          ? 'MISSING'
          : entry.coveredBy === entry.name
            ? 'present'
            : `covered by ${entry.coveredBy}`;
      lines.push(`  ${entry.name.padEnd(width)}  ${state}`);
    }
    for (const extra of report.coverage.extra) lines.push(`  ${extra.padEnd(width)}  not planned`);
  }
  lines.push('', 'Findings');
  if (report.findings.length === 0) lines.push('  none');
  for (const finding of report.findings) {
    lines.push(`  ${finding.severity.padEnd(7)} ${finding.id}: ${finding.message}`);
    lines.push(`          Fix: ${finding.fix} [${finding.source}]`);
    for (const line of finding.commands ? partLines(finding.commands) : [])
      lines.push(`            ${line}`);
  }
  if (report.activation) {
    const { activation } = report;
    lines.push('', `Enable it (${SHELL_LABELS[activation.part.shell]}, on ${activation.runOn}):`);
    for (const line of partLines(activation.part)) lines.push(`  ${line}`);
    for (const note of activation.notes) lines.push(`  - ${note}`);
  }
  return `${lines.join('\n')}\n`;
}

function comparedWith(report: CheckReport): string {
  if (!report.target) return 'Compared with: no planned certificate (names not compared)';
  const { derived, certificate } = report.target;
  return `Compared with: ${derived.product.label}, ${certificate.purpose} (CN=${certificate.commonName}, id ${certificate.id})`;
}

/** The JSON of `inspect --json`: the facts, and the comparison with commands rendered as text. */
export function inspectJson(file: FileFacts, report: CheckReport) {
  const target = report.target;
  return {
    file,
    compared: target
      ? {
          product: target.derived.product,
          certificate: target.certificate.id,
          commonName: target.certificate.commonName,
        }
      : null,
    subject: report.subject,
    coverage: report.coverage,
    findings: report.findings.map(({ commands, ...finding }) => ({
      ...finding,
      ...(commands ? { commands: { shell: commands.shell, lines: partLines(commands) } } : {}),
    })),
    activation: report.activation
      ? {
          runOn: report.activation.runOn,
          shell: report.activation.part.shell,
          commands: partLines(report.activation.part),
          notes: report.activation.notes,
        }
      : null,
  };
}
