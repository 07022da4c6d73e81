/**
 * What distinguishes one Exchange version from another, as data. Rules read a profile instead of
 * testing version numbers, so a new version is a new profile, not a copy of the rules. The name,
 * guide and support lifecycle of each version live in the product registry (products.ts).
 */
import type { ExchangeProductId } from '../../products.ts';
import type { CoexistenceVersion } from '../../plan/sections/exchange.ts';
import type { SourceId } from '../../sources.ts';

export interface CoexistenceSupport {
  /** The older version that may stay in the organisation. */
  with: Exclude<CoexistenceVersion, 'none'>;
  /** Minimum build of the older version, in words. */
  requires: string;
  /** A caveat worth a warning (e.g. a CU that blocks setup). */
  caveat?: { text: string; source: SourceId };
  /**
   * The older version keeps a host name of its own (legacy.<domain>) because the new version
   * redirects its users instead of proxying them (2007 with 2013, EX13-Certs).
   */
  legacyNamespace?: boolean;
  /**
   * The new version proxies Outlook for mailboxes still on the older one through Outlook Anywhere
   * on the older servers (2010 with 2013 and 2016), which must therefore be enabled there.
   */
  proxiesOutlookAnywhere?: boolean;
  source: SourceId;
}

export interface ExchangeProfile {
  id: ExchangeProductId;
  /** Version key in the cmdlet catalog (cmdlets.json `versions`). */
  catalogKey: string;
  /**
   * How certificate files are written and read. 2013 still has the server-side path parameters
   * (-RequestFile, -FileName); 2016 CU23+, 2019 CU12+ and SE removed them, so files are written
   * and read with .NET in the shell session (PS-New, PS-Import, PS-Export).
   */
  files: 'server-path' | 'session-bytes';
  /** Cmdlet that sets the Autodiscover SCP (AutoDiscoverServiceInternalUri). */
  scpCmdlet: 'Set-ClientAccessServer' | 'Set-ClientAccessService';
  /** Unified Messaging exists (2013, 2016); removed in 2019 (EX-Certs). */
  unifiedMessaging: boolean;
  /** MAPI over HTTP is off until Set-OrganizationConfig -MapiHttpEnabled $true (2013 orgs). */
  mapiHttpOffByDefault: boolean;
  coexistence: readonly CoexistenceSupport[];
  /** The pages rules cite for this version's certificate and MAPI rules. */
  sources: { certificates: SourceId; mapiOverHttp: SourceId; overview: readonly SourceId[] };
}
