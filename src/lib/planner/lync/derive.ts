/**
 * OCS 2007 R2 to Skype for Business SE: certificates, DNS, ports, ordered runbook steps and
 * findings for one plan. The version's profile carries every difference; the rules are shared.
 */
import { applySharing, type Sharing } from '../combined/sharing.ts';
import type { Derived, Step } from '../derived.ts';
import { assumptions } from '../plan/operations.ts';
import type { Plan } from '../plan/plan.ts';
import type { LyncProductId } from '../products.ts';
import { lyncBasis, type LyncBasis } from './basis.ts';
import { lyncCertificates } from './certificates/index.ts';
import { lyncDnsRecords } from './dns.ts';
import { lyncFindings } from './findings/index.ts';
import { lyncPorts } from './ports.ts';
import type { LyncProfile } from './profiles/index.ts';
import type { LyncContext } from './steps/context.ts';
import { dnsSteps } from './steps/dns.ts';
import { edgeInstallSteps, edgeRequestSteps } from './steps/edge.ts';
import { ocsEdgeSteps, ocsServerSteps } from './steps/ocs.ts';
import { renewalCleanupSteps, renewalSteps } from './steps/renewal.ts';
import { reverseProxyInstallSteps, reverseProxyRequestSteps } from './steps/reverse-proxy.ts';
import { oauthSteps, serverCertificateSteps } from './steps/servers.ts';
import { sharedCertificateSteps } from './steps/shared-certificate.ts';
import { simpleUrlSteps } from './steps/simple-urls.ts';
import { verifySteps } from './steps/verify.ts';

type StepBuilder = (context: LyncContext) => Step[];

/**
 * The runbook order. Public certificates are requested early (the CA is the slow part), DNS is
 * prepared while they are issued, then everything is installed, the simple URLs registered and
 * the result checked; 2013 and later end with how to stage the next OAuth and A/V certificates.
 */
const STEP_ORDER: Readonly<Record<LyncProfile['tooling'], readonly StepBuilder[]>> = {
  'management-shell': [
    edgeRequestSteps,
    reverseProxyRequestSteps,
    serverCertificateSteps,
    oauthSteps,
    dnsSteps,
    edgeInstallSteps,
    sharedCertificateSteps,
    reverseProxyInstallSteps,
    simpleUrlSteps,
    verifySteps,
    renewalSteps,
  ],
  wizard: [
    sharedCertificateSteps,
    ocsEdgeSteps,
    reverseProxyRequestSteps,
    ocsServerSteps,
    dnsSteps,
    reverseProxyInstallSteps,
    verifySteps,
  ],
};

/**
 * A renewal keeps every name and record: no DNS or simple URL step, and the old certificates go
 * last, once the new ones are assigned everywhere (on 2013 and later, staged with -Roll).
 */
function stepOrder(basis: LyncBasis): readonly StepBuilder[] {
  const order = STEP_ORDER[basis.profile.tooling];
  if (basis.plan.certificate.purpose !== 'renewal') return order;
  return [
    ...order.filter((build) => build !== dnsSteps && build !== simpleUrlSteps),
    renewalCleanupSteps,
  ];
}

/**
 * Derives everything for `plan` as the given Lync product (a guide page passes its own).
 * `sharing` (combined/index.ts) puts the certificate shared with Exchange in place of the reverse
 * proxy's and the Edge's external certificates.
 */
export function deriveLync(
  input: Plan,
  product: LyncProductId = input.lync.product,
  sharing?: Sharing,
): Derived {
  const basis = lyncBasis(input, product);
  const certificates = applySharing('lync', lyncCertificates(basis), sharing);
  const dns = lyncDnsRecords(basis);
  const context: LyncContext = {
    ...basis,
    certificates,
    dns,
    ports: lyncPorts(basis),
    ...(sharing?.shared ? { shared: sharing.shared } : {}),
  };
  return {
    product: { id: product, family: 'lync', label: basis.product.label },
    certificates,
    dns,
    ports: context.ports,
    steps: stepOrder(basis).flatMap((build) => build(context)),
    findings: [...lyncFindings(basis, certificates, dns), ...(sharing?.findings ?? [])],
    assumptions: assumptions(basis.plan, 'lync'),
  };
}
