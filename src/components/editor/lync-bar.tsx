/**
 * The plan bar's fields that belong to one family: the Exchange client namespace, or on a Lync or
 * Skype for Business guide the first SIP domain. The rest of each family is edited on Your plan.
 */
import { TextField } from '../ui/fields.tsx';

/** Fields the family parts of the bar show: their problems appear at the field. */
export const LYNC_BAR_FIELDS = ['lync.sipDomains[0]'];
export const EXCHANGE_BAR_FIELDS = ['exchange.namespace'];

export function LyncBarFields() {
  return <TextField idPrefix="bar" path={['lync', 'sipDomains', 0]} label="SIP domain" />;
}

export function ExchangeBarFields() {
  return <TextField idPrefix="bar" path={['exchange', 'namespace']} label="Client namespace" />;
}
