import { encodeFile, mimeTypeFor } from '../../lib/render/files.ts';

/**
 * Saves text as a file, made in the browser: nothing is uploaded or fetched. The bytes are in the
 * encoding the file's reader expects (lib/render/files.ts: a .ps1 is UTF-8 with a byte-order mark,
 * which Windows PowerShell 5.1 needs to read anything beyond ASCII correctly).
 */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(
    new Blob([encodeFile(fileName, text)], { type: mimeTypeFor(fileName, type) }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text; false when the browser refuses (no clipboard permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
