import { describe, expect, it } from 'vitest';
import { EXCHANGE_PROFILES } from './exchange/profiles/index.ts';
import { LYNC_PROFILES } from './lync/profiles/index.ts';
import {
  availableProducts,
  EXCHANGE_PRODUCT_IDS,
  FAMILIES,
  familyOf,
  guideHref,
  isProductId,
  LYNC_PRODUCT_IDS,
  PRODUCT_IDS,
  PRODUCTS,
} from './products.ts';

const profiled = new Set([...Object.keys(EXCHANGE_PROFILES), ...Object.keys(LYNC_PROFILES)]);

describe('the product registry', () => {
  it('holds twelve products, six per family, each id naming its family', () => {
    expect(PRODUCT_IDS).toHaveLength(12);
    expect(EXCHANGE_PRODUCT_IDS).toHaveLength(6);
    expect(LYNC_PRODUCT_IDS).toHaveLength(6);
    for (const id of EXCHANGE_PRODUCT_IDS) {
      expect(id).toMatch(/^exchange-/);
      expect(familyOf(id)).toBe('exchange');
      expect(PRODUCTS[id].family).toBe('exchange');
    }
    for (const id of LYNC_PRODUCT_IDS) {
      expect(id).toMatch(/^(ocs|lync|sfb)-/);
      expect(familyOf(id)).toBe('lync');
      expect(PRODUCTS[id].family).toBe('lync');
    }
    expect(FAMILIES.exchange.products).toEqual(EXCHANGE_PRODUCT_IDS);
    expect(FAMILIES.lync.products).toEqual(LYNC_PRODUCT_IDS);
  });

  it.each(PRODUCT_IDS)(
    '%s: its own id, a guide under its family, availability from its profile',
    (id) => {
      const product = PRODUCTS[id];
      expect(product.id).toBe(id);
      expect(product.available).toBe(profiled.has(id));
      expect(guideHref(id)).toBe(`/${product.guide}/`);
    },
  );

  it('labels and guide paths are unique', () => {
    const all = PRODUCT_IDS.map((id) => PRODUCTS[id]);
    expect(new Set(all.map((product) => product.guide)).size).toBe(12);
    expect(new Set(all.map((product) => product.label)).size).toBe(12);
  });

  it('gives the products under the fixed lifecycle their end of support, and none to SE', () => {
    expect(PRODUCTS['exchange-2016'].supportEnds).toEqual({
      date: '2025-10-14',
      source: 'LC-2016',
    });
    expect(PRODUCTS['exchange-2013'].supportEnds).toEqual({
      date: '2023-04-11',
      source: 'LC-2013',
    });
    expect(PRODUCTS['exchange-se'].supportEnds).toBeUndefined();
    expect(PRODUCTS['sfb-se'].supportEnds).toBeUndefined();
  });

  it('recognises product ids and nothing else', () => {
    for (const id of PRODUCT_IDS) expect(isProductId(id)).toBe(true);
    for (const value of ['2016', 'Exchange-2016', '', 'exchange', 2016, null, undefined, {}])
      expect(isProductId(value)).toBe(false);
  });
});

describe('availableProducts', () => {
  it('lists the profiled products in registry order, optionally of one family', () => {
    const ids = (family?: 'exchange' | 'lync') =>
      availableProducts(family).map((product) => product.id);
    expect(ids()).toEqual(PRODUCT_IDS.filter((id) => profiled.has(id)));
    expect(ids('exchange')).toEqual(EXCHANGE_PRODUCT_IDS.filter((id) => profiled.has(id)));
    expect(ids('lync')).toEqual(LYNC_PRODUCT_IDS.filter((id) => profiled.has(id)));
    expect(ids('exchange').length).toBeGreaterThan(0);
  });
});
