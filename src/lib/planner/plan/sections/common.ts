/** Pieces several sections share: servers, limits, and defaults built from the primary domain. */
import { join } from '../read.ts';
import { list, object, type Scope } from '../describe.ts';
import { computerName, ipv4 } from '../kinds.ts';
import type { Reader } from '../read.ts';

/**
 * Limits from the largest real topologies the guides are written for (documented in the README):
 * Microsoft's own large reference designs have two to four datacenter sites with a handful of
 * servers each, and organisations with dozens of accepted domains are common. They keep a small
 * link from expanding into an enormous plan.
 */
export const LIMITS = { domains: 50, sites: 20, servers: 50 } as const;

export const SERVER = object({
  key: '',
  description: 'A server: its computer name and internal address.',
  fields: {
    name: computerName({
      key: 'n',
      description: 'Computer (NetBIOS) name, e.g. EX01.',
      example: 'EX01',
    }),
    ip: ipv4({ key: 'P', description: 'Internal IPv4 address; null when not known.' }),
  },
});

export type Server = { name: string; ip: string | null };

export function servers(key: string, description: string, min = 0, minMessage?: string) {
  return list({ key, description, item: SERVER, max: LIMITS.servers, min, minMessage });
}

/** `prefix.<primary domain>`, or '' while the primary domain is invalid (reported there). */
export function underPrimary(prefix: string): (scope: Scope) => string {
  return (scope) => {
    const primary = (scope.root.domains as { primary?: string } | undefined)?.primary ?? '';
    return primary && `${prefix}${primary}`;
  };
}

/** A server name may appear once: the same computer cannot sit in two roles of one plan. */
export function checkUniqueServers(
  reader: Reader,
  groups: readonly { path: string; servers: readonly Server[] }[],
): void {
  const seen = new Map<string, string>();
  for (const { path, servers: list } of groups) {
    list.forEach((server, index) => {
      const key = server.name.toLowerCase();
      if (key === '') return;
      const where = join(join(path, index), 'name');
      const first = seen.get(key);
      if (first) reader.report(where, `${server.name} is already listed at ${first}`);
      else seen.set(key, where);
    });
  }
}
