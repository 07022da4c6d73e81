/**
 * What the planner derives from a plan. Plain, serialisable data: the same object feeds the CLI's
 * JSON, the renderers and the site's islands.
 */
import type { Statement } from './powershell/ast.ts';
import type { SourceId } from './sources.ts';

/** Why something is in the output: the rule that put it there, in words, with its source. */
export interface Reason {
  /** Stable rule id, e.g. `exchange.san.namespace`. */
  rule: string;
  text: string;
  source: SourceId;
}

export interface SubjectAltName {
  name: string;
  reasons: Reason[];
}

export type ExchangeService = 'IIS' | 'SMTP' | 'POP' | 'IMAP' | 'UM' | 'UMCallRouter';

export interface PlannedCertificate {
  id: string;
  /** One line: what this certificate is for. */
  purpose: string;
  /** X.500 subject as New-ExchangeCertificate -SubjectName takes it. */
  subject: string;
  commonName: string;
  sans: SubjectAltName[];
  services: ExchangeService[];
  authority: 'public' | 'enterprise' | 'self-signed';
  /** NetBIOS names of the servers that get this certificate. */
  servers: string[];
  keySize: number;
  wildcard: boolean;
  /** False for certificates the runbook must leave alone (the Auth certificate). */
  replace: boolean;
  notes: Reason[];
}

export type DnsView = 'internal' | 'external';
export type DnsRecordType = 'A' | 'CNAME' | 'MX' | 'SRV' | 'PTR';

export interface DnsRecord {
  /** Which DNS the record belongs in: the public zone or the internal (AD) one. */
  zone: DnsView;
  /** The DNS zone (origin) the record lives in, e.g. contoso.com or mail.contoso.com (pin-point). */
  zoneName: string;
  /** Absolute owner name, no trailing dot. */
  name: string;
  type: DnsRecordType;
  /** Address or target host; null when the plan does not hold the address yet. */
  value: string | null;
  ttl: number;
  priority?: number;
  weight?: number;
  port?: number;
  /** Set when `value` is null: what is missing, in words. */
  missing?: string;
  reason: Reason;
}

/** Where a step's commands run. */
export type Shell = 'exchange' | 'exchange-edge' | 'exchange-2007' | 'windows' | 'none';

export interface Step {
  id: string;
  title: string;
  /** Why the step exists, in one or two sentences. */
  why: string;
  /** Which machine to run it on, in words (e.g. "EX01", "a domain controller"). */
  runOn: string;
  shell: Shell;
  commands: Statement[];
  /** Things to do or watch that are not commands. */
  notes: string[];
  sources: SourceId[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable id, e.g. `internal-name-on-public-certificate`. */
  id: string;
  severity: Severity;
  message: string;
  fix: string;
  source: SourceId;
  /** Plan field the finding is about, when there is one. */
  path?: string;
}

export interface Derived {
  product: { family: 'exchange'; version: string; label: string };
  certificates: PlannedCertificate[];
  dns: DnsRecord[];
  steps: Step[];
  findings: Finding[];
}
