/**
 * The subject alternative names of every planned certificate as CSV (RFC 4180): one row per name,
 * with the certificate it belongs to and every reason it is there, for the CA order form, the
 * change ticket or a spreadsheet. Written by csv-stringify, which quotes what needs quoting; cells
 * that a spreadsheet would run as a formula (=, +, -, @ first) are escaped.
 */
// The browser build: the Node one reaches for Buffer, which browsers do not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Derived } from '../planner/derived.ts';

export const SAN_CSV_COLUMNS = [
  'product',
  'certificate',
  'purpose',
  'subject',
  'authority',
  'name',
  'reasons',
  'rules',
  'sources',
] as const;

export type SanCsvRow = Record<(typeof SAN_CSV_COLUMNS)[number], string>;

/** One row per name of every certificate the runbook replaces (the Exchange Auth one stays). */
export function sanRows(derived: readonly Derived[]): SanCsvRow[] {
  return derived.flatMap((product) =>
    product.certificates
      .filter((certificate) => certificate.replace)
      .flatMap((certificate) =>
        certificate.sans.map((san) => ({
          product: product.product.label,
          certificate: certificate.id,
          purpose: certificate.purpose,
          subject: certificate.subject,
          authority: certificate.authority,
          name: san.name,
          // A line break inside a quoted cell: each reason on its own line in a spreadsheet.
          reasons: san.reasons.map((reason) => reason.text).join('\n'),
          rules: san.reasons.map((reason) => reason.rule).join('\n'),
          sources: [...new Set(san.reasons.map((reason) => reason.source))].join('\n'),
        })),
      ),
  );
}

export function renderSanCsv(derived: readonly Derived[]): string {
  return stringify(sanRows(derived), {
    header: true,
    columns: [...SAN_CSV_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /\n/,
    escape_formulas: true,
  });
}
