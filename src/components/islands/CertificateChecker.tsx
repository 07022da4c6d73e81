/**
 * The certificate checker: paste, drop or pick a certificate, a request or a CA's answer; see what
 * it holds and how it compares with the plan. The reading and the rules load on first use
 * (checker/engine.ts), and nothing leaves the page: files are read with the File API.
 */
import { useRef, useState } from 'preact/hooks';
import type { Engine, ReadState } from '../checker/engine.ts';
import { useReady } from '../ui/hooks.ts';
import '../checker/checker.css';

/** The engine and the report's components, loaded once, on the first input. */
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('../checker/engine.ts'));

type State =
  | { status: 'idle' | 'reading' }
  | { status: 'refused'; message: string }
  | (ReadState & { status: 'read'; Report: Engine['Report'] });

interface Input {
  input: string | Blob;
  /** Where it came from, for the report's first line: "the pasted text", "the file a.cer". */
  from: string;
}

const ACCEPT = '.cer,.crt,.pem,.der,.p7b,.p7c,.req,.csr,.txt,.b64,.pfx,.p12';

export default function CertificateChecker() {
  const ready = useReady();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [source, setSource] = useState('');
  // Typing (or a test's fill) sends an input event per change: one read runs at a time, and only
  // the newest input waiting is read next, so a burst of events costs two reads, not one each.
  const queue = useRef<{ waiting: Input | null; running: boolean }>({
    waiting: null,
    running: false,
  });

  const readOne = async ({ input, from }: Input) => {
    setSource(from);
    if (typeof input === 'string' && input.trim() === '') return setState({ status: 'idle' });
    setState({ status: 'reading' });
    const { check, planCertificates, Report } = await loadEngine();
    const plan = await planCertificates();
    const { inspection, report } = await check(input, plan.targets);
    if (queue.current.waiting) return; // a newer input arrived while this one was read
    setState(
      inspection.ok && report
        ? { status: 'read', file: inspection.file, plan, choice: null, report, Report }
        : { status: 'refused', message: inspection.ok ? '' : inspection.message },
    );
  };
  const read = async (input: string | Blob, from: string) => {
    queue.current.waiting = { input, from };
    if (queue.current.running) return;
    queue.current.running = true;
    for (let next: Input | null = queue.current.waiting; next; next = queue.current.waiting) {
      queue.current.waiting = null;
      await readOne(next).catch((error: unknown) =>
        setState({ status: 'refused', message: `This input could not be read: ${String(error)}` }),
      );
    }
    queue.current.running = false;
  };

  const choose = async (value: string) => {
    if (state.status !== 'read') return;
    const choice = value === '' ? null : Number(value);
    const { compare } = await loadEngine();
    setState({ ...state, choice, report: compare(state.file, state.plan.targets, choice) });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void read(file, `the file ${file.name}`);
    else void read(event.dataTransfer?.getData('text/plain') ?? '', 'the dropped text');
  };

  return (
    <div
      class="not-content uc-island uc-checker"
      data-ready={ready ? '' : undefined}
      data-status={state.status}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <div class="uc-field">
        <label for="uc-checker-text">Certificate, request or CA answer (PEM or base64)</label>
        <textarea
          id="uc-checker-text"
          class="uc-checker-text"
          rows={8}
          spellcheck={false}
          placeholder="-----BEGIN CERTIFICATE REQUEST-----"
          onInput={(event) => void read(event.currentTarget.value, 'the pasted text')}
        />
      </div>
      <div class="uc-actions">
        <label class="uc-button uc-checker-pick">
          Choose a file…
          <input
            type="file"
            accept={ACCEPT}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void read(file, `the file ${file.name}`);
            }}
          />
        </label>
        <span class="uc-hint">
          or drop one here. It is read in this browser and never uploaded.
        </span>
      </div>
      <div class="uc-status" role="status" aria-live="polite">
        {state.status === 'reading' ? 'Reading…' : ''}
      </div>
      {state.status === 'refused' ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>{state.message}</p>
        </div>
      ) : null}
      {state.status === 'read' ? (
        <state.Report state={state} source={source} onChoose={choose} />
      ) : null}
    </div>
  );
}
