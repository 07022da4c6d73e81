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
import { askThumbprint, THUMBPRINT } from './shell.ts';

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
      title: 'When you renew: stage the OAuth and A/V authentication certificates',
      why: 'Tokens signed with the old certificates stay in use for hours; rolling the new ones in ahead of expiry keeps meetings, calls and server-to-server sign-in working through the change.',
      runOn: 'at renewal time, before the current certificates expire',
      parts,
      notes: [
        'Every Edge server of a pool must have the new certificate assigned before the effective date of the first one.',
        'Access Edge and Web Conferencing do not stage: users connected through the Edge sign in again when those switch.',
      ],
      sources: ['SFB-ROLL', 'PS-SET'],
    },
  ];
}
