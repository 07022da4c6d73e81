/**
 * A list of downloads from the export registry (lib/export). Each file is built when the reader
 * clicks it: the CSV and iCalendar writers load then, not with the page. Nothing is uploaded; the
 * file is made in the browser (ui/download.ts) in the encoding its reader expects.
 */
import { useState } from 'preact/hooks';
import type { ExportFile } from '../../lib/export/index.ts';
import { downloadText } from '../ui/download.ts';

export function ExportList({ files }: { files: readonly ExportFile[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (file: ExportFile) => {
    setProblem(null);
    try {
      downloadText(file.fileName, await file.build(), file.mediaType);
    } catch (error) {
      setProblem(`${file.fileName} could not be made: ${(error as Error).message}`);
    }
  };
  return (
    <div class="uc-exports">
      <ul class="uc-exports-list">
        {files.map((file) => (
          <li key={file.fileName} data-export={file.exportId}>
            <button type="button" class="uc-button" onClick={() => void save(file)}>
              {file.label}
            </button>{' '}
            <code>{file.fileName}</code>
          </li>
        ))}
      </ul>
      {problem ? (
        <p class="uc-exports-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
