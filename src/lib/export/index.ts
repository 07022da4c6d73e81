/**
 * Every file UC Runbook hands out for a plan, in one registry: the guides' and the runbook page's
 * download list and `uc-runbook export` both read it. An export is either per product (the
 * PowerShell runbook, zone files, Windows DNS commands, certreq INF files, the SAN list) or per plan
 * (the plan as JSON, the renewal calendar). Listing the files is cheap and synchronous (names come
 * from what the planner derived); building one loads its writer on demand, so a page does not load
 * the CSV and iCalendar libraries until the reader asks for that file.
 */
import type { Derived } from '../planner/derived.ts';
import type { Plan } from '../planner/plan/plan.ts';
import { renderZoneFiles, serialFromDate } from '../render/bind-zone.ts';
import { renderInf } from '../render/inf.ts';
import { renderScript } from '../render/script.ts';
import { renderWindowsDns, WINDOWS_DNS_STEP } from '../render/windows-dns.ts';

export interface ExportInput {
  plan: Plan;
  /** The plan derived for each product the export covers (a guide: its own; the CLI: each). */
  derived: readonly Derived[];
  /** When the files are made (the calendar's DTSTAMP). */
  now: Date;
}

/** One file to hand out. */
export interface ExportFile {
  /** The export it belongs to (`script`, `zone`, …). */
  exportId: ExportId;
  label: string;
  fileName: string;
  mediaType: string;
  build(): Promise<string>;
}

export type ExportId =
  'script' | 'zone' | 'windows-dns' | 'inf' | 'san-csv' | 'plan-json' | 'calendar';

export interface ExportDefinition {
  id: ExportId;
  /** What the export is, for a list of downloads. */
  label: string;
  mediaType: string;
  /** Its files for the input; none when the plan has nothing of that kind (OCS has no script). */
  files(input: ExportInput): ExportFile[];
}

const base = (plan: Plan) => `uc-runbook-${plan.domains.primary}`;

/** A file of a product-scoped export, for each product in the input. */
function perProduct(
  input: ExportInput,
  make: (derived: Derived, prefix: string) => Omit<ExportFile, 'exportId' | 'mediaType'>[],
): Omit<ExportFile, 'exportId' | 'mediaType'>[] {
  return input.derived.flatMap((derived) =>
    make(derived, `${base(input.plan)}-${derived.product.id}`),
  );
}

const sync = (text: () => string) => () => Promise.resolve(text());

function definition(
  id: ExportId,
  label: string,
  mediaType: string,
  files: (input: ExportInput) => Omit<ExportFile, 'exportId' | 'mediaType'>[],
): ExportDefinition {
  return {
    id,
    label,
    mediaType,
    files: (input) => files(input).map((file) => ({ ...file, exportId: id, mediaType })),
  };
}

export const EXPORTS: readonly ExportDefinition[] = [
  definition('script', 'The whole runbook as a PowerShell script', 'text/plain', (input) =>
    perProduct(input, (derived, prefix) =>
      derived.steps.some((step) => step.parts.some((part) => part.kind === 'powershell'))
        ? [
            {
              label: `${derived.product.label} runbook (.ps1)`,
              fileName: `${prefix}.ps1`,
              build: sync(() =>
                renderScript(derived, `${input.plan.domains.primary}, ${derived.product.label}`),
              ),
            },
          ]
        : [],
    ),
  ),
  definition('zone', 'BIND zone files, one per zone and view', 'text/dns', (input) =>
    perProduct(input, (derived, prefix) =>
      renderZoneFiles(derived, { serial: serialFromDate(input.plan.certificate.issueDate) }).map(
        (zone) => ({
          label: `${derived.product.label}: ${zone.zone} (${zone.view === 'internal' ? 'internal' : 'public'} DNS)`,
          fileName: `${prefix}-${zone.fileName}`,
          build: sync(() => zone.text),
        }),
      ),
    ),
  ),
  definition('windows-dns', 'Internal DNS as Windows DNS Server commands', 'text/plain', (input) =>
    perProduct(input, (derived, prefix) =>
      derived.steps.some((step) => step.id === WINDOWS_DNS_STEP)
        ? [
            {
              label: `${derived.product.label}: internal DNS (Windows DNS Server, .ps1)`,
              fileName: `${prefix}-internal-dns.ps1`,
              build: sync(() => renderWindowsDns(derived)),
            },
          ]
        : [],
    ),
  ),
  definition('inf', 'certreq INF files, one per certificate request', 'text/plain', (input) =>
    perProduct(input, (derived, prefix) =>
      derived.steps.flatMap((step) =>
        step.parts.flatMap((part) =>
          part.kind === 'inf'
            ? [
                {
                  label: `${derived.product.label}: ${part.fileName} (certreq)`,
                  fileName: `${prefix}-${part.fileName}`,
                  build: sync(() => renderInf(part.request)),
                },
              ]
            : [],
        ),
      ),
    ),
  ),
  definition('san-csv', 'Certificate names with their reasons (CSV)', 'text/csv', (input) =>
    perProduct(input, (derived, prefix) => [
      {
        label: `${derived.product.label}: certificate names (.csv)`,
        fileName: `${prefix}-names.csv`,
        build: async () => (await import('./san-csv.ts')).renderSanCsv([derived]),
      },
    ]),
  ),
  definition('plan-json', 'The plan (JSON, plan v2)', 'application/json', (input) => [
    {
      label: 'The plan (plan.json)',
      fileName: `${base(input.plan)}-plan.json`,
      build: sync(() => `${JSON.stringify(input.plan, null, 2)}\n`),
    },
  ]),
  definition('calendar', 'Renewal reminders (iCalendar)', 'text/calendar', (input) => [
    {
      label: 'Renewal reminders (.ics)',
      fileName: `${base(input.plan)}-renewals.ics`,
      build: async () =>
        (await import('./calendar.ts')).renderRenewalCalendar(input.plan, input.derived, input.now),
    },
  ]),
];

/** Every file of every export for the input, in registry order. */
export function exportFiles(input: ExportInput): ExportFile[] {
  return EXPORTS.flatMap((definition) => definition.files(input));
}
