/**
 * The only module that imports pkijs and asn1js: DER blocks in, plain facts out. It is loaded with
 * import() on first use (pkijs is about 86 KB gzip), and nothing of pkijs or asn1js leaves it:
 * callers get the serialisable shapes of planner/compare/facts.ts. asn1js limits nesting depth
 * and node count by itself; every other failure is caught here and turned into a refusal.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type {
  AltNames,
  BasicConstraints,
  CertificateFacts,
  DistinguishedName,
  NameAttribute,
  PublicKeyFacts,
  RequestFacts,
  SignatureFacts,
} from '../planner/compare/facts.ts';
import { PFX_MESSAGE, refuse, type DerBlock, type Refusal } from './decode.ts';
import { bitLength, escapeDnValue, formatIp, hex, serialHex } from './format.ts';
import {
  ATTRIBUTE_NAMES,
  COMMON_NAME,
  CURVES,
  EC_PUBLIC_KEY,
  EXTENSION_REQUEST_ATTRIBUTES,
  EXTENSIONS,
  HASH_ALGORITHMS,
  KEY_ALGORITHMS,
  KEY_PURPOSES,
  KEY_USAGE_BITS,
  OTHER_NAMES,
  RSASSA_PSS,
  SIGNATURE_ALGORITHMS,
  SIGNED_DATA,
} from './oids.ts';

/** A certificate before its thumbprints are computed (Web Crypto is asynchronous), with its DER. */
export type ReadItem =
  | { facts: Omit<CertificateFacts, 'thumbprints'>; der: Uint8Array }
  | { facts: RequestFacts; der: Uint8Array };

export type ReadResult = { ok: true; items: ReadItem[]; pkcs7: boolean } | Refusal;

export function readBlocks(blocks: readonly DerBlock[]): ReadResult {
  const items: ReadItem[] = [];
  let pkcs7 = false;
  for (const block of blocks) {
    const result = readBlock(block.der);
    if (!result.ok) return result;
    items.push(...result.items);
    pkcs7 ||= result.pkcs7;
  }
  return { ok: true, items, pkcs7 };
}

function readBlock(der: Uint8Array): ReadResult {
  // asn1js would also try to decode the content of every OCTET and BIT STRING as DER: the key, the
  // signature and each extension, the SAN list a second time. pkijs and alternativeNames decode what
  // they read themselves; skipping the guesswork makes a 50-name certificate about a third faster.
  const parsed = asn1js.fromBER(der, { parseEmbedded: false });
  if (parsed.offset === -1) {
    const error = parsed.result.error;
    return /end of input/i.test(error)
      ? refuse('truncated', 'The data is cut off before its end. Copy or download it again.')
      : refuse('binary', `The data is not valid DER (ASN.1): ${error}.`);
  }
  const root = parsed.result;
  try {
    return readStructure(root);
  } catch (error) {
    return refuse(
      'unsupported',
      `The data is DER, but not a valid certificate, request or PKCS #7 file (${(error as Error).message}).`,
    );
  }
}

/** Which structure the DER holds, by its shape (RFC 5280, RFC 2986, RFC 5652, RFC 7292). */
function readStructure(root: asn1js.AsnType): ReadResult {
  if (!(root instanceof asn1js.Sequence)) return notACertificate();
  const [first, second, third] = root.valueBlock.value;
  if (first instanceof asn1js.ObjectIdentifier) return readContentInfo(root);
  if (first instanceof asn1js.Integer) {
    return first.valueBlock.valueDec === 3 ? refuse('pfx', PFX_MESSAGE) : notACertificate();
  }
  if (first instanceof asn1js.Sequence && second instanceof asn1js.BitString && !third) {
    return refuse('unsupported', 'This is a public key, not a certificate or a request.');
  }
  if (!(first instanceof asn1js.Sequence)) return notACertificate();
  const body = first.valueBlock.value;
  if (
    body
      .slice(0, 4)
      .some((part) => part instanceof asn1js.UTCTime || part instanceof asn1js.GeneralizedTime)
  ) {
    return refuse(
      'unsupported',
      'This is a certificate revocation list (CRL), not a certificate or a request.',
    );
  }
  const der = new Uint8Array(root.valueBeforeDecodeView);
  // A request's body starts with INTEGER version, then the subject; a certificate's with [0] version or its serial, then an algorithm.
  const request =
    body[0] instanceof asn1js.Integer &&
    body[1] instanceof asn1js.Sequence &&
    body[2] instanceof asn1js.Sequence &&
    !(body[3] instanceof asn1js.Sequence);
  return {
    ok: true,
    items: [request ? readRequest(root, der) : readCertificate(root, der)],
    pkcs7: false,
  };
}

const notACertificate = () =>
  refuse(
    'unsupported',
    'The data is DER, but not a certificate, a certificate request or a PKCS #7 (.p7b) file.',
  );

/** PKCS #7 / CMS SignedData: the certificates it carries (a CA's answer: leaf and chain). */
function readContentInfo(root: asn1js.Sequence): ReadResult {
  const [type, content] = root.valueBlock.value;
  const oid = (type as asn1js.ObjectIdentifier).valueBlock.toString();
  if (oid !== SIGNED_DATA || !(content instanceof asn1js.Constructed)) {
    return refuse(
      'unsupported',
      `This is a PKCS #7 / CMS message of type ${oid}, which carries no certificates.`,
    );
  }
  const signedData = content.valueBlock.value[0];
  if (!(signedData instanceof asn1js.Sequence)) return notACertificate();
  const set = signedData.valueBlock.value.find(
    (part) => part.idBlock.tagClass === 3 && part.idBlock.tagNumber === 0,
  );
  const certificates = set instanceof asn1js.Constructed ? set.valueBlock.value : [];
  const items = certificates
    .filter((part): part is asn1js.Sequence => part instanceof asn1js.Sequence)
    .map((part) => readCertificate(part, new Uint8Array(part.valueBeforeDecodeView)));
  if (items.length === 0) {
    return refuse('unsupported', 'This PKCS #7 (.p7b) file holds no certificates.');
  }
  return { ok: true, items, pkcs7: true };
}

function readCertificate(schema: asn1js.Sequence, der: Uint8Array): ReadItem {
  const certificate = new pkijs.Certificate({ schema });
  const extensions = certificate.extensions ?? [];
  const subject = distinguishedName(certificate.subject);
  const issuer = distinguishedName(certificate.issuer);
  const facts: Omit<CertificateFacts, 'thumbprints'> = {
    kind: 'certificate',
    version: certificate.version + 1,
    serialNumber: serialHex(certificate.serialNumber.valueBlock.valueHexView),
    subject,
    issuer,
    ...extensionFacts(extensions),
    publicKey: publicKey(certificate.subjectPublicKeyInfo),
    signature: signature(certificate.signatureAlgorithm),
    validity: {
      notBefore: certificate.notBefore.value.toISOString(),
      notAfter: certificate.notAfter.value.toISOString(),
    },
    selfIssued: subject.text.toLowerCase() === issuer.text.toLowerCase(),
    subjectKeyId: keyIdentifier(extensions, EXTENSIONS.subjectKeyIdentifier),
    authorityKeyId: keyIdentifier(extensions, EXTENSIONS.authorityKeyIdentifier),
  };
  return { facts, der };
}

function readRequest(schema: asn1js.Sequence, der: Uint8Array): ReadItem {
  const request = new pkijs.CertificationRequest({ schema });
  const attribute = request.attributes?.find((candidate) =>
    EXTENSION_REQUEST_ATTRIBUTES.includes(candidate.type),
  );
  const extensions = attribute?.values[0]
    ? new pkijs.Extensions({ schema: attribute.values[0] }).extensions
    : [];
  const facts: RequestFacts = {
    kind: 'request',
    subject: distinguishedName(request.subject),
    ...extensionFacts(extensions),
    publicKey: publicKey(request.subjectPublicKeyInfo),
    signature: signature(request.signatureAlgorithm),
  };
  return { facts, der };
}

type ExtensionFacts = Pick<
  CertificateFacts,
  'sans' | 'hasAltNames' | 'extendedKeyUsage' | 'keyUsage' | 'basicConstraints'
>;

function extensionFacts(extensions: pkijs.Extension[]): ExtensionFacts {
  const find = (oid: string) => extensions.find((extension) => extension.extnID === oid);
  const altNames = find(EXTENSIONS.subjectAltName);
  const eku = find(EXTENSIONS.extKeyUsage);
  const usage = find(EXTENSIONS.keyUsage);
  const constraints = find(EXTENSIONS.basicConstraints);
  return {
    sans: altNames ? alternativeNames(altNames) : emptyAltNames(),
    hasAltNames: altNames !== undefined,
    extendedKeyUsage: eku
      ? (parsed<pkijs.ExtKeyUsage>(eku).keyPurposes ?? []).map((oid) => KEY_PURPOSES[oid] ?? oid)
      : null,
    keyUsage: usage ? keyUsage(parsed<asn1js.BitString>(usage)) : null,
    basicConstraints: constraints
      ? basicConstraints(parsed<pkijs.BasicConstraints>(constraints))
      : null,
  };
}

/** An extension's decoded value; pkijs reports a value it could not decode instead of throwing. */
function parsed<T>(extension: pkijs.Extension): T {
  const value = extension.parsedValue as (T & { parsingError?: string }) | undefined;
  if (value === undefined || (value as { parsingError?: string }).parsingError) {
    throw new Error(`the ${extension.extnID} extension cannot be decoded`);
  }
  return value;
}

const emptyAltNames = (): AltNames => ({ dns: [], ip: [], email: [], uri: [], other: [] });

/**
 * GeneralNames (RFC 5280 §4.2.1.6) read from the extension's DER directly: pkijs decodes each name
 * through a nine-way schema comparison, which costs about 0.2 ms a name, too slow for the
 * 50-name certificates the checker must read in a few milliseconds.
 */
function alternativeNames(extension: pkijs.Extension): AltNames {
  const names = emptyAltNames();
  const parsedNames = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView);
  if (parsedNames.offset === -1 || !(parsedNames.result instanceof asn1js.Sequence))
    throw new Error('the subject alternative name extension cannot be decoded');
  for (const name of parsedNames.result.valueBlock.value) {
    if (name.idBlock.tagClass !== 3) continue;
    const bytes = new Uint8Array(
      (name.valueBlock as { valueHexView?: Uint8Array }).valueHexView ?? new Uint8Array(),
    );
    switch (name.idBlock.tagNumber) {
      case 1:
        names.email.push(ascii(bytes));
        break;
      case 2:
        names.dns.push(ascii(bytes));
        break;
      case 6:
        names.uri.push(ascii(bytes));
        break;
      case 7: {
        const ip = formatIp(bytes);
        if (ip === null) names.other.push({ kind: 'IP address', value: hex(bytes) });
        else names.ip.push(ip);
        break;
      }
      case 4: {
        const inner = (name as asn1js.Constructed).valueBlock.value[0];
        names.other.push({
          kind: 'directory name',
          value: inner instanceof asn1js.Sequence ? nameFromSequence(inner).text : '',
        });
        break;
      }
      case 0:
        names.other.push(otherName(name as asn1js.Constructed));
        break;
      case 8: {
        const oid = new asn1js.ObjectIdentifier();
        oid.valueBlock.fromBER(bytes, 0, bytes.length);
        names.other.push({ kind: 'registered ID', value: oid.valueBlock.toString() });
        break;
      }
      default:
        names.other.push({ kind: `name of type ${name.idBlock.tagNumber}`, value: hex(bytes) });
    }
  }
  return names;
}

/** IA5String content (ASCII), byte by byte. */
const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** otherName: a type OID and an explicitly tagged value (a UPN is a UTF8String). */
function otherName(block: asn1js.Constructed): { kind: string; value: string } {
  const [type, wrapped] = block.valueBlock.value;
  const oid = type instanceof asn1js.ObjectIdentifier ? type.valueBlock.toString() : '';
  const inner = wrapped instanceof asn1js.Constructed ? wrapped.valueBlock.value[0] : undefined;
  return { kind: OTHER_NAMES[oid] ?? `other name ${oid}`, value: inner ? stringValue(inner) : '' };
}

function keyUsage(bits: asn1js.BitString): string[] {
  const bytes = bits.valueBlock.valueHexView;
  return KEY_USAGE_BITS.filter((_, bit) => ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
}

function basicConstraints(value: pkijs.BasicConstraints): BasicConstraints {
  const length = value.pathLenConstraint;
  return {
    ca: value.cA,
    pathLength:
      typeof length === 'number'
        ? length
        : length === undefined
          ? null
          : length.valueBlock.valueDec,
  };
}

function keyIdentifier(extensions: pkijs.Extension[], oid: string): string | null {
  const extension = extensions.find((candidate) => candidate.extnID === oid);
  if (!extension) return null;
  const value = parsed<asn1js.OctetString | pkijs.AuthorityKeyIdentifier>(extension);
  const octets = value instanceof pkijs.AuthorityKeyIdentifier ? value.keyIdentifier : value;
  return octets ? hex(new Uint8Array(octets.valueBlock.valueHexView)) : null;
}

function publicKey(info: pkijs.PublicKeyInfo): PublicKeyFacts {
  const oid = info.algorithm.algorithmId;
  const algorithm = KEY_ALGORITHMS[oid] ?? 'other';
  if (algorithm === 'RSA') {
    const key = info.parsedKey;
    const modulus = key instanceof pkijs.RSAPublicKey ? key.modulus.valueBlock.valueHexView : null;
    return { algorithm, oid, bits: modulus ? bitLength(modulus) : null, curve: null };
  }
  if (oid === EC_PUBLIC_KEY) {
    const parameters = info.algorithm.algorithmParams;
    const curveOid =
      parameters instanceof asn1js.ObjectIdentifier ? parameters.valueBlock.toString() : null;
    const curve = curveOid === null ? undefined : CURVES[curveOid];
    return { algorithm, oid, bits: curve?.bits ?? null, curve: curve?.name ?? curveOid };
  }
  return { algorithm, oid, bits: null, curve: null };
}

function signature(identifier: pkijs.AlgorithmIdentifier): SignatureFacts {
  const oid = identifier.algorithmId;
  if (oid === RSASSA_PSS) {
    let hash: SignatureFacts['hash'] = 'SHA-1';
    if (identifier.algorithmParams instanceof asn1js.Sequence) {
      const parameters = new pkijs.RSASSAPSSParams({ schema: identifier.algorithmParams });
      hash = HASH_ALGORITHMS[parameters.hashAlgorithm.algorithmId] ?? null;
    }
    return { oid, name: 'rsassaPss', hash };
  }
  const known = SIGNATURE_ALGORITHMS[oid];
  return { oid, name: known?.name ?? oid, hash: known?.hash ?? null };
}

/** A distinguished name from its DER (pkijs flattens multi-valued RDNs, so the DER is walked here). */
function distinguishedName(name: pkijs.RelativeDistinguishedNames): DistinguishedName {
  const parsedName = asn1js.fromBER(name.valueBeforeDecode);
  return nameFromSequence(
    parsedName.offset !== -1 && parsedName.result instanceof asn1js.Sequence
      ? parsedName.result
      : new asn1js.Sequence(),
  );
}

function nameFromSequence(sequence: asn1js.Sequence): DistinguishedName {
  const groups = sequence.valueBlock.value.map((rdn) =>
    (rdn instanceof asn1js.Set ? rdn.valueBlock.value : []).flatMap(attributeOf),
  );
  const attributes = groups.flat().map((entry) => entry.attribute);
  // RFC 4514 writes the most specific RDN first; values in one RDN are joined with +.
  const text = [...groups]
    .reverse()
    .map((group) => group.map((entry) => entry.text).join('+'))
    .join(',');
  const commonNames = attributes.filter(
    (attribute) => attribute.type === ATTRIBUTE_NAMES[COMMON_NAME],
  );
  return { text, attributes, commonName: commonNames[commonNames.length - 1]?.value ?? null };
}

/** One AttributeTypeAndValue; a type without a short name is written as its OID and #hex DER (RFC 4514 §2.4). */
function attributeOf(pair: asn1js.AsnType): { attribute: NameAttribute; text: string }[] {
  if (!(pair instanceof asn1js.Sequence)) return [];
  const [type, value] = pair.valueBlock.value;
  if (!(type instanceof asn1js.ObjectIdentifier) || !value) return [];
  const oid = type.valueBlock.toString();
  const short = ATTRIBUTE_NAMES[oid];
  if (short === undefined) {
    const encoded = `#${hex(new Uint8Array(value.valueBeforeDecodeView))}`;
    return [{ attribute: { type: oid, value: encoded }, text: `${oid}=${encoded}` }];
  }
  const text = stringValue(value);
  return [{ attribute: { type: short, value: text }, text: `${short}=${escapeDnValue(text)}` }];
}

/** The text of a directory string (UTF8String, PrintableString, BMPString, IA5String, …). */
function stringValue(block: asn1js.AsnType): string {
  const value = (block as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  if (typeof value === 'string') return value;
  return `#${hex(new Uint8Array((block as asn1js.BaseBlock).valueBeforeDecodeView))}`;
}
