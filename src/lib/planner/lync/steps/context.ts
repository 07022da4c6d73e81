import type { SharedCertificate } from '../../combined/sharing.ts';
import type { DnsRecord, PlannedCertificate, PortRule } from '../../derived.ts';
import type { LyncBasis } from '../basis.ts';

export { ensureFolder, instructions, powershell } from '../../common/step-parts.ts';

/** What every step builder receives: the basis and what has already been derived from it. */
export interface LyncContext extends LyncBasis {
  certificates: PlannedCertificate[];
  dns: DnsRecord[];
  ports: PortRule[];
  /** The certificate shared with Exchange, when the plan shares one. */
  shared?: SharedCertificate;
}

/** The certificate with `id`; the step builders only ask for ones their rules created. */
export function certificate(context: LyncContext, id: string): PlannedCertificate | undefined {
  return context.certificates.find((candidate) => candidate.id === id);
}

/**
 * A renewal on 2013 and later rolls the OAuthTokenIssuer and A/V authentication certificates in
 * with -Roll and an effective date (SFB-ROLL) instead of assigning them at once.
 */
export function stagesRenewal(context: LyncBasis): boolean {
  return context.plan.certificate.purpose === 'renewal' && context.profile.roll;
}
