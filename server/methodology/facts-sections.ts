// Facts sections other domains contribute to the facts document (`risks.*` from the risks
// domain; `schedule.*`, `evm.*` and `agile.*` from the schedule domain). The engine owns the
// document's contract (lib/facts-shape.ts); a contributing domain loads its part for many
// projects at once (`load`, one statement whatever their number) and computes its values
// (`build`, pure). Registered once at start-up (server/domains.ts).
import type { Db } from '../platform/context.js';

export interface FactsSection<Row = never> {
  /** The top-level keys the section fills in the facts document, e.g. ["risks"]. */
  keys: readonly string[];
  /** The section's rows of these projects, by project id (one statement, only the columns it reads). */
  load(db: Db, projectIds: readonly string[]): Promise<ReadonlyMap<string, Row>>;
  /**
   * The values of each of `keys` from a project's row (undefined: `load` found nothing for it),
   * e.g. { risks: { open: 2, … } }. Pure.
   */
  build(row: Row | undefined, today: Date): Readonly<Record<string, Record<string, unknown>>>;
}

const sections = new Map<string, FactsSection<unknown>>();

/** Adds a section (the same keys twice keep the last registration). */
export function registerFactsSection<Row>(section: FactsSection<Row>): void {
  sections.set(section.keys.join(','), section as unknown as FactsSection<unknown>);
}

export const factsSections = (): readonly FactsSection<unknown>[] => [...sections.values()];
