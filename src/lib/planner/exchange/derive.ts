/**
 * Exchange 2013–SE: certificates, DNS, ordered runbook steps and findings for one plan. The
 * version's profile carries every difference; the rules below are shared.
 */
import type { Derived, Step } from '../derived.ts';
import type { ExchangeVersion, Plan } from '../plan/types.ts';
import { exchangeCertificates } from './certificates.ts';
import { exchangeDnsRecords } from './dns.ts';
import { exchangeFindings } from './findings.ts';
import { certificateInstallSteps, certificateRequestSteps } from './steps/certificate.ts';
import { checkSteps } from './steps/checks.ts';
import { clientAccessSteps } from './steps/client-access.ts';
import type { ExchangeContext } from './steps/context.ts';
import { dnsSteps } from './steps/dns.ts';
import { edgeSteps } from './steps/edge.ts';
import { legacySteps } from './steps/legacy.ts';
import { mailSteps } from './steps/mail.ts';
import { umSteps } from './steps/um.ts';
import { exchangeServers, requestServer } from './topology.ts';
import { EXCHANGE_PROFILES } from './versions/index.ts';

/**
 * The runbook order: ask the CA early (it takes time), prepare DNS while waiting, install and
 * enable the certificate, then move URLs and protocols onto it, and check at the end.
 */
const STEP_ORDER: ReadonlyArray<(context: ExchangeContext) => Step[]> = [
  certificateRequestSteps,
  dnsSteps,
  certificateInstallSteps,
  legacySteps,
  clientAccessSteps,
  mailSteps,
  edgeSteps,
  umSteps,
  checkSteps,
];

/** Derives everything for `plan` as the given Exchange version (a guide page passes its own). */
export function deriveExchange(
  input: Plan,
  version: ExchangeVersion = input.exchange.version,
): Derived {
  // A guide derives the reader's plan as its own version; every rule must then see that version.
  const plan: Plan =
    version === input.exchange.version
      ? input
      : { ...input, exchange: { ...input.exchange, version } };
  const profile = EXCHANGE_PROFILES[version];
  const certificates = exchangeCertificates(plan, profile);
  const [client] = certificates;
  if (!client) throw new Error('the client access certificate is always derived');
  const context: ExchangeContext = {
    plan,
    profile,
    client,
    certificates,
    dns: exchangeDnsRecords(plan),
    servers: exchangeServers(plan),
    origin: requestServer(plan),
  };
  return {
    product: { family: 'exchange', version, label: profile.label },
    certificates,
    dns: context.dns,
    steps: STEP_ORDER.flatMap((build) => build(context)),
    findings: exchangeFindings(plan, profile, certificates),
  };
}
