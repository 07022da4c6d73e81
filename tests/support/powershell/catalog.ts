/**
 * The cmdlet catalog fixture: the cmdlets our generators use, copied from
 * ../shared/reference/cmdlets.json (Microsoft's public cmdlet reference) by
 * scripts/update-catalog-fixture.ts, plus a hand-kept Exchange 2007 list, which Microsoft's
 * current reference does not cover.
 */
import { readFileSync } from 'node:fs';

interface SetParameter {
  required: boolean;
  type?: string | string[];
  pipeline?: boolean;
  requiredIn?: string;
}
export interface CatalogCmdlet {
  module: string;
  applicable?: string[];
  parameterSets: { name: string; parameters: Record<string, SetParameter> }[];
  parameters: Record<
    string,
    { type?: string | string[]; aliases?: string[]; applicable?: string[] }
  >;
}
interface CatalogFile {
  versions: Record<string, string[] | null>;
  commonParameters: Record<string, { aliases?: string[] }>;
  shouldProcessParameters: Record<string, { aliases?: string[] }>;
  cmdlets: Record<string, CatalogCmdlet>;
}

export interface ResolvedParameter {
  name: string;
  type: string;
  applicable?: string[];
}

/** Modules whose cmdlets and parameters carry per-product applicability. */
const PRODUCT_MODULES = new Set(['exchange', 'skype']);

export class Catalog {
  readonly #file: CatalogFile;
  readonly #byName = new Map<string, string>();

  constructor(file: CatalogFile) {
    this.#file = file;
    for (const name of Object.keys(file.cmdlets)) this.#byName.set(name.toLowerCase(), name);
  }

  static load(path: string): Catalog {
    return new Catalog(JSON.parse(readFileSync(path, 'utf8')) as CatalogFile);
  }

  /**
   * The Exchange 2007 view: the hand-kept 2007 cmdlets replace every Exchange cmdlet of the main
   * catalog, so a 2010+ cmdlet in a 2007 step is reported as unknown.
   */
  static loadExchange2007(mainPath: string, exchange2007Path: string): Catalog {
    const main = JSON.parse(readFileSync(mainPath, 'utf8')) as CatalogFile;
    const legacy = JSON.parse(readFileSync(exchange2007Path, 'utf8')) as CatalogFile;
    const general = Object.entries(main.cmdlets).filter(
      ([, cmdlet]) => !PRODUCT_MODULES.has(cmdlet.module),
    );
    return new Catalog({
      ...main,
      versions: { ...main.versions, ...legacy.versions },
      cmdlets: { ...Object.fromEntries(general), ...legacy.cmdlets },
    });
  }

  get cmdletNames(): string[] {
    return Object.keys(this.#file.cmdlets);
  }

  cmdlet(name: string): CatalogCmdlet | undefined {
    const key = this.#byName.get(name.toLowerCase());
    return key ? this.#file.cmdlets[key] : undefined;
  }

  #labels(version: string): string[] {
    const labels = this.#file.versions[version];
    if (!labels) throw new Error(`the catalog has no product names for ${version}`);
    return labels;
  }

  appliesTo(cmdlet: CatalogCmdlet, version: string): boolean {
    if (!PRODUCT_MODULES.has(cmdlet.module)) return true;
    return this.#labels(version).some((label) => cmdlet.applicable?.includes(label));
  }

  parameterAppliesTo(parameter: ResolvedParameter, version: string): boolean {
    if (!parameter.applicable) return true;
    return this.#labels(version).some((label) => parameter.applicable?.includes(label));
  }

  /** A parameter by name or alias, case-insensitive, including the common parameters. */
  parameter(cmdlet: CatalogCmdlet, name: string): ResolvedParameter | undefined {
    const wanted = name.toLowerCase();
    for (const [key, info] of Object.entries(cmdlet.parameters)) {
      if (
        key.toLowerCase() === wanted ||
        info.aliases?.some((alias) => alias.toLowerCase() === wanted)
      ) {
        const type = Array.isArray(info.type) ? (info.type[0] ?? '') : (info.type ?? '');
        return { name: key, type, applicable: info.applicable };
      }
    }
    for (const [key, info] of Object.entries(this.#file.commonParameters)) {
      if (
        key.toLowerCase() === wanted ||
        info.aliases?.some((alias) => alias.toLowerCase() === wanted)
      ) {
        return {
          name: key,
          type: key === 'Debug' || key === 'Verbose' ? 'SwitchParameter' : 'String',
        };
      }
    }
    return undefined;
  }

  isCommon(cmdlet: CatalogCmdlet, name: string): boolean {
    const lower = name.toLowerCase();
    return (
      Object.keys(this.#file.commonParameters).some((key) => key.toLowerCase() === lower) &&
      !Object.keys(cmdlet.parameters).some((key) => key.toLowerCase() === lower)
    );
  }
}
