/**
 * Where request and certificate files go, and the friendly names certificates get (unique in the
 * computer store, as L13-INT asks). Every path is inside the plan's certificate folder.
 */
import type { PlannedCertificate } from '../../derived.ts';
import type { Plan } from '../../plan/plan.ts';

export interface CertificateFiles {
  inf: string;
  request: string;
  issued: string;
  pfx: string;
}

/** Files for one certificate; `owner` tells apart the per-server certificates of one pool. */
export function certificateFiles(
  plan: Plan,
  certificate: PlannedCertificate,
  owner?: string,
): CertificateFiles {
  const name = owner ? `${owner.toLowerCase()}-${certificate.commonName}` : certificate.commonName;
  const base = `${plan.lync.certificateFolder}\\${name}`;
  return { inf: `${base}.inf`, request: `${base}.req`, issued: `${base}.cer`, pfx: `${base}.pfx` };
}

/** "Edge external 2026-12-01": what the certificate is, and when it was planned. */
export function friendlyName(plan: Plan, label: string): string {
  return `${label} ${plan.certificate.issueDate}`.slice(0, 63);
}
