/**
 * Renewal with staging (2013 and later): the next OAuthTokenIssuer and A/V authentication
 * certificates are rolled in ahead of the old ones' expiry, so tokens already handed out stay valid:
 * at least 24 hours for OAuth, 8 hours for A/V (the token lifetimes). The effective date is
 * computed from the current certificate's NotAfter, which avoids the regional date format a typed
 * date must follow. Sources: SFB-ROLL, PS-SET.
 */
import type { Step } from '../../derived.ts';
import {
  assign,
  cmd,
  concat,
  list,
  member,
  num,
  run,
  staticCall,
  str,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import { EDGE_EXTERNAL_ID } from '../certificates/edge.ts';
import { OAUTH_CERTIFICATE_ID } from '../certificates/internal.ts';
import { certificate, instructions, powershell, type LyncContext } from './context.ts';
import { askThumbprint, showCertificates, THUMBPRINT } from './shell.ts';

function roll(type: string, hours: number, global: boolean): Statement[] {
  const identity = global ? str('Global') : undefined;
  return [
    assign(
      'current',
      cmd('Get-CsCertificate', { Identity: identity, Type: str(type) }),
      cmd('Sort-Object', { Property: str('NotAfter'), Descending: true }),
      cmd('Select-Object', { First: num(1) }),
    ),
    askThumbprint(`new ${type}`),
    run(
      cmd('Set-CsCertificate', {
        Identity: identity,
        Type: str(type),
        Thumbprint: variable(THUMBPRINT),
        EffectiveDate: concat(
          member(variable('current'), 'NotAfter'),
          staticCall('System.TimeSpan', 'FromHours', num(-hours)),
        ),
        Roll: true,
      }),
    ),
  ];
}

export function renewalSteps(context: LyncContext): Step[] {
  const { profile } = context;
  if (!profile.roll) return [];
  const oauth = certificate(context, OAUTH_CERTIFICATE_ID);
  const external = certificate(context, EDGE_EXTERNAL_ID);
  const frontEnd = context.pools[0]?.servers[0]?.name ?? 'a Front End';
  const renewing = context.plan.certificate.purpose === 'renewal';
  const parts = [
    ...(oauth
      ? [
          instructions(`On ${frontEnd}, once the new OAuthTokenIssuer certificate is imported:`),
          ...powershell('lync', roll('OAuthTokenIssuer', 24, true)),
        ]
      : []),
    ...(external
      ? [
          instructions(
            `On each Edge server (${context.edges.map((server) => server.name).join(', ')}), once the new external certificate is imported:`,
          ),
          ...powershell('lync', [
            ...roll('AudioVideoAuthentication', 8, false),
            run(
              cmd('Set-CsCertificate', {
                Type: list(['AccessEdgeExternal', 'DataEdgeExternal']),
                Thumbprint: variable(THUMBPRINT),
              }),
            ),
          ]),
        ]
      : []),
    instructions('After the old certificates have expired, remove them:'),
    ...powershell('lync', [
      ...(oauth
        ? [
            run(
              cmd('Remove-CsCertificate', {
                Identity: str('Global'),
                Type: str('OAuthTokenIssuer'),
                Previous: true,
              }),
            ),
          ]
        : []),
      ...(external
        ? [
            run(
              cmd('Remove-CsCertificate', {
                Type: str('AudioVideoAuthentication'),
                Previous: true,
              }),
            ),
          ]
        : []),
    ]),
  ];
  return [
    {
      id: 'renewal-staging',
      title: renewing
        ? 'Stage the new OAuth and A/V authentication certificates'
        : 'When you renew: stage the OAuth and A/V authentication certificates',
      why: 'Tokens signed with the old certificates stay in use for hours; rolling the new ones in ahead of expiry keeps meetings, calls and server-to-server sign-in working through the change.',
      runOn: renewing
        ? `${frontEnd} for OAuth, then each Edge server, before the current certificates expire`
        : 'at renewal time, before the current certificates expire',
      parts,
      notes: [
        'Every Edge server of a pool must have the new certificate assigned before the effective date of the first one.',
        'Access Edge and Web Conferencing do not stage: users connected through the Edge sign in again when those switch.',
      ],
      sources: ['SFB-ROLL', 'PS-SET'],
    },
  ];
}

/**
 * The end of a renewal, every version: the old certificates leave the servers' stores only once
 * Get-CsCertificate (or the OCS wizard) shows the new ones on every type, and the reverse proxy's
 * listener presents the new one. Until then the old ones are what is in use (SFB-ROLL, PS-GET).
 */
export function renewalCleanupSteps(context: LyncContext): Step[] {
  if (context.plan.certificate.purpose !== 'renewal') return [];
  const shell = context.profile.tooling === 'management-shell';
  const servers = [
    ...context.pools.flatMap((pool) => pool.servers.map((server) => server.name)),
    ...context.edges.map((server) => server.name),
  ];
  return [
    {
      id: 'renewal-cleanup',
      title: 'Remove the old certificates once nothing uses them',
      why: "An old certificate left in a server's store can still be picked by hand or by a wizard, and expired ones clutter every later renewal; removing it before the new one is in use breaks sign-in.",
      runOn: `each server (${servers.join(', ')}) and the reverse proxy`,
      parts: [
        ...(shell
          ? [
              instructions(
                'On each server, check that every certificate type shows the new thumbprint:',
              ),
              ...powershell('lync', [showCertificates()]),
            ]
          : []),
        instructions(
          `In the Certificates snap-in (computer account), Personal, Certificates, on each server: delete the old certificate (same names, earlier Expiration Date) only once ${shell ? 'Get-CsCertificate no longer lists its thumbprint' : 'the Certificate Wizard shows the new certificate assigned'}.`,
          'On the reverse proxy, delete the old certificate once its listener presents the new one.',
        ),
      ],
      notes: [
        'Renewed and old certificates carry the same names: tell them apart by thumbprint and expiration date.',
        ...(context.profile.roll
          ? [
              'OAuthTokenIssuer and A/V authentication keep the old certificate as "previous" until its effective date has passed: remove those with Remove-CsCertificate -Previous as the staging step shows, not in the snap-in.',
            ]
          : []),
      ],
      sources: shell ? ['PS-GET', 'SFB-ROLL'] : ['OCS-CERTSUP'],
    },
  ];
}
