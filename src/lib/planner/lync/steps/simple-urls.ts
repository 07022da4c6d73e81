/**
 * Simple URLs (Lync 2010 and later): set in Topology Builder at global scope and published, then
 * registered with Enable-CsComputer on every Front End and Director. Sources: L13-SURLEDIT,
 * SFB-SURL, PS-SURL, PS-ENABLE.
 */
import type { Step, WizardAction } from '../../derived.ts';
import { cmd, run, str } from '../../powershell/ast.ts';
import { meetHost } from '../topology.ts';
import { instructions, powershell, type LyncContext } from './context.ts';

export function simpleUrlSteps(context: LyncContext): Step[] {
  const { plan, profile } = context;
  if (!profile.simpleUrls) return [];
  const { dialin, admin } = plan.lync.simpleUrls;
  const servers = [...context.pools.flatMap((view) => view.servers), ...context.directors].map(
    (server) => server.name,
  );
  const actions: WizardAction[] = [
    {
      action: 'open',
      target: `${profile.tools.topologyBuilder}, Download Topology from existing deployment`,
    },
    { action: 'click', target: `${profile.tools.product} node, Edit Properties, Simple URLs` },
    { action: 'enter', target: 'Phone access URLs (Dial-in)', value: `https://${dialin}` },
    ...plan.lync.sipDomains.map((domain): WizardAction => ({
      action: 'enter',
      target: `Meeting URLs (Meet), SIP domain ${domain}`,
      value: `https://${meetHost(plan, domain)}`,
    })),
    ...(admin === null
      ? []
      : [
          {
            action: 'enter' as const,
            target: 'Administrative access URL',
            value: `https://${admin}`,
          },
        ]),
    { action: 'click', target: 'OK, then Action, Topology, Publish' },
  ];
  return [
    {
      id: 'simple-urls',
      title: 'Set the simple URLs and register them on every Front End and Director',
      why: 'Meeting links, the dial-in page and the Control Panel use these short URLs; the servers answer them only after Enable-CsComputer.',
      runOn: `${servers[0] ?? 'a Front End'} (Topology Builder), then ${servers.join(', ')}`,
      parts: [
        { kind: 'wizard', tool: profile.tools.topologyBuilder, actions },
        ...powershell('lync', [
          run(
            cmd('Get-CsSimpleUrlConfiguration', { Identity: str('Global') }),
            cmd('Select-Object', { ExpandProperty: str('SimpleUrl') }),
          ),
        ]),
        instructions(`Then on each of ${servers.join(', ')}, in the ${profile.tools.shell}:`),
        ...powershell('lync', [run(cmd('Enable-CsComputer'))]),
      ],
      notes: [
        'Each simple URL needs its DNS records (the DNS steps) and its name on the web certificates (already requested).',
        'Changing the host of a simple URL later means new DNS records and new certificates, and Enable-CsComputer again on every Front End and Director.',
      ],
      sources: ['L13-SURLEDIT', 'SFB-SURL', 'PS-SURL', 'PS-ENABLE'],
    },
  ];
}
