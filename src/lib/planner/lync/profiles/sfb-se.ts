import type { LyncProfile } from './profile.ts';
import { SFB_2019 } from './sfb-2019.ts';

/**
 * Skype for Business Server Subscription Edition: Microsoft's planning pages apply to 2015, 2019 and
 * SE alike, and SE is built on the 2019 code line, so it follows the 2019 rules (reference §7,
 * SE-APPLIES). Its support follows the modern lifecycle, hence no end date in the registry.
 */
export const SFB_SE: LyncProfile = {
  ...SFB_2019,
  id: 'sfb-se',
  catalog: {
    key: 'sfb-2019',
    note: "Microsoft's cmdlet reference lists no Subscription Edition yet; SE is on the 2019 code line, so its commands are checked against Skype for Business Server 2019.",
  },
  sources: { ...SFB_2019.sources, internalCertificates: 'SE-APPLIES' },
};
