/**
 * Office Communications Server 2007 R2 has no PowerShell for certificates: the runbook walks
 * through the Communications Certificate Wizard (internal servers, Edge internal interface, A/V
 * authentication), IIS Manager (Web Components), certreq INF files for the public Edge
 * certificates, and the Edge's interface settings. No *-Cs* cmdlet appears here.
 * Sources: OCS-INT, OCS-EDGECERT, OCS-AVAUTH, OCS-EDGEINT, OCS-WCEDGE, OCS-INF, C-BUSBAR, CertReq.
 */
import { COMBINED_CERTIFICATE_ID } from '../../combined/sharing.ts';
import type { PlannedCertificate, Step, WizardAction } from '../../derived.ts';
import {
  ACCESS_EDGE_ID,
  AV_AUTHENTICATION_ID,
  EDGE_INTERNAL_ID,
  WEB_CONFERENCING_EDGE_ID,
} from '../certificates/edge.ts';
import {
  certificate,
  instructions,
  powershell,
  type LyncContext,
  ensureFolder,
} from './context.ts';
import { certificateFiles, friendlyName } from './files.ts';
import { acceptCertificate, createRequest, infPart } from './inf.ts';

/** The Certificate Wizard's questions for a new certificate, answered from the plan. */
function certificateWizard(
  context: LyncContext,
  cert: PlannedCertificate,
  start: string,
  label: string,
  owner?: string,
): WizardAction[] {
  const { plan } = context;
  const ca = plan.lync.issuingCa;
  const { organization } = plan;
  const others = cert.sans.map((san) => san.name).filter((name) => name !== cert.commonName);
  return [
    { action: 'open', target: `${context.profile.tools.deploymentWizard}, ${start}` },
    { action: 'choose', target: 'Create a new certificate' },
    ca
      ? {
          action: 'choose',
          target: 'Send the request immediately to an online certification authority',
        }
      : { action: 'choose', target: 'Prepare the request now, but send it later' },
    { action: 'enter', target: 'Friendly name', value: friendlyName(plan, label) },
    { action: 'choose', target: 'Bit length', value: String(cert.keySize) },
    ...(cert.exportable
      ? [{ action: 'check' as const, target: 'Mark the certificate as exportable' }]
      : []),
    ...(organization.name
      ? [{ action: 'enter' as const, target: 'Organization', value: organization.name }]
      : []),
    { action: 'enter', target: 'Subject name', value: cert.commonName },
    ...(others.length > 0
      ? [{ action: 'enter' as const, target: 'Subject alternate name', value: others.join(', ') }]
      : []),
    ...(organization.country
      ? [{ action: 'choose' as const, target: 'Country/Region', value: organization.country }]
      : []),
    ...(organization.state
      ? [{ action: 'enter' as const, target: 'State/Province', value: organization.state }]
      : []),
    ...(organization.locality
      ? [{ action: 'enter' as const, target: 'City/Locality', value: organization.locality }]
      : []),
    ca
      ? { action: 'choose', target: 'Certification authority', value: ca }
      : {
          action: 'enter',
          target: 'Request file',
          value: certificateFiles(plan, cert, owner).request,
        },
    { action: 'click', target: 'Finish' },
  ];
}

const offlineNote = (context: LyncContext) =>
  context.plan.lync.issuingCa
    ? []
    : [
        'Without an online CA the wizard saves a request file: have your enterprise CA issue it, then run the wizard again and choose "Process the pending request and install the certificate".',
      ];

export function ocsServerSteps(context: LyncContext): Step[] {
  const pools = context.certificates.filter(
    (cert) => cert.role === 'front-end' || cert.role === 'director',
  );
  return pools.map((cert) => {
    const first = cert.servers[0] ?? 'the first server';
    const others = cert.servers.slice(1);
    const director = cert.role === 'director';
    return {
      id: `ocs-${cert.id}`,
      title: `Certificate of ${director ? 'the Director' : 'pool'} ${cert.commonName}`,
      why: 'The Front End and the Web Components of every server in the pool present this certificate; the wizard requests it and assigns it to the Front End, IIS Manager to the web site.',
      runOn: cert.servers.join(', ') || 'the pool servers',
      parts: [
        {
          kind: 'wizard',
          tool: 'Communications Certificate Wizard',
          actions: [
            ...certificateWizard(
              context,
              cert,
              'Configure Certificate, Run',
              `${director ? 'Director' : 'Pool'} ${cert.commonName}`,
            ),
            { action: 'choose', target: 'Assign the certificate to the server' },
          ],
        },
        {
          kind: 'wizard',
          tool: `IIS Manager on ${first}`,
          actions: [
            { action: 'open', target: 'Default Web Site, Bindings' },
            {
              action: 'choose',
              target: 'https (443), SSL certificate',
              value: friendlyName(
                context.plan,
                `${director ? 'Director' : 'Pool'} ${cert.commonName}`,
              ),
            },
          ],
        },
        ...(others.length > 0
          ? [
              instructions(
                `Export the certificate with its private key (Certificates snap-in, All Tasks, Export, PFX) and import it on ${others.join(', ')}; there, assign it with the wizard (Assign an existing certificate) and in IIS Manager.`,
              ),
            ]
          : []),
      ],
      notes: offlineNote(context),
      sources: ['OCS-INT', 'OCS-CERTSUP'],
    };
  });
}

export function ocsEdgeSteps(context: LyncContext): Step[] {
  const internal = certificate(context, EDGE_INTERNAL_ID);
  // Shared with Exchange, the Access Edge certificate arrives as a PFX (shared-certificate.ts).
  const access =
    certificate(context, ACCESS_EDGE_ID) ?? certificate(context, COMBINED_CERTIFICATE_ID);
  const av = certificate(context, AV_AUTHENTICATION_ID);
  const first = context.edges[0];
  if (!internal || !access || !av || !first) return [];
  const webConferencing = certificate(context, WEB_CONFERENCING_EDGE_ID);
  const { plan } = context;
  const publicCertificates = [access, ...(webConferencing ? [webConferencing] : [])].filter(
    (cert) => cert.id !== COMBINED_CERTIFICATE_ID,
  );
  const others = context.edges.slice(1).map((server) => server.name);
  const edgeStart = 'Deploy Edge Server, Step 4: Configure Certificates for the Edge Server, Run';
  const steps: Step[] = [
    {
      id: 'ocs-edge-internal',
      title: `Edge internal and A/V authentication certificates on ${first.name}`,
      why: 'The internal interface and the A/V authentication service each get a certificate from your enterprise CA, and they must be two different certificates.',
      runOn: first.name,
      parts: [
        instructions(
          "Import your enterprise CA chain into the Edge's Trusted Root Certification Authorities first: the Edge is not a domain member.",
        ),
        {
          kind: 'wizard',
          tool: 'Communications Certificate Wizard (internal interface)',
          actions: [
            ...certificateWizard(context, internal, edgeStart, 'Edge internal'),
            { action: 'choose', target: 'Assign to the internal interface of the Edge Server' },
          ],
        },
        {
          kind: 'wizard',
          tool: 'Communications Certificate Wizard (A/V Authentication Certificate)',
          actions: [
            ...certificateWizard(context, av, edgeStart, 'A/V authentication', 'av-authentication'),
            { action: 'choose', target: 'Assign as the A/V Authentication Certificate' },
          ],
        },
      ],
      notes: offlineNote(context),
      sources: ['OCS-EDGEINT', 'OCS-AVAUTH', 'OCS-EDGECERT'],
    },
    ...(publicCertificates.length === 0
      ? []
      : ([
          {
            id: 'ocs-edge-external-request',
            title: 'Create the public Edge certificate requests',
            why: context.services.shared
              ? 'Access and Web Conferencing share one name, so one public certificate serves both; it is requested with certreq from an INF file.'
              : 'The Access Edge and the Web Conferencing Edge each need a public certificate for their own name; each is requested with certreq from an INF file.',
            runOn: first.name,
            parts: [
              ...publicCertificates.map((cert) =>
                infPart(
                  plan,
                  cert,
                  cert.id === ACCESS_EDGE_ID ? 'Access Edge' : 'Web Conferencing Edge',
                ),
              ),
              ...powershell('windows', [
                ensureFolder(plan.lync.certificateFolder),
                ...publicCertificates.map((cert) => createRequest(plan, cert)),
              ]),
              instructions(
                `Save each INF file in ${plan.lync.certificateFolder} first.`,
                ...publicCertificates.map(
                  (cert) =>
                    `Order ${cert.commonName} from your public CA with ${certificateFiles(plan, cert).request}, for exactly: ${cert.sans.map((san) => san.name).join(', ')}; save the answer as ${certificateFiles(plan, cert).issued}.`,
                ),
              ),
            ],
            notes: [
              'The wizard of 2007 R2 wrote the same kind of INF file (legacy CryptoAPI provider, machine key); this one adds the names in the subject alternative name extension.',
            ],
            sources: ['OCS-INF', 'CertReq', 'KB931351'],
          },
        ] satisfies Step[])),
    {
      id: 'ocs-edge-external-assign',
      title: `Install and assign the public Edge certificates on ${first.name}`,
      why: "The CA's answers complete the requests; the wizard then puts each certificate on its Edge service.",
      runOn: first.name,
      parts: [
        ...powershell(
          'windows',
          publicCertificates.map((cert) => acceptCertificate(plan, cert)),
        ),
        {
          kind: 'wizard',
          tool: 'Communications Certificate Wizard (external interface)',
          actions: [
            { action: 'open', target: `${context.profile.tools.deploymentWizard}, ${edgeStart}` },
            { action: 'choose', target: 'Assign an existing certificate' },
            { action: 'choose', target: 'Access Edge interface', value: access.commonName },
            {
              action: 'choose',
              target: 'Web Conferencing Edge interface',
              value: (webConferencing ?? access).commonName,
            },
          ],
        },
        ...(others.length > 0
          ? [
              instructions(
                `Export the four certificates (internal, A/V authentication, Access, Web Conferencing) with their private keys and import them on ${others.join(', ')}: every Edge of an array presents identical certificates, and A/V authentication needs the same key on each.`,
              ),
            ]
          : []),
      ],
      notes: [],
      sources: ['OCS-EDGECERT', 'CertReq'],
    },
    edgeInterfaces(context),
  ];
  return steps;
}

function edgeInterfaces(context: LyncContext): Step {
  const { services } = context;
  return {
    id: 'ocs-edge-interfaces',
    title: 'Set the Edge interfaces and ports',
    why: 'The ports on the Edge must match the firewall rules and DNS: the A/V authentication service listens on 5062 inside, never on 443.',
    runOn: context.edges.map((server) => server.name).join(', '),
    parts: [
      {
        kind: 'wizard',
        tool: 'Computer Management, Office Communications Server 2007 R2, Edge Server, Properties',
        actions: [
          { action: 'open', target: 'Internal tab' },
          { action: 'enter', target: 'Internal FQDN', value: context.plan.lync.edge.internalFqdn },
          { action: 'enter', target: 'Access Edge internal port', value: '5061' },
          { action: 'enter', target: 'Web Conferencing Edge internal port', value: '8057' },
          { action: 'enter', target: 'A/V Authentication service port', value: '5062' },
          { action: 'open', target: 'External tab' },
          {
            action: 'enter',
            target: 'Access Edge',
            value: `${services.access.fqdn}, port ${services.access.port}`,
          },
          {
            action: 'enter',
            target: 'Web Conferencing Edge',
            value: `${services.webConferencing.fqdn}, port ${services.webConferencing.port}`,
          },
          {
            action: 'enter',
            target: 'A/V Edge',
            value: `${services.av.fqdn}, port ${services.av.port}`,
          },
        ],
      },
    ],
    notes: services.shared
      ? [
          `Web Conferencing shares ${services.access.fqdn} with the Access Edge and listens on ${services.webConferencing.port}; Communicator learns the port from the meeting, so users need only the firewall open.`,
        ]
      : [],
    sources: ['OCS-WCEDGE', 'C-BUSBAR', 'OCS-EDGECERT'],
  };
}
