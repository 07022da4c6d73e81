/** The human-readable report of `uc-runbook plan`. */
import type { Derived, DnsRecord, PlannedCertificate } from '../lib/planner/index.ts';
import type { Plan } from '../lib/planner/index.ts';
import { renderStatement } from '../lib/render/powershell.ts';

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((line) => ' '.repeat(by) + line)
    .join('\n');

function certificateText(certificate: PlannedCertificate, index: number): string {
  const width = Math.max(...certificate.sans.map((san) => san.name.length), 0);
  const names = certificate.sans.map(
    (san) =>
      `${san.name.padEnd(width)}  ${san.reasons.map((reason) => `${reason.text} [${reason.source}]`).join(' ')}`,
  );
  return [
    `${index + 1}. ${certificate.purpose}`,
    `   Subject   ${certificate.subject}`,
    `   Issuer    ${certificate.authority === 'self-signed' ? 'self-signed' : `${certificate.authority} CA`}, RSA ${certificate.keySize}`,
    `   Services  ${certificate.services.join(', ')}`,
    ...(certificate.servers.length > 0 ? [`   Servers   ${certificate.servers.join(', ')}`] : []),
    ...(names.length > 0 ? ['   Names', ...names.map((line) => `     ${line}`)] : []),
    ...certificate.notes.map((note) => `   Note      ${note.text} [${note.source}]`),
  ].join('\n');
}

function recordLine(record: DnsRecord): string {
  const value = record.value ?? `(not given: ${record.missing})`;
  const extra =
    record.type === 'MX'
      ? `${record.priority} `
      : record.type === 'SRV'
        ? `${record.priority} ${record.weight} ${record.port} `
        : '';
  return `${record.name}  ${record.type}  ${extra}${value}  (TTL ${record.ttl}, zone ${record.zoneName})`;
}

export function planText(plan: Plan, derived: Derived): string {
  const sections = [
    `UC Runbook: ${derived.product.label} for ${plan.domains.primary}`,
    '',
    'Certificates',
    ...derived.certificates.map((certificate, index) =>
      indent(certificateText(certificate, index), 2),
    ),
    '',
    'DNS: public',
    ...derived.dns
      .filter((record) => record.zone === 'external')
      .map((record) => `  ${recordLine(record)}`),
    '',
    'DNS: internal',
    ...derived.dns
      .filter((record) => record.zone === 'internal')
      .map((record) => `  ${recordLine(record)}`),
    '',
    'Steps',
    ...derived.steps.flatMap((step, index) => [
      `  ${index + 1}. ${step.title}  [${step.runOn}]`,
      ...step.commands.map((statement) => `       ${renderStatement(statement)}`),
      ...step.notes.map((note) => `       - ${note}`),
    ]),
    '',
    'Findings',
    ...(derived.findings.length === 0
      ? ['  none']
      : derived.findings.flatMap((finding) => [
          `  ${finding.severity.padEnd(7)} ${finding.id}: ${finding.message}`,
          `          Fix: ${finding.fix} [${finding.source}]`,
        ])),
  ];
  return `${sections.join('\n')}\n`;
}

/** The JSON of `uc-runbook plan --json`: the derived data with commands rendered as PowerShell text. */
export function planJson(plan: Plan, derived: Derived): unknown {
  return {
    product: derived.product,
    plan,
    certificates: derived.certificates,
    dns: derived.dns,
    steps: derived.steps.map((step) => ({ ...step, commands: step.commands.map(renderStatement) })),
    findings: derived.findings,
  };
}
