/**
 * CRC-32 (IEEE 802.3, the one zlib and PNG use) over the plan's JSON: a v2 link carries it so that
 * a link damaged in transit (a bit flipped, a character edited) is reported instead of opening a
 * different plan. Not a security measure: anyone can compute it. Written out because the only
 * built-in alternative, crypto.subtle, exists only on https pages.
 */
const TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
