/** Sources the Lync and Skype for Business rules cite (reference/lync.md §0). */
import { lifecycle, type Source } from '../source-kinds.ts';

export const LYNC_SOURCES = {
  'LC-OCS2007R2': lifecycle('Office Communications Server 2007 R2'),
  'LC-Lync2010': lifecycle('Lync Server 2010'),
  'LC-Lync2013': lifecycle('Lync Server 2013'),
  'LC-SfB2015': lifecycle('Skype for Business Server 2015'),
  'LC-SfB2019': lifecycle('Skype for Business Server 2019'),
} as const satisfies Record<string, Source>;
