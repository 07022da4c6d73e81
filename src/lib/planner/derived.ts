/**
 * What the planner derives from a plan for one product. Plain, serialisable data: the same object
 * feeds the CLI's JSON, the renderers, the runbook and the site's islands, whatever the product
 * family. Every name, record, port and finding says why it is there and where that comes from.
 */
import type { Assumption } from './plan/operations.ts';
import type { Statement } from './powershell/ast.ts';
import type { Family, ProductId } from './products.ts';
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

export interface PlannedCertificate {
  id: string;
  /** What the certificate is for within its product (`client-access`, `edge-external`, …). */
  role: string;
  /** One line: what this certificate is for. */
  purpose: string;
  /** X.500 subject, in the form the product's request tool takes. */
  subject: string;
  commonName: string;
  sans: SubjectAltName[];
  /**
   * What the certificate is assigned to: Exchange services (IIS, SMTP, POP…) or Lync/Skype for
   * Business certificate types (Default, WebServicesInternal, AccessEdgeExternal…).
   */
  usages: string[];
  /** Extended key usages the certificate needs. */
  extendedKeyUsage: ('serverAuth' | 'clientAuth')[];
  authority: 'public' | 'enterprise' | 'self-signed';
  /** The private key must be exportable (copied to other servers, or a pool shares it). */
  exportable: boolean;
  /** Computer names of the servers that get this certificate. */
  servers: string[];
  keySize: number;
  wildcard: boolean;
  /** False for certificates the runbook must leave alone (the Exchange Auth certificate). */
  replace: boolean;
  notes: Reason[];
}

/** Which DNS a record belongs in: the public one, or the organisation's internal DNS. */
export type DnsView = 'internal' | 'external';
export type DnsRecordType = 'A' | 'CNAME' | 'MX' | 'SRV' | 'PTR' | 'TXT';

export interface DnsRecord {
  view: DnsView;
  /** The DNS zone (origin) the record lives in, e.g. contoso.com, or mail.contoso.com (pin-point). */
  zone: string;
  /** Absolute owner name, no trailing dot. */
  name: string;
  type: DnsRecordType;
  /** Address, target host or text; null when the plan does not hold the address yet. */
  value: string | null;
  ttl: number;
  priority?: number;
  weight?: number;
  port?: number;
  /** Set when `value` is null: what is missing, in words. */
  missing?: string;
  reason: Reason;
}

/** A rule for a firewall: what must be open, between where, and why. */
export interface PortRule {
  id: string;
  /** Where the traffic comes from, in words ("the internet", "Front End servers"). */
  from: string;
  /** Where it goes ("Access Edge, external interface"). */
  to: string;
  protocol: 'TCP' | 'UDP' | 'TCP/UDP';
  /** A port or a range: "443", "50000-59999". */
  ports: string;
  reason: Reason;
}

/** The shells PowerShell parts run in; each has its own cmdlet catalog. */
export type Shell = 'exchange' | 'exchange-edge' | 'exchange-2007' | 'lync' | 'windows';

/** A certificate request written as a certreq.exe INF file (what the OCS wizard writes, too). */
export interface CertificateRequestFile {
  subject: string;
  /** Every name for the subject alternative name extension, the subject's name first. */
  sans: string[];
  keyLength: number;
  exportable: boolean;
  friendlyName: string;
  /** An enterprise CA template (CertificateTemplate attribute), or none for a public CA. */
  template?: string;
}

/** One click or field in a wizard, in order. */
export interface WizardAction {
  action: 'open' | 'choose' | 'enter' | 'check' | 'click';
  /** The page, option, field or button, as the wizard labels it. */
  target: string;
  /** The value to enter or choose. */
  value?: string;
}

/** A step's body is a list of typed parts; renderers and islands handle each kind once. */
export type StepPart =
  | {
      kind: 'powershell';
      shell: Shell;
      statements: Statement[];
      /**
       * The product whose shell runs these statements when it is not the one derived: the older
       * servers of a migration (Exchange 2010 commands in an Exchange 2016 runbook).
       */
      product?: ProductId;
    }
  | { kind: 'inf'; fileName: string; request: CertificateRequestFile }
  | { kind: 'wizard'; tool: string; actions: WizardAction[] }
  | { kind: 'instructions'; items: string[] };

export interface Step {
  id: string;
  title: string;
  /** Why the step exists, in one or two sentences. */
  why: string;
  /** Which machine to run it on, in words (e.g. "EX01", "a domain controller"). */
  runOn: string;
  parts: StepPart[];
  /** Things to watch that are not commands. */
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

export type { Assumption };

export interface Derived {
  product: { id: ProductId; family: Family; label: string };
  certificates: PlannedCertificate[];
  dns: DnsRecord[];
  /** Firewall rules; empty for products without an Edge or reverse proxy to plan. */
  ports: PortRule[];
  steps: Step[];
  findings: Finding[];
  /** Plan values the guide uses that the reader never set (defaults that stand for facts). */
  assumptions: Assumption[];
}

/** The PowerShell parts of a step, in order. */
export function powershellParts(step: Step): Extract<StepPart, { kind: 'powershell' }>[] {
  return step.parts.filter(
    (part): part is Extract<StepPart, { kind: 'powershell' }> => part.kind === 'powershell',
  );
}
