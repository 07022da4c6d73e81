/**
 * How the certificates of one file relate. A certificate is issued by another when its issuer
 * name is that one's subject name and, where both key identifiers are present, its authority key
 * identifier is that one's subject key identifier (RFC 5280 §4.2.1.1). The leaf is the end-entity
 * certificate that issued none of the others.
 */
import type { ChainFacts, CertificateFacts, FileFacts } from './facts.ts';
import type { CheckFinding, Rule } from './context.ts';

type ChainLink = Pick<
  CertificateFacts,
  'subject' | 'issuer' | 'subjectKeyId' | 'authorityKeyId' | 'basicConstraints'
>;

const nameKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

function issuedBy(child: ChainLink, parent: ChainLink): boolean {
  if (child === parent || nameKey(child.issuer.text) !== nameKey(parent.subject.text)) return false;
  return (
    child.authorityKeyId === null ||
    parent.subjectKeyId === null ||
    child.authorityKeyId === parent.subjectKeyId
  );
}

export function chainOf(certificates: readonly ChainLink[]): ChainFacts {
  const issuerOf = certificates.map((child) =>
    certificates.findIndex((parent) => issuedBy(child, parent)),
  );
  const pathFrom = (start: number): number[] => {
    const path: number[] = [];
    for (let index = start; index !== -1 && !path.includes(index); index = issuerOf[index]!)
      path.push(index);
    return path;
  };
  const issuesNone = certificates
    .map((_, index) => index)
    .filter((index) => !issuerOf.includes(index));
  // Of several end-entity certificates, the leaf is the one with the most of its chain in the file.
  let leaf: number | null = null;
  for (const index of issuesNone) {
    if (certificates[index]!.basicConstraints?.ca === true) continue;
    if (leaf === null || pathFrom(index).length > pathFrom(leaf).length) leaf = index;
  }
  const start = leaf ?? issuesNone[0] ?? (certificates.length > 0 ? 0 : -1);
  const path = pathFrom(start);
  const unrelated = certificates.map((_, index) => index).filter((index) => !path.includes(index));
  return { order: orderOf(path, certificates.length), leaf, path, unrelated };
}

/** The order of the path in the file; certificates off the path are reported apart. */
function orderOf(path: number[], total: number): ChainFacts['order'] {
  if (total <= 1) return 'single';
  if (path.every((index, position) => index === position)) return 'leaf-first';
  if (path.every((index, position) => index === total - 1 - position)) return 'root-first';
  return 'unordered';
}

/** The file's certificates, in file order. */
export const certificatesOf = (file: FileFacts): CertificateFacts[] =>
  file.items.filter((item): item is CertificateFacts => item.kind === 'certificate');

export const chainRules: Rule = ({ file }) => {
  const chain = file.chain;
  if (!chain || chain.order === 'single') return [];
  const certificates = certificatesOf(file);
  const findings: CheckFinding[] = [];
  // PKCS#7 holds a set: its order means nothing. A PEM bundle is served as it stands.
  if (file.container === 'bundle' && chain.order !== 'leaf-first' && chain.path.length > 1) {
    findings.push({
      id: 'chain-out-of-order',
      severity: 'warning',
      message: `The certificates are not in chain order: the server's certificate first, then each issuer. The file has ${certificates.map((certificate) => certificate.subject.commonName ?? certificate.subject.text).join(', ')}. Windows builds the chain from its own store, but load balancers, reverse proxies and appliances send the file as it stands, and clients may reject it.`,
      fix: `Reorder the file: ${chain.path.map((index) => certificates[index]!.subject.commonName ?? certificates[index]!.subject.text).join(', then ')}.`,
      source: 'RFC8446',
    });
  }
  if (chain.unrelated.length > 0) {
    findings.push({
      id: 'chain-unrelated-certificates',
      severity: 'info',
      message: `The file also holds ${chain.unrelated.map((index) => certificates[index]!.subject.text).join('; ')}, which ${chain.unrelated.length === 1 ? 'is' : 'are'} not in the chain of the server's certificate.`,
      fix: 'Leave unrelated certificates out of the file you import or install.',
      source: 'RFC5280',
    });
  }
  return findings;
};
