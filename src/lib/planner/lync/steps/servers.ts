/**
 * Runbook steps for the internal servers' certificates with the Management Shell (Lync 2010 and
 * later): per Front End and Director, one certificate for Default, WebServicesInternal and
 * WebServicesExternal; then the global OAuthTokenIssuer certificate (2013 and later).
 * Online to the enterprise CA with -CA when the plan names it, offline with -Output otherwise.
 * Sources: PS-REQ, PS-IMP, PS-SET, PS-GET, L13-MOBMOD, SFB-S2S, CertReq.
 */
import type { PlannedCertificate, Step, WizardAction } from '../../derived.ts';
import { OAUTH_CERTIFICATE_ID } from '../certificates/internal.ts';
import type { LyncServer } from '../topology.ts';
import {
  certificate,
  powershell,
  stagesRenewal,
  type LyncContext,
  ensureFolder,
} from './context.ts';
import { certificateFiles, friendlyName } from './files.ts';
import {
  askThumbprint,
  assignCertificate,
  importCertificate,
  requestCertificate,
  showCertificates,
  submitToEnterpriseCa,
} from './shell.ts';

/** The per-server certificates, each with the server it is requested on. */
function serverCertificates(
  context: LyncContext,
): { server: LyncServer; cert: PlannedCertificate }[] {
  const servers = [...context.pools.flatMap((view) => view.servers), ...context.directors];
  return servers.flatMap((server) => {
    const cert = context.certificates.find(
      (candidate) =>
        (candidate.role === 'front-end' || candidate.role === 'director') &&
        candidate.servers.includes(server.name),
    );
    return cert ? [{ server, cert }] : [];
  });
}

export function serverCertificateSteps(context: LyncContext): Step[] {
  return serverCertificates(context).map(({ server, cert }) => serverStep(context, server, cert));
}

function serverStep(context: LyncContext, server: LyncServer, cert: PlannedCertificate): Step {
  const { plan, profile } = context;
  const ca = plan.lync.issuingCa;
  const files = certificateFiles(plan, cert, server.name);
  const options = {
    types: cert.usages,
    friendlyName: friendlyName(plan, `${server.name} Default and web services`),
    computerFqdn: server.fqdn,
    exportable: cert.exportable,
  };
  const request = ca
    ? [requestCertificate(context, cert, { ...options, ca })]
    : [
        ensureFolder(plan.lync.certificateFolder),
        requestCertificate(context, cert, { ...options, output: files.request }),
        submitToEnterpriseCa(context, files.request, files.issued),
        importCertificate(files.issued, { exportable: false }),
      ];
  return {
    id: `certificate-${server.name.toLowerCase()}`,
    title: `Request and assign the certificate of ${server.name}`,
    why: `${server.name} presents one certificate for SIP (Default) and for its internal and external web services; it is made on the server itself so the private key never leaves it.`,
    runOn: server.name,
    parts: powershell('lync', [
      ...request,
      askThumbprint(`${server.name}`),
      assignCertificate(cert.usages),
    ]),
    notes: [
      `The request asks for subject ${cert.commonName} and the names ${cert.sans.map((san) => san.name).join(', ')}; every one is named with -DomainName, so the request matches this page whatever the topology adds.`,
      profile.allSipDomain
        ? '-AllSipDomain would add the sip.<domain> names as well, but Microsoft describes it in two ways, so the runbook names them itself.'
        : `${context.product.label} has no -AllSipDomain: every sip.<domain> name goes into -DomainName.`,
      ca
        ? `Request-CsCertificate sends the request to ${ca} and prints the new certificate's thumbprint: paste it when asked.`
        : 'The request file goes to your enterprise CA with certreq (Web Server template); if the template needs approval, issue it on the CA and fetch it with certreq -retrieve before importing.',
      'Before assigning it, check that its Valid from time has passed (see the findings).',
    ],
    sources: [profile.sources.cmdlets, 'PS-SET', 'PS-IMP', 'CertReq'],
  };
}

const oauthWizard = (context: LyncContext, cert: PlannedCertificate): WizardAction[] => {
  const ca = context.plan.lync.issuingCa;
  return [
    { action: 'open', target: context.profile.tools.deploymentWizard },
    { action: 'click', target: `Install or Update ${context.profile.tools.product} System` },
    { action: 'click', target: 'Step 3: Request, Install or Assign Certificates, Run' },
    { action: 'choose', target: 'OAuthTokenIssuer' },
    { action: 'click', target: 'Request' },
    ca
      ? {
          action: 'choose',
          target: 'Send the request immediately to an online certification authority',
          value: ca,
        }
      : { action: 'choose', target: 'Prepare the request now, but send it later' },
    {
      action: 'enter',
      target: 'Friendly name',
      value: friendlyName(context.plan, 'OAuthTokenIssuer'),
    },
    { action: 'choose', target: 'Bit length', value: String(cert.keySize) },
    { action: 'check', target: 'Mark the certificate private key as exportable' },
    { action: 'enter', target: 'Subject name', value: cert.commonName },
  ];
};

export function oauthSteps(context: LyncContext): Step[] {
  const cert = certificate(context, OAUTH_CERTIFICATE_ID);
  const server = context.pools[0]?.servers[0];
  if (!cert || !server) return [];
  const staged = stagesRenewal(context);
  return [
    {
      id: 'oauth-certificate',
      title: staged
        ? 'Request the new OAuthTokenIssuer certificate (once, globally)'
        : 'Request and assign the OAuthTokenIssuer certificate (once, globally)',
      why: 'Server-to-server authentication with Exchange and SharePoint signs its tokens with one certificate shared by every Front End; it is assigned once and replicated.',
      runOn: server.name,
      parts: [
        {
          kind: 'wizard',
          tool: context.profile.tools.deploymentWizard,
          actions: oauthWizard(context, cert),
        },
        ...(staged
          ? []
          : powershell('lync', [
              askThumbprint('OAuthTokenIssuer'),
              assignCertificate(cert.usages, true),
              showCertificates('OAuthTokenIssuer'),
            ])),
      ],
      notes: [
        ...(staged
          ? [
              'Renewal: do not assign it here. The staging step below rolls it in with -Roll and an effective date, so tokens signed with the current certificate stay valid until then.',
            ]
          : []),
        'Run this on one Front End only: with -Identity Global the replication service copies the certificate, key included, to the others.',
        context.plan.lync.issuingCa
          ? 'The wizard prints the thumbprint of the issued certificate; paste it when asked.'
          : `Send the request file to your enterprise CA, import the answer with the wizard (Import Certificate)${staged ? '' : ', then assign it here'}.`,
      ],
      sources: ['SFB-S2S', 'PS-SET', 'PS-GET'],
    },
  ];
}
