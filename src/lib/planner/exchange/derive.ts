/**
 * Exchange 2013–SE: certificates, DNS, ordered runbook steps and findings for one plan. The
 * version's profile carries every difference; the rules below are shared.
 */
import type { Derived, Step } from '../derived.ts';
import { assumptions } from '../plan/operations.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import { exchangeBasis } from './basis.ts';
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

/**
 * The Exchange runbook order: ask the CA early (it takes time), prepare DNS while waiting, install
 * and enable the certificate, then move URLs and protocols onto it, and check at the end.
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

/** Derives everything for `plan` as the given Exchange product (a guide page passes its own). */
export function deriveExchange(
  input: Plan,
  product: ExchangeProductId = input.exchange.product,
): Derived {
  const basis = exchangeBasis(input, product);
  const certificates = exchangeCertificates(basis);
  const [client] = certificates;
  if (!client) throw new Error('the client access certificate is always derived');
  const context: ExchangeContext = {
    ...basis,
    client,
    certificates,
    dns: exchangeDnsRecords(basis),
    servers: exchangeServers(basis.plan),
    origin: requestServer(basis.plan),
  };
  return {
    product: { id: product, family: 'exchange', label: basis.product.label },
    certificates,
    dns: context.dns,
    ports: [],
    steps: STEP_ORDER.flatMap((build) => build(context)),
    findings: exchangeFindings(basis, certificates),
    assumptions: assumptions(basis.plan, 'exchange'),
  };
}
