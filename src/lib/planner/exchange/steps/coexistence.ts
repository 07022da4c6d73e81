/**
 * The older servers of a migration, changed in their own Management Shell with their own cmdlets
 * (the older version's profile): they get the same certificate, their URLs move (to the legacy
 * name for Exchange 2007 next to 2010 or 2013, to the shared namespace otherwise), and where the
 * new version proxies Outlook Anywhere to them it is published there with NTLM before the namespace
 * moves. Their Autodiscover SCP moves in the SCP step, with the new servers'.
 *
 * Sources: E10-Trans (2007 with 2010), E13-Coex and EX13-Certs (2007 and 2010 with 2013),
 * E16-Coex10 and E16-CoexMixed (2010 and 2013 with 2016), KB940726 (2007 internal URLs and SCP).
 */
import type { Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { pfxPathFor } from './certificate.ts';
import { directoryCommands, outlookAnywhereCommands } from './client-access.ts';
import type { ExchangeContext } from './context.ts';
import { powershell } from './parts.ts';
import {
  askPfxPassword,
  certificateThumbprint,
  enableCertificate,
  importPfx,
  restartIis,
} from './shared.ts';

type Older = NonNullable<ExchangeContext['older']>;

/** Outlook Anywhere on the older servers, published before the namespace moves. */
export function olderOutlookAnywhereSteps(context: ExchangeContext): Step[] {
  const { plan, older } = context;
  const servers = plan.exchange.legacy.servers;
  if (!older?.support.proxiesOutlookAnywhere || servers.length === 0) return [];
  const { profile } = older;
  const commands = servers.flatMap((server) =>
    outlookAnywhereCommands(profile, server.name, plan.exchange.namespace),
  );
  const notes = [
    `${context.product.label} takes over ${plan.exchange.namespace} and proxies Outlook Anywhere for mailboxes still on ${older.product.label} to these servers; it authenticates to them with NTLM, so /rpc must accept NTLM.`,
    'Enable-OutlookAnywhere reports an error where Outlook Anywhere is on already; the Set-OutlookAnywhere line after it applies the same settings there. The RPC over HTTP Proxy Windows component must be installed.',
  ];
  if (profile.outlookAnywhere.kind === 'enable') notes.push(profile.outlookAnywhere.wait.text);
  return [
    {
      id: 'coexistence-outlook-anywhere',
      title: `Publish Outlook Anywhere with NTLM on the ${older.product.label} servers`,
      why: `Do it now, before the namespace moves: from the cutover on, Outlook for ${older.product.label} mailboxes reaches them only through ${context.product.label}.`,
      runOn: `any ${older.product.label} server (${older.product.label} Management Shell)`,
      parts: powershell(profile.shell, commands, profile.id),
      notes,
      sources: [support(older), profile.shell === 'exchange-2007' ? 'OA07SP1' : 'PS-EnOA'],
    },
  ];
}

const support = (older: Older) =>
  older.support.proxiesOutlookAnywhere?.source ?? older.support.source;

/** The same certificate on the older Client Access servers, enabled for IIS. */
export function olderCertificateSteps(context: ExchangeContext): Step[] {
  const { plan, older } = context;
  const servers = plan.exchange.legacy.servers;
  if (!older || servers.length === 0) return [];
  const { profile } = older;
  const perServer = (server: { name: string }): Statement[] => [
    importPfx(profile, pfxPathFor(context, server), server.name),
    enableCertificate(profile, ['IIS'], certificateThumbprint(), server.name),
    restartIis(profile, server.name),
  ];
  const parts = profile.remoteCertificates
    ? powershell(profile.shell, [askPfxPassword(), ...servers.flatMap(perServer)], profile.id)
    : servers.flatMap((server) => [
        {
          kind: 'instructions' as const,
          items: [`In the ${older.product.label} Management Shell on ${server.name}:`],
        },
        ...powershell(profile.shell, [askPfxPassword(), ...perServer(server)], profile.id),
      ]);
  const name = context.legacyNamespace ? plan.exchange.legacy.namespace : plan.exchange.namespace;
  return [
    {
      id: 'coexistence-certificate',
      title: `Install the certificate on the ${older.product.label} servers`,
      why: `The ${older.product.label} Client Access servers keep answering ${name} (clients sent there directly, or proxied to them), so they present the new certificate too.`,
      runOn: `${servers.map((server) => server.name).join(', ')} (${older.product.label} Management Shell)`,
      parts,
      notes: [
        `The PFX comes from the copy step; each server reads it from ${context.origin.name}'s folder. Typing its password again here proves it.`,
        'Enabled for IIS only: the older servers keep their own SMTP certificate until mail flow has moved.',
        'IIS is restarted so Outlook Web Access stops using cookies encrypted with the old certificate.',
      ],
      sources: [
        profile.files === 'path' ? 'E07-Import' : 'PS-Import',
        profile.files === 'path' ? 'E07-Enable' : 'PS-Enable',
        older.support.legacyNamespace?.source ?? support(older),
      ],
    },
  ];
}

/** The older servers' URLs: the legacy name (2007 next to 2010 or 2013) or the shared namespace. */
export function olderUrlSteps(context: ExchangeContext): Step[] {
  const { plan, older, legacyNamespace } = context;
  const servers = plan.exchange.legacy.servers;
  if (!older || servers.length === 0) return [];
  const { profile } = older;
  const host = legacyNamespace ? plan.exchange.legacy.namespace : plan.exchange.namespace;
  const commands = servers.flatMap((server) => [
    ...directoryCommands(profile, plan, server.name, host, { legacy: legacyNamespace }),
    ...(profile.outlookAnywhere.kind === 'always-on'
      ? outlookAnywhereCommands(profile, server.name, host)
      : []),
  ]);
  const notes = legacyNamespace
    ? [
        `Internal URLs move too: the servers' own names are not on the certificate, so a URL naming them would warn every Outlook inside. ${host} resolves inside to these servers (the legacy DNS step).`,
        `ActiveSync's ExternalUrl is cleared ($null) so ${context.product.label} proxies phones to these servers instead of redirecting them, which many devices do not follow.`,
        `Outlook Web Access users whose mailbox is still on ${older.product.label} are redirected to https://${host}/owa; Exchange Web Services and the offline address book are reached there too.`,
      ]
    : [
        `Both versions answer on ${host}: ${context.product.label} receives every connection and proxies those for ${older.product.label} mailboxes, so these URLs name the same namespace.`,
      ];
  return [
    {
      id: 'coexistence-urls',
      title: legacyNamespace
        ? `Move ${older.product.label} to ${host}`
        : `Point the ${older.product.label} URLs at ${host}`,
      why: legacyNamespace
        ? `${context.product.label} takes over ${plan.exchange.namespace}; ${older.product.label} keeps serving its mailboxes on ${host}, inside and outside.`
        : `${context.product.label} takes over ${host} and passes requests for ${older.product.label} mailboxes on to these servers.`,
      runOn: `any ${older.product.label} server (${older.product.label} Management Shell)`,
      parts: powershell(profile.shell, commands, profile.id),
      notes,
      sources: legacyNamespace
        ? [older.support.legacyNamespace?.source ?? older.support.source, 'E13-Coex', 'KB940726']
        : [support(older), 'E16-CoexMixed'],
    },
  ];
}
