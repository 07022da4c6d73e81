/** One figure `npm run bench` prints, with the budget it is held to. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The figure passes when value <= budget; undefined = reported only. */
  budget?: number;
  note?: string;
}

export type Measurement = () => Promise<Figure[]>;
