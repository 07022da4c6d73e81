/**
 * The reverse proxy's listener certificate: the external web services of every pool and Director,
 * the simple URLs that work from outside, and lyncdiscover for mobile clients. Sources: L13-RPCERT,
 * L13-RPREQ, L10-RPCERT, L13-MOBCERT, OCS-SAMPLE (OCS: the external web farm FQDN).
 */
import { NameList } from '../../common/name-list.ts';
import { subjectName } from '../../common/subject.ts';
import type { PlannedCertificate } from '../../derived.ts';
import { signInPool, type LyncBasis } from '../basis.ts';
import { addAutodiscover, addSimpleUrls } from './names.ts';

export const REVERSE_PROXY_ID = 'lync-reverse-proxy';

/** The reverse proxy only matters with an Edge: without one nothing is published to the internet. */
export function reverseProxyCertificates(basis: LyncBasis): PlannedCertificate[] {
  const { plan, profile } = basis;
  if (!plan.lync.edge.enabled) return [];
  const source = profile.sources.reverseProxyCertificate;
  const names = new NameList();
  for (const view of basis.pools) {
    names.add(view.pool.externalWeb, {
      rule: 'lync.san.rp-external-web',
      text: `External web services of pool ${view.pool.fqdn}: remote clients download the address book, expand groups and fetch meeting content here. The first one is also the subject, repeated because clients check this list.`,
      source,
    });
  }
  if (plan.lync.director.enabled && profile.directorExternalWeb) {
    names.add(plan.lync.director.externalWeb, {
      rule: 'lync.san.rp-director-web',
      text: 'External web services of the Director pool, published next to the Front End pools.',
      source,
    });
  }
  addSimpleUrls(names, basis, ['external']);
  addAutodiscover(names, basis, ['external']);
  const commonName = signInPool(basis).pool.externalWeb;
  return [
    {
      id: REVERSE_PROXY_ID,
      role: 'reverse-proxy',
      purpose: 'Reverse proxy listener: external web services, simple URLs and mobile autodiscover',
      subject: subjectName(plan.organization, commonName),
      commonName,
      sans: names.toArray(),
      usages: ['Reverse proxy HTTPS listener'],
      extendedKeyUsage: ['serverAuth'],
      authority: plan.certificate.authority,
      exportable: true,
      servers: [],
      keySize: plan.certificate.keySize,
      wildcard: false,
      replace: true,
      notes: [
        {
          rule: 'lync.rp.public-ca',
          text: 'Clients on the internet and mobile devices must trust it: order it from a public CA. The reverse proxy must accept certificates with several names and must trust your enterprise CA, which issued the Front End certificates behind it.',
          source,
        },
      ],
    },
  ];
}
