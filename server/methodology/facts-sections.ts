// Facts sections other domains contribute to the facts document (`risks.*` from the risks
// domain; tomorrow schedule metrics, resources). The engine owns the document's contract
// (lib/facts-shape.ts); a contributing domain loads its part with the project (`include`) and
// computes its values (`build`, pure). Registered once at start-up (server/domains.ts).
import type { Prisma } from '../platform/db/generated/prisma/client.js';

export interface FactsSection<Row = never> {
  /** The top-level key of the section in the facts document, e.g. "risks". */
  key: string;
  /** Relations of the project this section reads, loaded with it in one statement each. */
  include: Prisma.ProjectInclude;
  /** The section's values, from the project row loaded with `include`. Pure. */
  build(project: Row, today: Date): Record<string, unknown>;
}

const sections = new Map<string, FactsSection<unknown>>();

/** Adds a section (the same key twice keeps the last registration). */
export function registerFactsSection<Row>(section: FactsSection<Row>): void {
  sections.set(section.key, section as unknown as FactsSection<unknown>);
}

export const factsSections = (): readonly FactsSection<unknown>[] => [...sections.values()];
