// Facts sections other domains contribute to the facts document (`risks.*` from the risks
// domain; tomorrow schedule metrics, resources). The engine owns the document's contract
// (lib/facts-shape.ts); a contributing domain loads its part for many projects at once (`load`,
// one statement whatever their number) and computes its values (`build`, pure). Registered once
// at start-up (server/domains.ts).
import type { Db } from '../platform/context.js';

export interface FactsSection<Row = never> {
  /** The top-level key of the section in the facts document, e.g. "risks". */
  key: string;
  /** The section's rows of these projects, by project id (one statement, only the columns it reads). */
  load(db: Db, projectIds: readonly string[]): Promise<ReadonlyMap<string, Row>>;
  /** The section's values from a project's row (undefined: `load` found nothing for it). Pure. */
  build(row: Row | undefined, today: Date): Record<string, unknown>;
}

const sections = new Map<string, FactsSection<unknown>>();

/** Adds a section (the same key twice keeps the last registration). */
export function registerFactsSection<Row>(section: FactsSection<Row>): void {
  sections.set(section.key, section as unknown as FactsSection<unknown>);
}

export const factsSections = (): readonly FactsSection<unknown>[] => [...sections.values()];
