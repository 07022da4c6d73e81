import type { SharedCertificate } from '../../combined/sharing.ts';
import type { DnsRecord, PlannedCertificate } from '../../derived.ts';
import type { ExchangeBasis } from '../basis.ts';
import type { PlacedServer } from '../topology.ts';

/** What every step builder receives: the basis and what has already been derived from it. */
export interface ExchangeContext extends ExchangeBasis {
  /** The client access certificate (always the first certificate). */
  client: PlannedCertificate;
  certificates: PlannedCertificate[];
  dns: DnsRecord[];
  /** Exchange servers of the new version, in plan order. */
  servers: PlacedServer[];
  /** The server that makes the request and holds the original private key. */
  origin: PlacedServer;
  /** The certificate shared with Lync/Skype for Business, when the plan shares one. */
  shared?: SharedCertificate;
}
