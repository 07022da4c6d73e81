/** The human-readable report of `uc-runbook plan`. */
import { recordData } from '../lib/planner/common/dns.ts';
import type {
  Derived,
  DnsRecord,
  Plan,
  PlannedCertificate,
  StepPart,
} from '../lib/planner/index.ts';
import { renderInf } from '../lib/render/inf.ts';
import { partLines } from '../lib/render/parts.ts';
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
    `   Used for  ${certificate.usages.join(', ')}`,
    ...(certificate.servers.length > 0 ? [`   Servers   ${certificate.servers.join(', ')}`] : []),
    ...(names.length > 0 ? ['   Names', ...names.map((line) => `     ${line}`)] : []),
    ...certificate.notes.map((note) => `   Note      ${note.text} [${note.source}]`),
  ].join('\n');
}

function recordLine(record: DnsRecord): string {
  const value = recordData(record) ?? `(not given: ${record.missing})`;
  return `${record.name}  ${record.type}  ${value}  (TTL ${record.ttl}, zone ${record.zone})`;
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
      .filter((record) => record.view === 'external')
      .map((record) => `  ${recordLine(record)}`),
    '',
    'DNS: internal',
    ...derived.dns
      .filter((record) => record.view === 'internal')
      .map((record) => `  ${recordLine(record)}`),
    ...(derived.ports.length > 0
      ? [
          '',
          'Ports',
          ...derived.ports.map(
            (rule) =>
              `  ${rule.from} -> ${rule.to}  ${rule.protocol} ${rule.ports}  (${rule.reason.text})`,
          ),
        ]
      : []),
    '',
    'Steps',
    ...derived.steps.flatMap((step, index) => [
      `  ${index + 1}. ${step.title}  [${step.runOn}]`,
      ...step.parts.flatMap(partLines).map((line) => `       ${line}`),
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

/**
 * The JSON of `uc-runbook plan --json`: the derived data, with PowerShell statements rendered as
 * text (`commands`) and INF files as text (`text`), so a consumer never needs our syntax tree.
 */
export function planJson(plan: Plan, derived: Derived): unknown {
  return {
    product: derived.product,
    plan,
    certificates: derived.certificates,
    dns: derived.dns,
    ports: derived.ports,
    steps: derived.steps.map(({ parts, ...step }) => ({ ...step, parts: parts.map(partJson) })),
    findings: derived.findings,
    assumptions: derived.assumptions,
  };
}

function partJson(part: StepPart): unknown {
  switch (part.kind) {
    case 'powershell':
      return {
        kind: part.kind,
        shell: part.shell,
        ...(part.product ? { product: part.product } : {}),
        commands: part.statements.map(renderStatement),
      };
    case 'inf':
      return { ...part, text: renderInf(part.request) };
    default:
      return part;
  }
}
