/**
 * The plan bar's fields on a Lync or Skype for Business guide: the primary domain and the first SIP
 * domain, editable in place, and the product as the page's own (a guide shows the plan as its
 * version). Kept small: the whole Lync part is edited on Your plan.
 */
import { PRODUCTS, type ProductId } from '../../lib/planner/products.ts';
import { TextField } from '../ui/fields.tsx';

/** Fields the Lync bar shows: their problems appear at the field. */
export const LYNC_BAR_FIELDS = ['domains.primary', 'lync.sipDomains[0]'];

export function LyncBarFields({ product }: { product: ProductId }) {
  return (
    <>
      <TextField idPrefix="bar" path={['domains', 'primary']} label="Primary domain" />
      <TextField idPrefix="bar" path={['lync', 'sipDomains', 0]} label="SIP domain" />
      <p class="uc-planbar-product">
        <span class="uc-planbar-product-label">Version</span> {PRODUCTS[product].label}
      </p>
    </>
  );
}
