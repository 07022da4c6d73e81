/**
 * The bytes of each file we hand to the reader, in the encoding the Windows tool that reads it
 * expects. Text in memory is Unicode; a file is bytes, and a tool that guesses wrong reads other
 * characters than we wrote:
 *
 * - `.ps1`: UTF-8 with a byte-order mark. Windows PowerShell 5.1 (which hosts the Exchange
 *   Management Shell) reads a script without one in the ANSI code page (Windows-1252 on most
 *   Western systems): "ł" (C5 82) becomes "Å‚", and ‚ ‘ ’ end a single-quoted string there, so text
 *   after them would run as code. With the mark, 5.1 and PowerShell 7 both read UTF-8 (Microsoft
 *   Learn, "Understanding file encoding in VS Code and PowerShell").
 * - `.inf` (certreq): UTF-16 LE with a byte-order mark. INF files are read as ANSI or as Unicode
 *   (UTF-16 LE); non-ASCII text must be saved as UTF-16 LE (Microsoft Learn, "General Unicode
 *   requirement in INF files"; SetupAPI overview: the 0xFEFF mark identifies Unicode text).
 * - `.csv`: UTF-8 with a byte-order mark. Excel, opening a CSV file without one, reads it in the
 *   ANSI code page, and with one as UTF-8 (widely reported from Excel 2007 on; we found no Microsoft
 *   page that says it). CSV parsers skip the mark (csv-parse: `bom: true`).
 * - anything else (BIND zone files, JSON, iCalendar): UTF-8 without a mark, which BIND, JSON and
 *   RFC 5545 readers expect.
 */

export const BYTE_ORDER_MARK = '\ufeff';

export type FileEncoding = 'utf-8-bom' | 'utf-16le-bom' | 'utf-8';

export function encodingFor(fileName: string): FileEncoding {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'ps1' || extension === 'csv') return 'utf-8-bom';
  if (extension === 'inf') return 'utf-16le-bom';
  return 'utf-8';
}

/** The file's bytes, encoded for the tool that reads it (see above). */
export function encodeFile(fileName: string, text: string): Uint8Array<ArrayBuffer> {
  const encoding = encodingFor(fileName);
  if (encoding === 'utf-16le-bom') {
    const units = `${BYTE_ORDER_MARK}${text}`;
    const bytes = new Uint8Array(units.length * 2);
    const view = new DataView(bytes.buffer);
    for (let index = 0; index < units.length; index += 1)
      view.setUint16(index * 2, units.charCodeAt(index), true);
    return bytes;
  }
  const body = encoding === 'utf-8-bom' ? `${BYTE_ORDER_MARK}${text}` : text;
  return new TextEncoder().encode(body) as Uint8Array<ArrayBuffer>;
}

/** The MIME type of the file, with the charset its bytes are in. */
export function mimeTypeFor(fileName: string, type = 'text/plain'): string {
  return `${type};charset=${encodingFor(fileName) === 'utf-16le-bom' ? 'utf-16le' : 'utf-8'}`;
}
