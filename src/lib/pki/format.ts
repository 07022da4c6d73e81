/** Turning certificate bytes into the text the facts hold. Pure helpers, no pkijs. */

/** Upper-case hex without separators, as Windows shows thumbprints and serial numbers. */
export const hex = (bytes: Uint8Array): string =>
  [...bytes]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

/**
 * An iPAddress SAN: 4 bytes as a dotted quad, 16 bytes as RFC 5952 text (lower case, no leading
 * zeros, the longest run of two or more zero groups shortened to ::, the first such run on a tie).
 * Other lengths (a name constraint's address and mask) are not addresses: null.
 */
export function formatIp(bytes: Uint8Array): string | null {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length !== 16) return null;
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) groups.push(bytes[index]! * 256 + bytes[index + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start += 1) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length += 1;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const text = (from: number, to: number) =>
    groups
      .slice(from, to)
      .map((group) => group.toString(16))
      .join(':');
  if (bestStart === -1) return text(0, 8);
  return `${text(0, bestStart)}::${text(bestStart + bestLength, 8)}`;
}

/** An attribute value escaped for RFC 4514 text (§2.4). */
export function escapeDnValue(value: string): string {
  let escaped = value.replace(/[\\"+,;<>]/g, (mark) => `\\${mark}`).replace(/\0/g, '\\00');
  if (value.startsWith('#') || value.startsWith(' ')) escaped = `\\${escaped}`;
  if (value.endsWith(' ') && value.length > 1) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}

/** Bits in a big-endian unsigned integer (an RSA modulus). */
export function bitLength(bytes: Uint8Array): number {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start += 1;
  if (start === bytes.length) return 0;
  return (bytes.length - start - 1) * 8 + bytes[start]!.toString(2).length;
}

/** A DER INTEGER's content as OpenSSL prints a positive serial: hex without the sign byte. */
export function serialHex(bytes: Uint8Array): string {
  const positive = bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes;
  return hex(positive);
}
