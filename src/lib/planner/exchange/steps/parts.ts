/** Step parts the Exchange rules build. */
import type { Shell, StepPart } from '../../derived.ts';
import type { Statement } from '../../powershell/ast.ts';
import type { ProductId } from '../../products.ts';
import type { ExchangeProfile } from '../profiles/index.ts';

/** One PowerShell part in `shell`, or no part at all when there is nothing to run. */
export function powershell(shell: Shell, statements: Statement[], product?: ProductId): StepPart[] {
  if (statements.length === 0) return [];
  return [
    product === undefined
      ? { kind: 'powershell', shell, statements }
      : { kind: 'powershell', shell, statements, product },
  ];
}

/**
 * Commands for several servers in one version's shell. Where the version's cmdlets reach other
 * servers (-Server, 2010 and later) they form one block; Exchange 2007's certificate cmdlets act on
 * the local computer only, so each server gets its own block, headed by where to run it.
 * `older` marks the blocks of the older version in a migration (checked against its catalog);
 * `prologue` opens each block (the thumbprint or password prompt every block needs).
 */
export function serverBlocks<S extends { name: string }>(
  profile: ExchangeProfile,
  servers: readonly S[],
  build: (server: S) => Statement[],
  options: { older?: boolean; prologue?: Statement[] } = {},
): StepPart[] {
  const product = options.older ? profile.id : undefined;
  const prologue = options.prologue ?? [];
  if (profile.remoteCertificates)
    return powershell(profile.shell, [...prologue, ...servers.flatMap(build)], product);
  return servers.flatMap((server) => {
    const statements = [...prologue, ...build(server)];
    if (statements.length === 0) return [];
    return [
      {
        kind: 'instructions' as const,
        items: [`In the Exchange Management Shell on ${server.name}:`],
      },
      ...powershell(profile.shell, statements, product),
    ];
  });
}
