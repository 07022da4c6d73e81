/**
 * Exchange 2007–SE: certificates, DNS, ordered runbook steps and findings for one plan. The
 * version's profile (and in a migration the older version's) carries every difference; the rules
 * below are shared.
 */
import { applySharing, type Sharing } from '../combined/sharing.ts';
import type { Derived, Step } from '../derived.ts';
import { assumptions } from '../plan/operations.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import { exchangeBasis } from './basis.ts';
import { exchangeCertificates } from './certificates.ts';
import { exchangeDnsRecords } from './dns.ts';
import { exchangeFindings } from './findings.ts';
import { certificateInstallSteps, certificateRequestSteps } from './steps/certificate.ts';
import { verifyAfterDnsSteps, verifyBeforeDnsSteps } from './steps/checks.ts';
import { cleanupSteps } from './steps/cleanup.ts';
import { autodiscoverStep, clientAccessSteps } from './steps/client-access.ts';
import {
  olderCertificateSteps,
  olderOutlookAnywhereSteps,
  olderUrlSteps,
} from './steps/coexistence.ts';
import type { ExchangeContext } from './steps/context.ts';
import { dnsCutoverSteps, dnsPrepareSteps } from './steps/dns.ts';
import { edgeSteps } from './steps/edge.ts';
import { mailSteps } from './steps/mail.ts';
import { sharedCertificateSteps } from './steps/shared-certificate.ts';
import { sbsSteps } from './steps/sbs.ts';
import { umSteps } from './steps/um.ts';
import { exchangeServers, requestServer } from './topology.ts';

/**
 * A cutover nobody notices until it is finished:
 * 1. prepare: the request (the CA is the slow part), new names and copied zones that nothing uses
 *    yet, Outlook Anywhere on the older servers;
 * 2. install and enable the certificate, on the new servers and the older ones;
 * 3. move URLs and mail settings onto it;
 * 4. test the servers directly, before any client is sent to them;
 * 5. switch DNS, then the Autodiscover SCP that names what DNS now resolves;
 * 6. verify again, then remove the old certificate and the PFX copies.
 */
const STEP_ORDER: ReadonlyArray<(context: ExchangeContext) => Step[]> = [
  certificateRequestSteps,
  dnsPrepareSteps,
  olderOutlookAnywhereSteps,
  certificateInstallSteps,
  sharedCertificateSteps,
  sbsSteps,
  olderCertificateSteps,
  umSteps,
  edgeSteps,
  clientAccessSteps,
  olderUrlSteps,
  mailSteps,
  verifyBeforeDnsSteps,
  dnsCutoverSteps,
  (context) => [autodiscoverStep(context)],
  verifyAfterDnsSteps,
  cleanupSteps,
];

/**
 * A renewal (EX-Renew) keeps the names, URLs and DNS: the renewed certificate is requested from
 * the one in place, enabled wherever that one is used (every server, the older servers of a
 * migration, UM, Edge, the connectors that name it), checked, and the old one removed last.
 */
const RENEWAL_ORDER: ReadonlyArray<(context: ExchangeContext) => Step[]> = [
  certificateRequestSteps,
  certificateInstallSteps,
  sharedCertificateSteps,
  sbsSteps,
  olderCertificateSteps,
  umSteps,
  edgeSteps,
  mailSteps,
  verifyAfterDnsSteps,
  cleanupSteps,
];

/**
 * Derives everything for `plan` as the given Exchange product (a guide page passes its own).
 * `sharing` (combined/index.ts) puts the certificate shared with Lync/Skype for Business in place
 * of the client access certificate.
 */
export function deriveExchange(
  input: Plan,
  product: ExchangeProductId = input.exchange.product,
  sharing?: Sharing,
): Derived {
  const shared = sharing?.shared;
  // The shared certificate lists every name, so the wildcard steps must not run either.
  const plan: Plan = shared
    ? {
        ...input,
        exchange: {
          ...input.exchange,
          certificate: { ...input.exchange.certificate, wildcard: false },
        },
      }
    : input;
  const basis = exchangeBasis(plan, product);
  // The client access certificate, or the shared one in its place, always comes first.
  const certificates = applySharing('exchange', exchangeCertificates(basis), sharing);
  const [client] = certificates;
  if (!client) throw new Error('the client access certificate is always derived');
  const context: ExchangeContext = {
    ...basis,
    client,
    certificates,
    dns: exchangeDnsRecords(basis),
    servers: exchangeServers(basis.plan),
    origin: requestServer(basis.plan),
    ...(shared ? { shared } : {}),
  };
  return {
    product: { id: product, family: 'exchange', label: basis.product.label },
    certificates,
    dns: context.dns,
    ports: [],
    steps: (basis.plan.certificate.purpose === 'renewal' ? RENEWAL_ORDER : STEP_ORDER).flatMap(
      (build) => build(context),
    ),
    findings: [...exchangeFindings(basis, certificates), ...(sharing?.findings ?? [])],
    assumptions: assumptions(basis.plan, 'exchange'),
  };
}
