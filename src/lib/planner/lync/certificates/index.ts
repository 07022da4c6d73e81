/**
 * Every certificate a Lync / Skype for Business plan needs, in the order the runbook handles them:
 * internal servers (and OAuth), then the Edge, then the reverse proxy.
 */
import type { PlannedCertificate } from '../../derived.ts';
import type { LyncBasis } from '../basis.ts';
import { edgeCertificates } from './edge.ts';
import { internalServerCertificates } from './internal.ts';
import { reverseProxyCertificates } from './reverse-proxy.ts';

export function lyncCertificates(basis: LyncBasis): PlannedCertificate[] {
  return [
    ...internalServerCertificates(basis),
    ...edgeCertificates(basis),
    ...reverseProxyCertificates(basis),
  ];
}
