/**
 * Stands in for `PagefindUI` in Starlight's search component (see integrations/pagefind-on-intent.ts):
 * Starlight constructs it at idle; the real UI is imported and built only when the reader reaches
 * for search. Keys typed into the open dialog before the UI has arrived are kept and handed to its
 * search field, so a fast "Ctrl+K, type" loses nothing on a slow connection.
 */
type Options = Record<string, unknown>;

let started = false;

export class PagefindUI {
  constructor(options: Options) {
    const search = document.querySelector('site-search');
    const button = search?.querySelector('button[data-open-modal]');
    const dialog = search?.querySelector('dialog');
    if (!button || !dialog) {
      void build(options, undefined);
      return;
    }
    const start = () => void build(options, dialog);
    for (const type of ['pointerenter', 'focus', 'touchstart'])
      button.addEventListener(type, start, { once: true, passive: true });
    // Opening the dialog (a click, Ctrl/⌘+K, anything Starlight adds) sets its `open` attribute.
    new MutationObserver((_, observer) => {
      if (!dialog.open) return;
      observer.disconnect();
      start();
    }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}

async function build(options: Options, dialog: HTMLDialogElement | undefined): Promise<void> {
  if (started) return;
  started = true;
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
      typed += event.key;
  };
  dialog?.addEventListener('keydown', keep);
  const { PagefindUI: RealPagefindUI } = await import('virtual:uc-runbook/pagefind-default-ui');
  new RealPagefindUI(options);
  dialog?.removeEventListener('keydown', keep);
  const field = dialog?.querySelector('input');
  if (!field || !dialog?.open) return;
  if (typed) {
    field.value += typed;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  field.focus();
}
