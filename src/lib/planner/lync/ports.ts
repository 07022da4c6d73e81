/**
 * The firewall rules of the Edge and the reverse proxy, per version and layout. Sources:
 * SFB-EDGE-ENV (external and internal port tables, 2013 onward), L10-PORTS (Lync 2010, with the
 * 4443/8080 reverse proxy ports new since OCS), C-OCSPORTS, OCS-WCEDGE, OCS-AVPORTS and C-BUSBAR
 * (OCS 2007 R2: the 444 layout and A/V authentication on 5062, never 443).
 */
import type { PortRule, Reason } from '../derived.ts';
import type { LyncBasis } from './basis.ts';

type Rule = Omit<PortRule, 'reason'> & { text: string; source?: Reason['source'] };

const INTERNET = 'the internet';

export function lyncPorts(basis: LyncBasis): PortRule[] {
  if (!basis.plan.lync.edge.enabled) return [];
  const rules = [...externalRules(basis), ...internalRules(basis), ...reverseProxyRules(basis)];
  const source = basis.profile.sources.ports;
  return rules.map(({ text, source: own, ...rule }) => ({
    ...rule,
    reason: { rule: `lync.port.${rule.id}`, text, source: own ?? source },
  }));
}

function externalRules({ plan, profile, services }: LyncBasis): Rule[] {
  const access = services.shared ? 'Edge external address' : 'Access Edge (external)';
  const webConferencing = services.shared
    ? 'Edge external address'
    : 'Web Conferencing Edge (external)';
  const av =
    services.av.fqdn === services.access.fqdn ? 'Edge external address' : 'A/V Edge (external)';
  const federationOnClientPort = services.access.port === 5061;
  const rules: Rule[] = [
    {
      id: 'access-clients',
      from: INTERNET,
      to: access,
      protocol: 'TCP',
      ports: String(services.access.port),
      text:
        services.access.port === 443
          ? 'SIP over TLS: remote users sign in to the Access Edge.'
          : `SIP over TLS: remote users sign in to the Access Edge${federationOnClientPort ? ', and federated partners connect,' : ''} on ${services.access.port}, moved from 443 by the single-address layout; firewalls in front of remote users may block it.`,
    },
  ];
  if (plan.lync.federation && !federationOnClientPort) {
    rules.push({
      id: 'access-federation-in',
      from: INTERNET,
      to: access,
      protocol: 'TCP',
      ports: '5061',
      text: 'SIP over MTLS from federated partners and public IM providers.',
    });
  }
  if (plan.lync.federation) {
    rules.push({
      id: 'access-federation-out',
      from: access,
      to: INTERNET,
      protocol: 'TCP',
      ports: '5061',
      text: 'SIP over MTLS to federated partners (and the push notification service for mobile clients).',
    });
  }
  rules.push(
    {
      id: 'access-dns',
      from: access,
      to: INTERNET,
      protocol: 'TCP/UDP',
      ports: '53',
      text: 'DNS lookups of federated domains.',
    },
    {
      id: 'access-crl',
      from: access,
      to: INTERNET,
      protocol: 'TCP',
      ports: '80',
      text: 'Certificate revocation list (CRL) downloads.',
    },
  );
  if (profile.xmpp === 'integrated' && plan.lync.xmpp) {
    rules.push({
      id: 'xmpp',
      from: `${INTERNET}, both ways`,
      to: access,
      protocol: 'TCP',
      ports: '5269',
      text: 'XMPP federation through the XMPP proxy, which shares the Access Edge address.',
      source: 'SFB-EDGE-ENV',
    });
  }
  rules.push(
    {
      id: 'web-conferencing',
      from: INTERNET,
      to: webConferencing,
      protocol: 'TCP',
      ports: String(services.webConferencing.port),
      text: `PSOM over TLS: meeting content for external participants${services.webConferencing.port === 444 ? ', on 444 because the Access Edge holds 443 on the same address' : ''}.`,
      source: services.webConferencing.port === 444 ? profile.edge.singleAddress.source : undefined,
    },
    {
      id: 'av-tcp',
      from: `${INTERNET}, both ways`,
      to: av,
      protocol: 'TCP',
      ports: String(services.av.port),
      text: 'STUN/MSTURN over TCP: media relay when UDP is blocked, desktop sharing and file transfer.',
    },
    {
      id: 'av-udp',
      from: `${INTERNET}, both ways`,
      to: av,
      protocol: 'UDP',
      ports: '3478',
      text: 'STUN/MSTURN over UDP: the preferred media path.',
    },
    {
      id: 'av-media',
      from: av,
      to: INTERNET,
      protocol: 'TCP/UDP',
      ports: '50000-59999',
      text:
        profile.tooling === 'wizard'
          ? 'RTP media relay. R2 partners need TCP outbound only; federation with OCS 2007 (R1) also needs the range open inbound, TCP and UDP.'
          : 'RTP media relay, outbound (inbound only for federation with OCS partners).',
      source: profile.tooling === 'wizard' ? 'OCS-AVPORTS' : undefined,
    },
  );
  return rules;
}

function internalRules({ plan, profile }: LyncBasis): Rule[] {
  const edge = 'Edge internal interface';
  const frontEnds = plan.lync.director.enabled
    ? 'Front End servers and Directors'
    : 'Front End servers';
  const rules: Rule[] = [
    {
      id: 'internal-sip',
      from: `${frontEnds}, both ways`,
      to: edge,
      protocol: 'TCP',
      ports: '5061',
      text: 'SIP over MTLS between the internal servers and the Edge.',
    },
    {
      id: 'internal-psom',
      from: 'each Front End server',
      to: edge,
      protocol: 'TCP',
      ports: '8057',
      text: 'PSOM over MTLS: web conferencing traffic to the Web Conferencing Edge.',
      source: profile.tooling === 'wizard' ? 'OCS-WCEDGE' : undefined,
    },
    {
      id: 'internal-av-authentication',
      from: 'Front End servers',
      to: edge,
      protocol: 'TCP',
      ports: '5062',
      text: 'SIP over MTLS to the A/V authentication service, which hands out media relay credentials: 5062, never 443.',
      source: profile.tooling === 'wizard' ? 'C-BUSBAR' : undefined,
    },
    {
      id: 'internal-media',
      from: 'internal clients and servers',
      to: edge,
      protocol: 'UDP',
      ports: '3478',
      text: 'STUN/MSTURN over UDP: media between users inside and outside.',
    },
    {
      id: 'internal-media-tcp',
      from: 'internal clients and servers',
      to: edge,
      protocol: 'TCP',
      ports: '443',
      text: 'STUN/MSTURN over TCP: the media fallback, desktop sharing and file transfer.',
    },
  ];
  if (profile.edge.cmsReplication) {
    rules.push({
      id: 'internal-cms',
      from: 'the Front End pool that holds the Central Management store',
      to: edge,
      protocol: 'TCP',
      ports: '4443',
      text: 'HTTPS: replication of the Central Management store to the Edge.',
    });
  }
  if (profile.xmpp === 'integrated' && plan.lync.xmpp) {
    rules.push({
      id: 'internal-xmpp',
      from: 'Front End servers (XMPP gateway)',
      to: edge,
      protocol: 'TCP',
      ports: '23456',
      text: 'XMPP from the gateway on the Front End to the XMPP proxy on the Edge.',
    });
  }
  if (profile.edge.centralizedLogging) {
    rules.push({
      id: 'internal-logging',
      from: 'Front End servers',
      to: edge,
      protocol: 'TCP',
      ports: '50001-50003',
      text: 'Centralized Logging Service: the controller on the Front End and the agent on the Edge.',
    });
  }
  return rules;
}

function reverseProxyRules({ plan, profile }: LyncBasis): Rule[] {
  const proxy = 'reverse proxy';
  const { https, http } = profile.reverseProxyPorts;
  const web =
    https === 443
      ? 'Front End pools (internal web farm of the Web Components)'
      : plan.lync.director.enabled && profile.directorExternalWeb
        ? 'Front End pools and Directors (external web services)'
        : 'Front End pools (external web services)';
  const source = profile.sources.reverseProxyCertificate;
  const rules: Rule[] = [
    {
      id: 'proxy-https',
      from: INTERNET,
      to: proxy,
      protocol: 'TCP',
      ports: '443',
      text: 'HTTPS: external web services, simple URLs and mobile autodiscover.',
      source,
    },
    {
      id: 'proxy-https-internal',
      from: proxy,
      to: web,
      protocol: 'TCP',
      ports: String(https),
      text:
        https === 443
          ? 'HTTPS to the internal web farm of the Web Components.'
          : `HTTPS, bridged from 443 to ${https}: the external web site of Lync listens on ${https}, so inside and outside requests stay apart.`,
      source,
    },
  ];
  if (http !== null) {
    rules.push(
      {
        id: 'proxy-http',
        from: INTERNET,
        to: proxy,
        protocol: 'TCP',
        ports: '80',
        text: 'HTTP: optional, for the first autodiscover request of mobile clients.',
        source,
      },
      {
        id: 'proxy-http-internal',
        from: proxy,
        to: web,
        protocol: 'TCP',
        ports: String(http),
        text: `HTTP, bridged from 80 to ${http}.`,
        source,
      },
    );
  }
  return rules;
}
