/**
 * Findings: what in the plan will fail, is risky, or is worth knowing, for one Lync / Skype for
 * Business version. Each has a stable id, a severity, a fix and a source; errors make the CLI exit 1.
 */
import { certificateShareOutsideOrganisation } from '../../common/file-share.ts';
import type { DnsRecord, Finding, PlannedCertificate } from '../../derived.ts';
import type { LyncBasis } from '../basis.ts';
import { ACCESS_EDGE_ID, EDGE_EXTERNAL_ID } from '../certificates/edge.ts';
import { frontEndCertificateId, poolCertificateId } from '../certificates/internal.ts';
import {
  sipNamesMissing,
  srvTargetsOutsideDomain,
  unsupportedWildcards,
  wildcardSubjects,
} from './guards.ts';
import { addresses, adDomain, directors, externalWebNames, pools, simpleUrls } from './topology.ts';
import {
  clockTrap,
  cng,
  commonCertificateRules,
  enterpriseCaOutside,
  mobilityUpdate,
  noEdge,
  persistentChat,
  reverseProxy,
  singleAddress,
  supportLifecycle,
  xmpp,
} from './version.ts';

/** Request, certificate and PFX files written to a share outside the organisation (issue 8). */
const certificateShare = (basis: LyncBasis) =>
  certificateShareOutsideOrganisation(basis.plan, 'lync', 'PS-REQ');

const PLAN_RULES = [
  supportLifecycle,
  pools,
  externalWebNames,
  directors,
  simpleUrls,
  xmpp,
  persistentChat,
  cng,
  enterpriseCaOutside,
  adDomain,
  addresses,
  singleAddress,
  noEdge,
  mobilityUpdate,
  clockTrap,
  certificateShare,
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The certificates that must carry sip.<domain> for every SIP domain: Edge external, sign-in pool. */
function sipCertificateIds(basis: LyncBasis): string[] {
  const pool = basis.pools[0];
  const internal =
    basis.profile.internalCertificates === 'per-pool'
      ? pool
        ? [poolCertificateId(pool)]
        : []
      : (pool?.servers ?? []).map(frontEndCertificateId);
  return [...internal, EDGE_EXTERNAL_ID, ACCESS_EDGE_ID];
}

export function lyncFindings(
  basis: LyncBasis,
  certificates: PlannedCertificate[],
  dns: DnsRecord[],
): Finding[] {
  return [
    ...wildcardSubjects(certificates),
    ...unsupportedWildcards(certificates, basis.profile),
    ...srvTargetsOutsideDomain(dns),
    ...sipNamesMissing(certificates, basis.plan.lync.sipDomains, sipCertificateIds(basis)),
    ...PLAN_RULES.flatMap((rule) => rule(basis)),
    ...reverseProxy(basis, certificates),
    ...commonCertificateRules(basis, certificates),
  ].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
