/** Pagefind's default UI, as Starlight's search uses it (the package ships no types). */
declare module 'virtual:uc-runbook/pagefind-default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
