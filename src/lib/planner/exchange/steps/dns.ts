/**
 * DNS steps. A DNS change is the cutover itself, so the records that move clients come late in the
 * runbook, after the servers are ready and tested; they replace what a name resolves to today
 * (shown first, for the way back) instead of adding a second address beside it. New names (the
 * legacy name) and a split-brain zone's copy of the public records are prepared early, because
 * nothing uses them yet. Sources: EX-Post, DNS-Zone, DNS-A, DNS-Remove, DNS-Get, DNS-Export,
 * P365-Pinpoint, Petri-Pinpoint, EX-SenderRep, RFC7208.
 */
import { describeRecord, relativeName } from '../../common/dns.ts';
import { recordCommand, zoneCommand } from '../../common/dns-server-commands.ts';
import { cmd, run, str, type Statement } from '../../powershell/ast.ts';
import type { DnsRecord, Step, StepPart } from '../../derived.ts';
import type { ExchangeContext } from './context.ts';
import { powershell } from './parts.ts';

const quiet = { ErrorAction: str('SilentlyContinue') } as const;

/** Records grouped by zone, then by owner name, in first-seen order. */
function byZoneAndName(records: DnsRecord[]): Map<string, Map<string, DnsRecord[]>> {
  const zones = new Map<string, Map<string, DnsRecord[]>>();
  for (const record of records) {
    const names = zones.get(record.zone) ?? new Map<string, DnsRecord[]>();
    names.set(record.name, [...(names.get(record.name) ?? []), record]);
    zones.set(record.zone, names);
  }
  return zones;
}

const owner = (record: Pick<DnsRecord, 'name' | 'zone'>) => relativeName(record) ?? '.';

/**
 * What a name resolves to now, noted before the change, for the way back: its records in a zone the
 * DNS server holds, or (for a zone about to be created) the answer clients get today.
 */
function currentValue(zone: string, name: string, sample: DnsRecord, exists: boolean): Statement {
  if (!exists) return run(cmd('Resolve-DnsName', { Name: str(name), ...quiet }));
  return run(
    cmd('Get-DnsServerResourceRecord', {
      ZoneName: str(zone),
      Name: str(owner({ name, zone: sample.zone })),
      ...quiet,
    }),
  );
}

/**
 * Replaces a name's address records: removes its A and CNAME records (a second A record would
 * leave some clients on the old servers; an A and a CNAME cannot share a name), then adds the
 * planned ones. Records without an address are left out; the step's notes list them.
 */
function replaceName(zone: string, records: DnsRecord[]): Statement[] {
  const [first] = records;
  if (!first) return [];
  const add = records
    .map(recordCommand)
    .filter((statement): statement is Statement => statement !== undefined);
  if (add.length === 0) return [];
  const remove = (type: string) =>
    run(
      cmd('Remove-DnsServerResourceRecord', {
        ZoneName: str(zone),
        Name: str(owner(first)),
        RRType: str(type),
        Force: true,
        ...quiet,
      }),
    );
  return [remove('A'), remove('CName'), ...add];
}

/**
 * Internal DNS server commands for `records`: current values first (one block), then per zone the
 * zone itself when it is new, and each name replaced.
 */
function internalParts(records: DnsRecord[], existingZones: readonly string[]): StepPart[] {
  const zones = byZoneAndName(records);
  const lookups: Statement[] = [];
  const changes: Statement[] = [];
  for (const [zone, names] of zones) {
    const exists = existingZones.includes(zone);
    if (!exists) changes.push(zoneCommand(zone));
    for (const [name, group] of names) {
      const [sample] = group;
      if (!sample) continue;
      lookups.push(currentValue(zone, name, sample, exists));
      changes.push(...replaceName(zone, group));
    }
  }
  return [
    ...(lookups.length > 0
      ? [
          {
            kind: 'instructions' as const,
            items: ['First note what these names resolve to today (the way back):'],
          },
          ...powershell('windows', lookups),
          { kind: 'instructions' as const, items: ['Then replace them:'] },
        ]
      : []),
    ...powershell('windows', changes),
  ];
}

/** A public record as an instruction: what to set, and what it replaces. */
function externalInstruction(records: DnsRecord[]): string {
  const [first] = records;
  if (!first) return '';
  const planned = records.map(describeRecord).join(' and ');
  switch (first.type) {
    case 'A':
    case 'CNAME':
      return `Set ${planned}, replacing the A or CNAME records ${first.name} has now (a second address beside the old one would send some clients to the old servers).`;
    case 'MX':
      return `Set ${planned}, replacing the MX records of ${first.name} that point elsewhere.`;
    case 'TXT':
      return `Publish ${planned} (the suggested SPF record). If ${first.name} has an SPF record already (v=spf1 …), merge the addresses into it: a domain must have exactly one.`;
    default:
      return `Create ${planned}.`;
  }
}

function externalLookups(records: DnsRecord[]): Statement[] {
  const seen = new Set<string>();
  const lookups: Statement[] = [];
  for (const record of records) {
    const key = `${record.name}|${record.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lookups.push(run(cmd('Resolve-DnsName', { Name: str(record.name), Type: str(record.type) })));
  }
  return lookups;
}

function groupedByNameAndType(records: DnsRecord[]): DnsRecord[][] {
  const groups = new Map<string, DnsRecord[]>();
  for (const record of records) {
    const key = `${record.name}|${record.type}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()];
}

const missingNotes = (records: DnsRecord[]) =>
  records
    .filter((record) => record.value === null)
    .map(
      (record) => `Not in the commands yet, address missing: ${record.name} (${record.missing}).`,
    );

/** Internal zones that must be created as split-brain copies of a public zone. */
function newSplitBrainZones({ plan, dns, sbs }: ExchangeContext): string[] {
  if (sbs) return [];
  return [
    ...new Set(
      dns
        .filter(
          (record) =>
            record.view === 'internal' &&
            record.zone !== record.name &&
            record.zone !== plan.domains.internal,
        )
        .map((record) => record.zone),
    ),
  ];
}

// ---------------------------------------------------------------- prepare

export function dnsPrepareSteps(context: ExchangeContext): Step[] {
  return [...copyZoneSteps(context), ...legacySteps(context)];
}

/**
 * Split-brain into a zone the internal DNS does not have yet: the moment it exists it answers every
 * lookup in it inside, so it is created from a copy of the public zone (exported first), never
 * empty.
 */
function copyZoneSteps(context: ExchangeContext): Step[] {
  const zones = newSplitBrainZones(context);
  if (zones.length === 0) return [];
  const { plan } = context;
  return [
    {
      id: 'dns-copy-zone',
      title: `Copy the public ${zones.join(', ')} zone into the internal DNS`,
      why: `Split-brain DNS makes the internal DNS answer for all of ${zones.join(', ')}: www and every other public record must be in the internal zone from the moment it exists, or they stop resolving inside. So the public records are copied first and the zone is created from the copy.`,
      runOn: `the DNS server that holds the public zone, then a DNS server of ${plan.domains.internal}`,
      parts: [
        {
          kind: 'instructions',
          items: [
            'Export the public zone. On a Windows DNS server that hosts it, run the command below (it writes %windir%\\System32\\dns\\<zone>.dns); with a DNS provider, download the zone file (BIND format) from its console instead.',
          ],
        },
        ...powershell(
          'windows',
          zones.map((zone) =>
            run(cmd('Export-DnsServerZone', { Name: str(zone), FileName: str(`${zone}.dns`) })),
          ),
        ),
        {
          kind: 'instructions',
          items: [
            `Copy each file to %windir%\\System32\\dns on a DNS server of ${plan.domains.internal}, then create the internal zone from it and store it in Active Directory:`,
          ],
        },
        ...powershell(
          'windows',
          zones.flatMap((zone) => [
            run(
              cmd('Add-DnsServerPrimaryZone', {
                Name: str(zone),
                ZoneFile: str(`${zone}.dns`),
                LoadExisting: true,
              }),
            ),
            run(
              cmd('ConvertTo-DnsServerPrimaryZone', {
                Name: str(zone),
                ReplicationScope: str('Forest'),
                Force: true,
              }),
            ),
            run(cmd('Get-DnsServerResourceRecord', { ZoneName: str(zone) })),
          ]),
        ),
      ],
      notes: [
        'Check the copy against the public zone before going on: until the cutover step the internal zone still points every name where the public one does, so nothing changes for clients yet.',
        'From now on a public record added or changed at the provider must be changed in the internal zone too.',
        'Pin-point zones (one zone per Exchange name) avoid all of this; the plan chose split-brain.',
      ],
      sources: ['DNS-Export', 'DNS-Zone', 'P365-Pinpoint'],
    },
  ];
}

/** The legacy name is new: it can resolve to the 2007 servers long before anything uses it. */
function legacySteps(context: ExchangeContext): Step[] {
  const { plan, dns, legacyNamespace } = context;
  if (!legacyNamespace) return [];
  const legacyHost = plan.exchange.legacy.namespace;
  const internal = dns.filter((record) => record.view === 'internal' && record.name === legacyHost);
  const external = dns.filter((record) => record.view === 'external' && record.name === legacyHost);
  return [
    {
      id: 'dns-legacy',
      title: `Create the legacy name ${legacyHost}`,
      why: `The Exchange 2007 servers move to ${legacyHost} before the cutover, so the name must resolve to them inside and outside first. Nothing uses it yet, so it is safe to create now.`,
      runOn: `a DNS server of ${plan.domains.internal}, and your public DNS provider`,
      parts: [
        ...internalParts(internal, [plan.domains.internal, ...existingSplitZones(context)]),
        {
          kind: 'instructions',
          items: external.map((record) => `In public DNS: create ${describeRecord(record)}.`),
        },
      ],
      notes: [
        'Publish the legacy name on the firewall or reverse proxy too (HTTPS to the Exchange 2007 Client Access servers).',
        ...missingNotes([...internal, ...external]),
      ],
      sources: ['E13-Coex', 'DNS-Zone', 'DNS-A'],
    },
  ];
}

/** Zones the runbook has created (or found) before the cutover: the AD zone and copied zones. */
function existingSplitZones(context: ExchangeContext): string[] {
  return newSplitBrainZones(context);
}

// ---------------------------------------------------------------- cutover

export function dnsCutoverSteps(context: ExchangeContext): Step[] {
  return [internalStep(context), externalStep(context)];
}

function internalStep(context: ExchangeContext): Step {
  const { plan, dns, legacyNamespace, sbs } = context;
  const internal = dns.filter(
    (record) =>
      record.view === 'internal' &&
      !(legacyNamespace && record.name === plan.exchange.legacy.namespace),
  );
  const zones = [...new Set(internal.map((record) => record.zone))];
  const pinPoint = internal.filter((record) => record.zone === record.name).map((r) => r.zone);
  const existing = [plan.domains.internal, ...existingSplitZones(context)];
  const inExistingZones = internal.some((record) => existing.includes(record.zone));
  const notes = [
    'Lower the TTL of these records a day ahead if they exist already, so clients that cached the old address follow quickly; raise it again afterwards.',
    `Remove-DnsServerResourceRecord deletes the A and CNAME records of each name before the planned ones are added, so the name never points at old and new servers at once. The first block shows what to restore if you go back.`,
  ];
  if (pinPoint.length > 0)
    notes.push(
      `A pin-point zone holds one name at its apex (written "."), so every other name of the public domain keeps resolving through public DNS. Add-DnsServerPrimaryZone reports an error where the zone exists already; the records are still replaced. To go back, delete the pin-point zones (Remove-DnsServerZone): the names then resolve as the first block showed.`,
    );
  if (sbs)
    notes.push(
      'Windows SBS 2008: the Internet Address Management Wizard created this zone; the commands only make sure it points at the server.',
    );
  notes.push(...missingNotes(internal));
  return {
    id: 'dns-internal',
    title: `Switch internal DNS to the new servers (${zones.join(', ')})`,
    why: 'Clients inside must resolve the namespace to the servers that now hold the certificate and the new URLs. This is the moment they move.',
    runOn: `a DNS server of ${plan.domains.internal} (usually a domain controller)`,
    parts: internalParts(internal, existing),
    notes,
    sources: [
      ...(pinPoint.length > 0 ? (['Petri-Pinpoint'] as const) : (['EX-Post'] as const)),
      ...(inExistingZones ? (['DNS-Get'] as const) : []),
      ...(pinPoint.length > 0 ? (['DNS-Resolve'] as const) : []),
      'DNS-Remove',
      'DNS-A',
      'DNS-Zone',
    ],
  };
}

function externalStep({ plan, dns, legacyNamespace }: ExchangeContext): Step {
  const external = dns.filter(
    (record) =>
      record.view === 'external' &&
      record.type !== 'PTR' &&
      !(legacyNamespace && record.name === plan.exchange.legacy.namespace),
  );
  const reverse = dns.filter((record) => record.type === 'PTR');
  return {
    id: 'dns-external',
    title: 'Switch public DNS to the new servers',
    why: 'Internet clients and mail servers follow these records; changing them moves everyone outside to the new servers.',
    runOn: 'your public DNS provider; the lookups from a computer outside your network',
    parts: [
      {
        kind: 'instructions',
        items: [
          'First note what the public records say today (run these outside your network, where internal DNS does not answer):',
        ],
      },
      ...powershell('windows', externalLookups(external)),
      {
        kind: 'instructions',
        items: [
          ...groupedByNameAndType(external).map(externalInstruction),
          ...reverse.map(
            (record) =>
              `Ask the owner of the address (usually your ISP) for the reverse record ${describeRecord(record)}.`,
          ),
        ],
      },
    ],
    notes: [
      'Lower the TTL of the records that change a day ahead, so resolvers drop the old addresses quickly.',
      'Before this step the firewall or load balancer must already publish the new servers on the addresses below.',
      ...missingNotes(external),
    ],
    sources: ['EX-Post', 'EX-AD', 'EX-SenderRep', 'RFC7208', 'DNS-Resolve'],
  };
}
