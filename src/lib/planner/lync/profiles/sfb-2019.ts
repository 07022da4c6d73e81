import type { LyncProfile } from './profile.ts';
import { SFB_2015 } from './sfb-2015.ts';

/**
 * Skype for Business Server 2019: the 2015 certificate, DNS and Edge rules without XMPP and
 * Persistent Chat, which were removed (reference §6, SFB19-SYS, SFB19-DEPR).
 */
export const SFB_2019: LyncProfile = {
  ...SFB_2015,
  id: 'sfb-2019',
  catalog: { key: 'sfb-2019' },
  xmpp: 'removed',
  persistentChat: 'removed',
  // SFB-CNG is a note on 2015; nothing Microsoft published says the same of 2019.
  cngUnsupported: false,
  sources: { ...SFB_2015.sources, internalCertificates: 'SFB19-SYS' },
};
