/**
 * Which Exchange versions this guide shares a certificate with, per Lync/Skype for Business
 * version: data, read by the sharing rules (never a version test in a rule).
 *
 * - OCS 2007 R2 with Exchange 2007 or 2010: the combination the original single-certificate
 *   calculator covers (C-BUSBAR), with OCS's own Edge certificate rules (OCS-EDGECERT).
 * - Lync 2010 to Skype for Business SE with Exchange 2010 to SE: Microsoft's integration pages
 *   (SFB-EXINT, L13-UMSUP) and its advice to plan the Edge and reverse proxy names into one public
 *   certificate (L13-RPREQ).
 * Other pairs may well run side by side (Lync Server 2013 lists Exchange 2007 SP1 for Unified
 * Messaging, L13-UMSUP), but this guide has not checked a shared certificate for them.
 */
import type { ExchangeProductId, LyncProductId } from '../products.ts';
import type { SourceId } from '../sources.ts';

export interface PairSupport {
  exchange: readonly ExchangeProductId[];
  source: SourceId;
}

const LYNC_2010_ON: PairSupport = {
  exchange: ['exchange-2010', 'exchange-2013', 'exchange-2016', 'exchange-2019', 'exchange-se'],
  source: 'SFB-EXINT',
};

export const SHARED_PAIRS: Readonly<Record<LyncProductId, PairSupport>> = {
  'ocs-2007r2': { exchange: ['exchange-2007', 'exchange-2010'], source: 'C-BUSBAR' },
  'lync-2010': LYNC_2010_ON,
  'lync-2013': LYNC_2010_ON,
  'sfb-2015': LYNC_2010_ON,
  'sfb-2019': LYNC_2010_ON,
  'sfb-se': LYNC_2010_ON,
};

export function pairSupported(exchange: ExchangeProductId, lync: LyncProductId): boolean {
  return SHARED_PAIRS[lync].exchange.includes(exchange);
}
