import type { DnsRecord, PlannedCertificate } from '../../derived.ts';
import type { Plan } from '../../plan/types.ts';
import type { PlacedServer } from '../topology.ts';
import type { ExchangeProfile } from '../versions/index.ts';

/** What every step builder receives: the plan and what has already been derived from it. */
export interface ExchangeContext {
  plan: Plan;
  profile: ExchangeProfile;
  /** The client access certificate (always the first certificate). */
  client: PlannedCertificate;
  certificates: PlannedCertificate[];
  dns: DnsRecord[];
  /** Exchange servers of the new version, in plan order. */
  servers: PlacedServer[];
  /** The server that makes the request and holds the original private key. */
  origin: PlacedServer;
}
