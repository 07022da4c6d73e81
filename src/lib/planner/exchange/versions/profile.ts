/**
 * What distinguishes one Exchange version from another, as data. Rules read a profile instead of
 * testing version numbers, so a new version is a new profile, not a copy of the rules.
 */
import type { CoexistenceVersion, ExchangeVersion } from '../../plan/types.ts';
import type { SourceId } from '../../sources.ts';

export interface CoexistenceSupport {
  /** The older version that may stay in the organisation. */
  with: Exclude<CoexistenceVersion, 'none'>;
  /** Minimum build of the older version, in words. */
  requires: string;
  /** A caveat worth a warning (e.g. a CU that blocks setup). */
  caveat?: string;
  source: SourceId;
}

export interface ExchangeProfile {
  version: ExchangeVersion;
  label: string;
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
  /**
   * End of extended support under Microsoft's fixed lifecycle policy (no security updates after
   * it). Absent for SE, which follows the modern lifecycle policy (supported while kept current).
   */
  supportEnds?: { date: string; source: SourceId };
  /** Pages that describe this version's certificate and namespace rules. */
  sources: readonly SourceId[];
}
