// The list of domains: the one shared file a new domain edits. Each brings its registrations,
// jobs and per-instance services (platform/domain.ts); the GraphQL skin of each is listed in
// schema/index.ts.
import { governanceDomain } from './governance/index.js';
import { methodologyDomain } from './methodology/index.js';
import type { Domain } from './platform/domain.js';
import { portfolioDomain } from './portfolio/index.js';
import { projectsDomain } from './projects/index.js';
import { reportingDomain } from './reporting/index.js';
import { resourcesDomain } from './resources/index.js';
import { risksDomain } from './risks/index.js';
import { scheduleDomain } from './schedule/index.js';
import { skillsDomain } from './skills/index.js';
import { trainingDomain } from './training/index.js';
import { usersDomain } from './users/index.js';

export const DOMAINS: readonly Domain[] = [usersDomain, portfolioDomain, methodologyDomain, projectsDomain, risksDomain, scheduleDomain, reportingDomain, resourcesDomain, skillsDomain, trainingDomain, governanceDomain];

let installed = false;

/** Runs every domain's process-wide registrations, once (any later call does nothing). */
export function installDomains(): void {
  if (installed) return;
  installed = true;
  for (const domain of DOMAINS) domain.install?.();
}

export const domainJobs = () => DOMAINS.flatMap((domain) => domain.jobs ?? []);
