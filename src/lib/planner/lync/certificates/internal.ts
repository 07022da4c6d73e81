/**
 * Certificates of the internal servers: Front End (or Standard Edition) and Director, and the
 * global OAuthTokenIssuer certificate. Lync 2010 and later give each server one certificate for
 * its Default, WebServicesInternal and WebServicesExternal uses (the union of the three name lists,
 * which is what Request-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal asks
 * for); OCS 2007 R2 has one certificate per pool, copied to each Front End and also assigned to the
 * Web Components in IIS. Sources: L10-INT, L13-INT, SFB-ENV, OCS-INT, L13-S2S, SFB-S2S.
 *
 * Documented conflict §11.2 (subject of the web certificates: pool or server FQDN): the subject is
 * the pool FQDN, which is what Request-CsCertificate writes for a pool member (PS-REQ).
 */
import { NameList } from '../../common/name-list.ts';
import { subjectName } from '../../common/subject.ts';
import type { PlannedCertificate, Reason } from '../../derived.ts';
import { signInPool, type LyncBasis } from '../basis.ts';
import type { LyncServer, PoolView } from '../topology.ts';
import { sipHost } from '../topology.ts';
import { addAutodiscover, addSimpleUrls } from './names.ts';

export const WEB_SERVER_TYPES = ['Default', 'WebServicesInternal', 'WebServicesExternal'];
const OCS_USES = ['Front End (SIP over MTLS and TLS)', 'Web Components (IIS)'];

export const frontEndCertificateId = (server: LyncServer): string =>
  `lync-front-end-${server.name.toLowerCase()}`;
export const directorCertificateId = (server: LyncServer): string =>
  `lync-director-${server.name.toLowerCase()}`;
export const poolCertificateId = (view: PoolView): string => `lync-pool-${view.index + 1}`;
export const OAUTH_CERTIFICATE_ID = 'lync-oauth';
export const DIRECTOR_POOL_CERTIFICATE_ID = 'lync-director-pool';

/** What a Front End pool or a Director pool looks like to the certificate rules. */
interface WebPool {
  kind: 'front-end' | 'director';
  fqdn: string;
  internalWeb: string;
  externalWeb: string | null;
  servers: LyncServer[];
  signIn: boolean;
}

const fromPool = (view: PoolView): WebPool => ({
  kind: 'front-end',
  fqdn: view.pool.fqdn,
  internalWeb: view.pool.internalWeb,
  externalWeb: view.pool.externalWeb,
  servers: view.servers,
  signIn: view.signIn,
});

function directorPool(basis: LyncBasis): WebPool {
  const { director } = basis.plan.lync;
  return {
    kind: 'director',
    fqdn: director.fqdn,
    internalWeb: director.fqdn,
    externalWeb: director.externalWeb,
    servers: basis.directors,
    signIn: false,
  };
}

export function internalServerCertificates(basis: LyncBasis): PlannedCertificate[] {
  const pools = basis.pools.map(fromPool);
  if (basis.plan.lync.director.enabled) pools.push(directorPool(basis));
  const certificates =
    basis.profile.internalCertificates === 'per-server'
      ? pools.flatMap((pool) =>
          pool.servers.map((server) => serverCertificate(basis, pool, server)),
        )
      : pools.map((pool, index) => poolCertificate(basis, pool, index));
  if (basis.profile.oauth) certificates.push(oauthCertificate(basis));
  return certificates;
}

/** Names every certificate of the pool shares: its FQDN, web FQDNs, sign-in names. */
function poolNames(basis: LyncBasis, pool: WebPool, server: LyncServer | null): NameList {
  const { plan, profile } = basis;
  const source = profile.sources.internalCertificates;
  const names = new NameList();
  const what = pool.kind === 'director' ? 'Director pool' : 'pool';
  names.add(pool.fqdn, {
    rule: 'lync.san.pool',
    text: `The ${what} FQDN, which is also the subject: servers and clients check the names in this list, not the subject, so the subject is repeated here.${server && server.fqdn !== pool.fqdn ? " Request-CsCertificate makes the pool FQDN the subject of every member's certificate; one Microsoft example shows the server's own name instead." : ''}`,
    source,
  });
  if (server && server.fqdn !== pool.fqdn) {
    names.add(server.fqdn, {
      rule: 'lync.san.server',
      text: `${server.name}'s own FQDN: the other servers reach this one by name over MTLS, and Request-CsCertificate puts it on the Default certificate of a pool member.`,
      source,
    });
  }
  if (pool.internalWeb !== pool.fqdn) {
    names.add(pool.internalWeb, {
      rule: 'lync.san.internal-web',
      text:
        profile.internalCertificates === 'per-server'
          ? `The internal web services FQDN (WebServicesInternal): clients inside download the address book, meeting content and updates here.`
          : `The internal web farm FQDN of the Web Components (address book, meeting content, updates); the reverse proxy forwards to it.`,
      source,
    });
  }
  if (pool.externalWeb !== null && profile.internalCertificates === 'per-server') {
    names.add(pool.externalWeb, {
      rule: 'lync.san.external-web',
      text: `The external web services FQDN (WebServicesExternal): the reverse proxy forwards requests for it to this ${pool.kind === 'director' ? 'Director' : 'pool'} and checks that the certificate carries it.`,
      source,
    });
  }
  if (pool.signIn) {
    for (const domain of plan.lync.sipDomains)
      names.add(sipHost(domain), signInReason(basis, domain));
  }
  return names;
}

function signInReason(basis: LyncBasis, domain: string): Reason {
  return {
    rule: 'lync.san.sip-domain',
    text: `Automatic sign-in for ${domain}: _sipinternaltls._tcp.${domain} and sip.${domain} lead clients to this pool, and with strict name matching the certificate must carry sip.${domain} (Default).`,
    source: basis.profile.sources.internalCertificates,
  };
}

function serverCertificate(
  basis: LyncBasis,
  pool: WebPool,
  server: LyncServer,
): PlannedCertificate {
  const { plan } = basis;
  const names = poolNames(basis, pool, server);
  addSimpleUrls(names, basis, ['internal', 'external']);
  addAutodiscover(names, basis, ['internal', 'external']);
  const director = pool.kind === 'director';
  return {
    id: director ? directorCertificateId(server) : frontEndCertificateId(server),
    role: pool.kind,
    purpose: `${director ? 'Director' : pool.servers.length === 1 && pool.fqdn === server.fqdn ? 'Standard Edition server' : 'Front End'} ${server.name}: Default, WebServicesInternal and WebServicesExternal`,
    subject: subjectName(plan.organization, pool.fqdn),
    commonName: pool.fqdn,
    sans: names.toArray(),
    usages: WEB_SERVER_TYPES,
    extendedKeyUsage: ['serverAuth'],
    authority: 'enterprise',
    exportable: false,
    servers: [server.name],
    keySize: plan.certificate.keySize,
    wildcard: false,
    replace: true,
    notes: [internalCaNote(basis)],
  };
}

function poolCertificate(basis: LyncBasis, pool: WebPool, index: number): PlannedCertificate {
  const { plan, profile } = basis;
  const director = pool.kind === 'director';
  const shared = pool.servers.length > 1;
  const notes: Reason[] = [internalCaNote(basis)];
  notes.push({
    rule: 'lync.ocs.web-components',
    text: 'Assign the same certificate to the Web Components: the Default Web Site in IIS Manager.',
    source: profile.sources.internalCertificates,
  });
  if (shared) {
    notes.push({
      rule: 'lync.ocs.pool-copy',
      text: 'Every Front End of the pool presents this certificate: request it with an exportable key and import it on each one.',
      source: 'OCS-INT',
    });
  }
  return {
    id: director ? DIRECTOR_POOL_CERTIFICATE_ID : poolCertificateId(basis.pools[index]!),
    role: pool.kind,
    purpose: `${director ? 'Director' : 'Pool'} ${pool.fqdn}: Front End and Web Components`,
    subject: subjectName(plan.organization, pool.fqdn),
    commonName: pool.fqdn,
    sans: poolNames(basis, pool, null).toArray(),
    usages: OCS_USES,
    extendedKeyUsage: ['serverAuth'],
    authority: 'enterprise',
    exportable: shared,
    servers: pool.servers.map((server) => server.name),
    keySize: plan.certificate.keySize,
    wildcard: false,
    replace: true,
    notes,
  };
}

function internalCaNote(basis: LyncBasis): Reason {
  return {
    rule: 'lync.ca.internal',
    text: 'Internal servers get their certificates from your enterprise CA: they carry server names in your Active Directory domain, which a public CA does not issue for, and every client in the domain already trusts it.',
    source: basis.profile.sources.internalCertificates,
  };
}

/**
 * The global OAuthTokenIssuer certificate (2013 and later). Documented conflict §11.6: the key is at
 * least 2048 bits (L13-S2S, SFB-S2S; a summary table allows 1024), and the subject is the SIP
 * domain (SFB-S2S), not a server name.
 */
function oauthCertificate(basis: LyncBasis): PlannedCertificate {
  const { plan } = basis;
  const [domain = plan.domains.primary] = plan.lync.sipDomains;
  const first = signInPool(basis).servers.slice(0, 1);
  return {
    id: OAUTH_CERTIFICATE_ID,
    role: 'oauth',
    purpose: 'OAuthTokenIssuer: server-to-server authentication with Exchange and SharePoint',
    subject: subjectName(plan.organization, domain),
    commonName: domain,
    sans: [
      {
        name: domain,
        reasons: [
          {
            rule: 'lync.san.oauth',
            text: `The SIP domain ${domain}: Microsoft asks for a web server certificate whose subject holds the SIP domain; it is repeated as the only name.`,
            source: 'SFB-S2S',
          },
        ],
      },
    ],
    usages: ['OAuthTokenIssuer'],
    extendedKeyUsage: ['serverAuth'],
    authority: 'enterprise',
    exportable: true,
    servers: first.map((server) => server.name),
    keySize: Math.max(2048, plan.certificate.keySize),
    wildcard: false,
    replace: true,
    notes: [
      {
        rule: 'lync.oauth.global',
        text: 'Assigned once, globally (-Identity Global), on one Front End: the replication service copies it, private key included, to every Front End, so the key must be exportable.',
        source: 'SFB-S2S',
      },
      {
        rule: 'lync.oauth.key-size',
        text: 'At least 2048 bits, whatever the plan says for other certificates: the server-to-server pages require it (one summary table allows 1024 with a warning; this runbook keeps to 2048).',
        source: 'L13-S2S',
      },
      {
        rule: 'lync.oauth.roll',
        text: 'Tokens signed with it live 24 hours: stage its successor with -Roll and an -EffectiveDate at least 24 hours before this one expires.',
        source: 'SFB-ROLL',
      },
    ],
  };
}
