/**
 * Beside the plan editor: what the plan produces right now, per product it runs (the names on
 * its certificates, how many DNS records, its errors and warnings), and the next step, a link to
 * the reader's own guide. It repaints with every valid change, as the guides would.
 */
import { derive, productsOf } from '../../lib/planner/derive.ts';
import type { Derived } from '../../lib/planner/derived.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { guideHref, PRODUCTS, type ProductId } from '../../lib/planner/products.ts';
import { $plan } from '../stores/plan.ts';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { NAME_BREAKS, withBreaks } from '../ui/Marked.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Every name on the certificates the plan orders (not those kept as they are), once each. */
const namesOf = (derived: Derived) => [
  ...new Set(
    derived.certificates
      .filter((certificate) => certificate.replace)
      .flatMap((certificate) => [
        certificate.commonName,
        ...certificate.sans.map((san) => san.name),
      ]),
  ),
];

export default function PlanPreview() {
  const ready = useReady();
  const plan = useHydrated($plan, () => EXAMPLE_PLAN);
  const products = productsOf(plan);
  return (
    <aside
      class="not-content uc-island uc-preview"
      data-ready={ready ? '' : undefined}
      aria-label="What your plan produces"
    >
      <h2 class="uc-preview-title">What your plan produces</h2>
      {products.length === 0 ? (
        <p>Turn on Exchange or Lync under “What you run” to see its certificates and records.</p>
      ) : null}
      {products.map((product) => (
        <ProductPreview product={product} derived={derive(plan, product)} key={product} />
      ))}
    </aside>
  );
}

function ProductPreview({ product, derived }: { product: ProductId; derived: Derived }) {
  const names = namesOf(derived);
  const count = (severity: 'error' | 'warning') =>
    derived.findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  return (
    <section class="uc-preview-product" aria-label={PRODUCTS[product].label}>
      <h3>{PRODUCTS[product].label}</h3>
      <p class="uc-preview-counts">
        {plural(
          derived.certificates.filter((certificate) => certificate.replace).length,
          'certificate',
          'certificates',
        )}
        , {plural(names.length, 'name', 'names')},{' '}
        {plural(derived.dns.length, 'DNS record', 'DNS records')},{' '}
        <span class={errors > 0 ? 'uc-preview-errors' : undefined}>
          {plural(errors, 'error', 'errors')}
        </span>
        , {plural(count('warning'), 'warning', 'warnings')}
      </p>
      <ul class="uc-preview-names">
        {names.map((name) => (
          <li key={name}>
            <code>{withBreaks(name, NAME_BREAKS)}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="uc-button uc-button-primary" href={guideHref(product)}>
          Next: your {PRODUCTS[product].label} guide
        </a>
      </p>
    </section>
  );
}
