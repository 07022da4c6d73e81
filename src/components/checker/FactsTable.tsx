/** One certificate or request of the file, fact by fact, with "Copy thumbprint" by its SHA-1 row. */
import { factRows } from '../../lib/planner/compare/describe.ts';
import type { ItemFacts } from '../../lib/planner/compare/facts.ts';
import { CopyButton } from '../ui/CopyButton.tsx';

interface Props {
  item: ItemFacts;
  caption: string;
}

export function FactsTable({ item, caption }: Props) {
  const thumbprint = item.kind === 'certificate' ? item.thumbprints?.sha1 : undefined;
  return (
    <table class="uc-table uc-cert-facts">
      <caption>{caption}</caption>
      <colgroup>
        <col class="uc-col-label" />
        <col />
      </colgroup>
      <tbody>
        {factRows(item).map((row) => (
          <tr key={row.key} data-fact={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              {row.key === 'sha1' || row.key === 'sha256' || row.key === 'serial' ? (
                <code>{row.value}</code>
              ) : (
                row.value
              )}
              {row.key === 'sha1' && thumbprint ? (
                <CopyButton text={thumbprint} label="thumbprint" />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
