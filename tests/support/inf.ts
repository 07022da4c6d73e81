/**
 * A certreq INF reader, written apart from the renderer so the tests read the file the way
 * certreq would (WS-CERTREQ: sections, `key = value`, double quotes with "" for a quote, `;`
 * comments, `_continue_` lines that extend the extension before them). `checkInf` then holds the
 * file to what a request for a Lync / Skype for Business server certificate must say.
 */

export interface InfFile {
  /** Section name (as written) → its entries, in order. */
  sections: Map<string, { key: string; value: string }[]>;
  /** The subject alternative names of the 2.5.29.17 extension, as written after DNS=. */
  dnsNames: string[];
}

export class InfSyntaxError extends Error {}

/** An INF value: a double-quoted string ("" for a quote) or a bare token. */
function readValue(raw: string, line: number): string {
  const text = raw.trim();
  if (!text.startsWith('"')) {
    if (text.includes('"')) throw new InfSyntaxError(`line ${line}: stray quote in ${text}`);
    return text;
  }
  let value = '';
  let index = 1;
  for (;;) {
    if (index >= text.length) throw new InfSyntaxError(`line ${line}: unterminated string`);
    const char = text[index]!;
    if (char === '"') {
      if (text[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      if (text.slice(index + 1).trim() !== '')
        throw new InfSyntaxError(`line ${line}: text after the closing quote`);
      return value;
    }
    value += char;
    index += 1;
  }
}

export function parseInf(text: string): InfFile {
  if (!text.endsWith('\r\n') || /(^|[^\r])\n/.test(text))
    throw new InfSyntaxError('lines must end with CRLF');
  const sections = new Map<string, { key: string; value: string }[]>();
  let current: { key: string; value: string }[] | undefined;
  const dnsNames: string[] = [];
  let inSan = false;
  text
    .slice(0, -2)
    .split('\r\n')
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.startsWith(';')) return;
      const section = /^\[([A-Za-z]+)\]$/.exec(trimmed);
      if (section) {
        if (sections.has(section[1]!)) throw new InfSyntaxError(`line ${line}: section twice`);
        current = [];
        sections.set(section[1]!, current);
        inSan = false;
        return;
      }
      if (!current) throw new InfSyntaxError(`line ${line}: outside any section`);
      const equals = trimmed.indexOf('=');
      if (equals <= 0) throw new InfSyntaxError(`line ${line}: not key = value`);
      const key = trimmed.slice(0, equals).trim();
      const value = readValue(trimmed.slice(equals + 1), line);
      current.push({ key, value });
      if (key === '2.5.29.17') {
        if (value !== '{text}') throw new InfSyntaxError(`line ${line}: SAN must be {text}`);
        inSan = true;
      } else if (key === '_continue_') {
        if (!inSan) throw new InfSyntaxError(`line ${line}: _continue_ without an extension`);
        const entry = /^DNS=([^&]+)&?$/.exec(value);
        if (!entry) throw new InfSyntaxError(`line ${line}: not a DNS= entry: ${value}`);
        dnsNames.push(entry[1]!);
      } else {
        inSan = false;
      }
    });
  return { sections, dnsNames };
}

/** The entry `key` of `section`, or undefined. */
export function infValue(file: InfFile, section: string, key: string): string | undefined {
  return file.sections.get(section)?.find((entry) => entry.key === key)?.value;
}

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const DN_KEYS = new Set(['C', 'S', 'ST', 'L', 'O', 'OU', 'CN', 'E']);

/** Splits an X.500 subject at commas outside quotes; each part must be KEY=value. */
export function subjectParts(subject: string): { key: string; value: string }[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of subject) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => {
    const equals = part.indexOf('=');
    return { key: part.slice(0, equals).trim(), value: part.slice(equals + 1).trim() };
  });
}

/** What a request for a Lync / SfB server certificate must say; an empty list when it does. */
export function checkInf(file: InfFile): string[] {
  const errors: string[] = [];
  const expect = (section: string, key: string, wanted: string | RegExp) => {
    const value = infValue(file, section, key);
    const ok =
      typeof wanted === 'string' ? value === wanted : value !== undefined && wanted.test(value);
    if (!ok) errors.push(`[${section}] ${key} is ${JSON.stringify(value)}, expected ${wanted}`);
  };
  expect('Version', 'Signature', '$Windows NT$');
  expect('NewRequest', 'KeySpec', '1');
  expect('NewRequest', 'KeyLength', /^(2048|4096|1024)$/);
  expect('NewRequest', 'Exportable', /^(TRUE|FALSE)$/);
  expect('NewRequest', 'MachineKeySet', 'TRUE');
  expect('NewRequest', 'ProviderName', 'Microsoft RSA SChannel Cryptographic Provider');
  expect('NewRequest', 'ProviderType', '12');
  expect('NewRequest', 'RequestType', 'PKCS10');
  expect('NewRequest', 'KeyUsage', '0xa0');
  expect('NewRequest', 'HashAlgorithm', 'sha256');
  expect('EnhancedKeyUsageExtension', 'OID', '1.3.6.1.5.5.7.3.1');
  const subject = subjectParts(infValue(file, 'NewRequest', 'Subject') ?? '');
  for (const part of subject)
    if (!DN_KEYS.has(part.key) || part.value === '')
      errors.push(`subject part ${part.key}=${part.value}`);
  const commonName = subject.find((part) => part.key === 'CN')?.value;
  if (!commonName) errors.push('the subject has no CN');
  if (file.dnsNames[0] !== commonName)
    errors.push(`the first name is ${file.dnsNames[0]}, not the subject's ${commonName}`);
  if (new Set(file.dnsNames).size !== file.dnsNames.length) errors.push('a name appears twice');
  for (const name of file.dnsNames) if (!HOST.test(name)) errors.push(`${name} is not a host name`);
  return errors;
}
