// Test data for the built-in plugins: a healthy project that passes every rule of waterfall,
// agile and hybrid, and for each rule and risk trigger the smallest change that flips it.
// Cases are keyed by rule/trigger key and shared: hybrid inherits its parents' rules (some with
// other phases), and the same patch must flip the same rule there.
//
// The healthy project is CRM replacement on sprint review day (2026-03-20, the last day of
// sprint 6): regulated, fixed price, on budget (CPI 1.0), 40% complete.
import type { FactsBuilder, Value } from './facts-builder.js';

export const TODAY = '2026-03-20';
export const PHASE_STARTED_ON = '2026-03-02';
export const DAYS_IN_PHASE = 18;

type Patch = (b: FactsBuilder) => void;

/** Sets every project field and deliverable the methodology has to a passing value. */
export function healthyProject(b: FactsBuilder): void {
  b.set((f) => {
    Object.assign(f.project, {
      code: 'CRM-2026',
      name: 'CRM replacement',
      health: 'GREEN',
      budget: 200_000,
      actualCost: 80_000,
      percentComplete: 40,
      scopePoints: 120,
      startDate: '2026-01-05',
      targetEndDate: '2026-09-30',
      daysToTargetEnd: 194,
      hasManager: true,
      hasSponsor: true,
      objectiveCount: 2,
      alignmentScore: 1.5,
    });
    f.baseline = { budget: 200_000, targetEndDate: '2026-09-30', scopePoints: 120 };
    Object.assign(f.metrics, {
      cpi: 1,
      spi: 1,
      plannedValue: 80_000,
      earnedValue: 80_000,
      costVariance: 0,
      budgetUsed: 0.4,
      scopeChange: 0,
    });
    // Planned in 24 tasks, baselined at approval; on plan at today. Sprints 1..5 closed (sprint 6 ends today).
    f.schedule = { tasks: 24, finishDate: '2026-09-30', slipDays: 0, criticalTasks: 9, hasBaseline: true, p80Finish: '2026-10-09', p80SlipDays: 0, forecastRecordedOn: '2026-03-02' };
    f.evm = { bac: 200_000, pv: 80_000, ev: 80_000, ac: 80_000, cv: 0, sv: 0, cpi: 1, spi: 1, eac: 200_000, spiTime: 1 };
    // Velocities 9, 10, 9, 10, 10: mean 9.6, sample s.d. √0.3 ≈ 0.5477, CV ≈ 0.0571.
    f.agile = { closedIterations: 5, completedPoints: 48, remainingPoints: 72, velocityMean: 9.6, velocityLastThreeMean: 9.6667, velocityCoefficientOfVariation: 0.0571 };
    f.resources = { members: 7, weeklyCapacityHours: 245, roles: ['PROJECT_MANAGER', 'TEAM_MEMBER'], openDemands: 0, overallocatedMembers: 0, skillsCoverage: 1 };
    // Managed by a PMP holder.
    f.manager = { certifications: ['pmp'], activeCertificationCount: 1, projectManagementCertified: true };
  });
  for (const [key, value] of Object.entries(HEALTHY_FIELDS)) {
    if (b.methodology.projectFields.some((field) => field.key === key)) b.field(key, value);
  }
  for (const [key, deliverable] of Object.entries(HEALTHY_DELIVERABLES)) {
    if (b.methodology.templates.some((template) => template.key === key)) b.deliverable(key, deliverable);
  }
}

const HEALTHY_FIELDS: Record<string, Value> = {
  // waterfall
  regulated: true,
  contractType: 'FIXED_PRICE',
  contractEndDate: '2026-12-31',
  contingencyReservePercent: 10,
  documentRepositoryUrl: 'https://docs.example.com/crm-2026',
  // agile
  productOwner: 'Dana Whitfield',
  teamSize: 7,
  sprintLengthDays: 14,
  releaseCadence: 'EVERY_SPRINT',
  boardUrl: 'https://board.example.com/crm',
  // hybrid
  scopeTolerancePercent: 10,
};

const HEALTHY_DELIVERABLES: Record<string, Parameters<FactsBuilder['deliverable']>[1]> = {
  charter: {
    status: 'APPROVED',
    fields: {
      businessCase: 'Retire the legacy CRM; save 0.4 M a year in licences.',
      objectives: 'One customer view for sales and service by Q4.',
      highLevelScope: 'Sales and service modules; marketing out of scope.',
      successCriteria: 'Legacy CRM switched off; 95% of users active after 30 days.',
      sponsor: 'COO',
      estimatedBudget: 200_000,
      targetEndDate: '2026-09-30',
      highLevelRisks: 'Data migration quality.',
    },
  },
  'requirements-specification': {
    status: 'APPROVED',
    fields: {
      baselineVersion: '1.0',
      requirementCount: 48,
      mustHaveCount: 30,
      businessOwner: 'Head of Sales Operations',
      traceabilityMatrixUrl: 'https://docs.example.com/crm-2026/rtm',
    },
  },
  'project-management-plan': {
    status: 'APPROVED',
    fields: {
      scheduleBaselineFinish: '2026-09-30',
      costBaseline: 180_000,
      contingencyReserve: 20_000,
      changeControlProcess: 'Change requests to the steering committee, fortnightly.',
      riskManagementApproach: 'Risk register reviewed weekly.',
      communicationsPlan: 'Monthly steering committee, fortnightly status report.',
      wbsUrl: 'https://docs.example.com/crm-2026/wbs',
    },
  },
  'test-plan': {
    status: 'APPROVED',
    fields: {
      approach: 'MIXED',
      exitCriteria: 'All planned cases executed, no open critical defect.',
      uatRequired: true,
      plannedTestCases: 250,
      executedTestCases: 250,
      passedTestCases: 246,
      openCriticalDefects: 0,
    },
  },
  'status-report': {
    status: 'SUBMITTED',
    fields: { periodEnd: '2026-03-13', overallStatus: 'GREEN', accomplishments: 'Contact migration dry run.', nextSteps: null, issuesAndDecisions: null },
  },
  'acceptance-sign-off': {
    status: 'APPROVED',
    fields: {
      acceptedBy: 'Head of Sales Operations',
      acceptanceDate: '2026-03-12',
      acceptanceType: 'CONDITIONAL',
      conditions: 'Two minor report layout defects fixed by 2026-04-15.',
      openDefects: 2,
    },
  },
  'lessons-learned': {
    status: 'SUBMITTED',
    fields: {
      sessionDate: '2026-03-18',
      whatWentWell: 'Early data migration rehearsals.',
      whatToImprove: 'Involve service agents earlier.',
      recommendations: 'Budget two migration dry runs.',
      participants: 12,
      archiveUrl: 'https://docs.example.com/crm-2026/archive',
    },
  },
  'product-backlog': {
    status: 'APPROVED',
    fields: {
      productGoal: 'Sales and service share one customer record.',
      itemCount: 64,
      readyItemCount: 12,
      estimatedPoints: 420,
      lastRefinedOn: '2026-03-10',
      backlogUrl: 'https://board.example.com/crm/backlog',
    },
  },
  'definition-of-done': {
    status: 'APPROVED',
    fields: {
      criteria: 'Reviewed, tested, documented, deployable.',
      codeReviewRequired: true,
      automatedTestsRequired: true,
      minimumTestCoverage: 80,
      agreedOn: '2026-01-20',
    },
  },
  'sprint-goal': {
    status: 'SUBMITTED',
    fields: {
      sprintNumber: 6,
      goal: 'Service agents can see a customer’s open cases.',
      sprintStart: '2026-03-09',
      sprintEnd: '2026-03-20',
      committedPoints: 34,
      capacityHours: 420,
    },
  },
  'sprint-review': {
    status: 'SUBMITTED',
    fields: {
      sprintNumber: 6,
      heldOn: '2026-03-20',
      committedPoints: 34,
      completedPoints: 31,
      goalMet: true,
      stakeholderFeedback: 'Add case priority to the list.',
      demoUrl: null,
    },
  },
  retrospective: {
    status: 'SUBMITTED',
    fields: {
      sprintNumber: 6,
      heldOn: '2026-03-20',
      format: 'SAILBOAT',
      wentWell: 'Pairing on the case view.',
      toImprove: 'Stories reach the sprint without acceptance criteria.',
      actionItems: 2,
      previousActionsDone: 2,
    },
  },
  'release-notes': {
    status: 'APPROVED',
    fields: {
      releaseVersion: '1.0.0',
      releaseDate: '2026-09-15',
      itemsDelivered: 58,
      knownIssues: 'Report layout defects (see acceptance conditions).',
      rollbackPlanTested: true,
    },
  },
};

export interface RuleCase {
  /** Makes the rule fail, and no other rule that applies in the same phase. */
  fail: Patch;
  /** The rule's evidence on the failing document: every variable it reads, with its value. */
  evidence: Record<string, unknown>;
  /** Other ways the rule must fail (each flipping this rule only). */
  alsoFails?: Patch[];
  /** Changes under which the rule must still pass (boundaries, conditions not applying). */
  alsoPasses?: Patch[];
}

const status = (key: string, value: 'DRAFT' | 'SUBMITTED' | 'REJECTED' | 'APPROVED'): Patch => (b) => b.deliverable(key, { status: value });
const fields = (key: string, values: Record<string, Value>): Patch => (b) => b.deliverable(key, { fields: values });
const field = (key: string, value: Value): Patch => (b) => b.field(key, value);

export const RULE_CASES: Record<string, RuleCase> = {
  // ---- waterfall
  'sponsor-assigned': {
    fail: (b) => b.set((f) => (f.project.hasSponsor = false)),
    evidence: { 'project.hasSponsor': false },
  },
  'charter-approved': {
    fail: status('charter', 'SUBMITTED'),
    evidence: { 'deliverables.charter.status': 'SUBMITTED' },
    alsoFails: [status('charter', 'REJECTED')],
  },
  'charter-complete': {
    fail: fields('charter', { successCriteria: null, sponsor: '  ' }),
    evidence: { 'deliverables.charter.missingFields': ['successCriteria', 'sponsor'] },
    alsoPasses: [fields('charter', { highLevelRisks: null })], // optional section
  },
  'initiation-timebox': {
    fail: (b) => b.phase('initiation', '2026-02-03', 46),
    evidence: { 'phase.daysInPhase': 46 },
    alsoPasses: [(b) => b.phase('initiation', '2026-02-03', 45), (b) => b.phase('initiation', null, null)],
  },
  'requirements-baselined': {
    fail: status('requirements-specification', 'DRAFT'),
    evidence: { 'deliverables.requirements-specification.status': 'DRAFT' },
  },
  'pm-plan-approved': {
    fail: status('project-management-plan', 'REJECTED'),
    evidence: { 'deliverables.project-management-plan.status': 'REJECTED' },
  },
  'contingency-reserve-planned': {
    fail: fields('project-management-plan', { contingencyReserve: 15_000 }),
    evidence: {
      'deliverables.project-management-plan.fields.contingencyReserve': 15_000,
      'project.budget': 200_000,
      'fields.contingencyReservePercent': 10,
    },
    alsoFails: [field('contingencyReservePercent', 15)],
    alsoPasses: [field('contingencyReservePercent', 5)],
  },
  'test-plan-approved': {
    fail: status('test-plan', 'SUBMITTED'),
    evidence: { 'deliverables.test-plan.status': 'SUBMITTED' },
  },
  'regulated-traceability': {
    fail: fields('requirements-specification', { traceabilityMatrixUrl: null }),
    evidence: { 'fields.regulated': true, 'deliverables.requirements-specification.fields.traceabilityMatrixUrl': null },
    alsoPasses: [(b) => b.field('regulated', false).deliverable('requirements-specification', { fields: { traceabilityMatrixUrl: null } })],
  },
  'regulated-uat': {
    fail: fields('test-plan', { uatRequired: false }),
    evidence: { 'fields.regulated': true, 'deliverables.test-plan.fields.uatRequired': false },
    alsoPasses: [(b) => b.field('regulated', false).deliverable('test-plan', { fields: { uatRequired: false } })],
  },
  'regulated-pm-certified': {
    fail: (b) => b.set((f) => (f.manager = { certifications: ['csm'], activeCertificationCount: 1, projectManagementCertified: false })),
    evidence: { 'fields.regulated': true, 'manager.projectManagementCertified': false },
    alsoPasses: [(b) => b.field('regulated', false).set((f) => (f.manager.projectManagementCertified = false))],
  },
  'performance-baseline-set': {
    fail: (b) => b.set((f) => (f.baseline.budget = null)),
    evidence: { 'baseline.budget': null, 'baseline.targetEndDate': '2026-09-30' },
    alsoFails: [(b) => b.set((f) => (f.baseline.targetEndDate = null))],
  },
  'schedule-baselined': {
    fail: (b) => b.set((f) => (f.schedule.hasBaseline = false)),
    evidence: { 'schedule.hasBaseline': false },
  },
  'test-exit-criteria-met': {
    fail: fields('test-plan', { openCriticalDefects: 1 }),
    evidence: {
      'deliverables.test-plan.fields.plannedTestCases': 250,
      'deliverables.test-plan.fields.executedTestCases': 250,
      'deliverables.test-plan.fields.openCriticalDefects': 1,
    },
    alsoFails: [
      fields('test-plan', { executedTestCases: 249 }),
      fields('test-plan', { openCriticalDefects: null }), // not reported is not zero
      fields('test-plan', { plannedTestCases: 0, executedTestCases: 0 }),
    ],
  },
  'status-report-matches-health': {
    fail: (b) => b.set((f) => (f.project.health = 'AMBER')),
    evidence: { 'deliverables.status-report.fields.overallStatus': 'GREEN', 'project.health': 'AMBER' },
  },
  'cost-performance': {
    fail: (b) => b.set((f) => (f.metrics.cpi = 0.89)),
    evidence: { 'metrics.cpi': 0.89 },
    alsoPasses: [(b) => b.set((f) => (f.metrics.cpi = 0.9)), (b) => b.set((f) => (f.metrics.cpi = null))],
  },
  'velocity-variance': {
    fail: (b) => b.set((f) => (f.agile.velocityCoefficientOfVariation = 0.31)),
    evidence: { 'agile.closedIterations': 5, 'agile.velocityCoefficientOfVariation': 0.31 },
    alsoPasses: [
      (b) => b.set((f) => (f.agile.velocityCoefficientOfVariation = 0.3)),
      (b) => b.set((f) => ((f.agile.closedIterations = 2), (f.agile.velocityCoefficientOfVariation = 0.5))), // too few sprints to judge
      (b) => b.set((f) => (f.agile.velocityCoefficientOfVariation = null)),
    ],
  },
  'budget-not-exceeded': {
    fail: (b) => b.set((f) => (f.project.actualCost = 200_001)),
    evidence: { 'project.actualCost': 200_001, 'project.budget': 200_000 },
    alsoPasses: [(b) => b.set((f) => (f.project.actualCost = 200_000))],
  },
  'acceptance-signed': {
    fail: status('acceptance-sign-off', 'SUBMITTED'),
    evidence: { 'deliverables.acceptance-sign-off.status': 'SUBMITTED' },
  },
  'conditional-acceptance-documented': {
    fail: fields('acceptance-sign-off', { conditions: null }),
    evidence: {
      'deliverables.acceptance-sign-off.fields.acceptanceType': 'CONDITIONAL',
      'deliverables.acceptance-sign-off.fields.conditions': null,
    },
    alsoFails: [fields('acceptance-sign-off', { conditions: '' })],
    alsoPasses: [fields('acceptance-sign-off', { acceptanceType: 'FULL', conditions: null })],
  },
  'lessons-learned-recorded': {
    fail: status('lessons-learned', 'DRAFT'),
    evidence: { 'deliverables.lessons-learned.status': 'DRAFT' },
    alsoPasses: [status('lessons-learned', 'APPROVED')],
  },

  // ---- agile
  'product-owner-named': {
    fail: field('productOwner', null),
    evidence: { 'fields.productOwner': null },
    alsoFails: [field('productOwner', '')],
  },
  'team-size-scrum': {
    fail: field('teamSize', 11),
    evidence: { 'fields.teamSize': 11 },
    alsoFails: [field('teamSize', 2), field('teamSize', null)],
    alsoPasses: [field('teamSize', 3), field('teamSize', 10)],
  },
  'backlog-ready': {
    fail: fields('product-backlog', { readyItemCount: 0 }),
    evidence: { 'deliverables.product-backlog.missingFields': [], 'deliverables.product-backlog.fields.readyItemCount': 0 },
    alsoFails: [fields('product-backlog', { productGoal: null })],
  },
  'definition-of-done-agreed': {
    fail: status('definition-of-done', 'SUBMITTED'),
    evidence: { 'deliverables.definition-of-done.status': 'SUBMITTED' },
  },
  'done-includes-automated-tests': {
    fail: fields('definition-of-done', { automatedTestsRequired: false }),
    evidence: { 'deliverables.definition-of-done.fields.automatedTestsRequired': false },
  },
  'sprint-goal-set': {
    fail: fields('sprint-goal', { goal: null }),
    evidence: { 'deliverables.sprint-goal.missingFields': ['goal'] },
    alsoPasses: [fields('sprint-goal', { capacityHours: null })], // optional
  },
  'sprint-in-progress': {
    fail: fields('sprint-goal', { sprintEnd: '2026-03-19' }),
    evidence: {
      'deliverables.sprint-goal.fields.sprintStart': '2026-03-09',
      today: '2026-03-20',
      'deliverables.sprint-goal.fields.sprintEnd': '2026-03-19',
    },
    alsoFails: [(b) => b.set((f) => (f.today = '2026-03-08'))], // before the sprint starts
    alsoPasses: [fields('sprint-goal', { sprintStart: '2026-03-20', sprintEnd: '2026-04-02' })],
  },
  'sprint-review-held': {
    // Sprint 7 was planned but sprint 6 is the last one reviewed.
    fail: fields('sprint-goal', { sprintNumber: 7 }),
    evidence: {
      'deliverables.sprint-review.missingFields': [],
      'deliverables.sprint-review.fields.sprintNumber': 6,
      'deliverables.sprint-goal.fields.sprintNumber': 7,
    },
    alsoFails: [fields('sprint-review', { heldOn: null })],
  },
  'retrospective-held': {
    fail: fields('retrospective', { sprintNumber: 5 }),
    evidence: { 'deliverables.retrospective.fields.sprintNumber': 5, 'deliverables.sprint-review.fields.sprintNumber': 6 },
    alsoFails: [fields('retrospective', { sprintNumber: null })],
  },
  'retrospective-has-actions': {
    fail: fields('retrospective', { actionItems: 0 }),
    evidence: { 'deliverables.retrospective.fields.actionItems': 0 },
  },
  'sprint-forecast-met': {
    // 27 of 34 points: 79.4%.
    fail: fields('sprint-review', { completedPoints: 27 }),
    evidence: { 'metrics.sprintCompletionPercent': (27 * 100) / 34 },
    alsoPasses: [fields('sprint-review', { committedPoints: 30, completedPoints: 24 })], // exactly 80%
  },
  'backlog-refined-this-sprint': {
    fail: fields('product-backlog', { lastRefinedOn: '2026-03-06' }),
    evidence: { 'deliverables.product-backlog.fields.lastRefinedOn': '2026-03-06', 'deliverables.sprint-goal.fields.sprintStart': '2026-03-09' },
    alsoPasses: [fields('product-backlog', { lastRefinedOn: '2026-03-09' })],
  },
  'release-approved': {
    fail: status('release-notes', 'SUBMITTED'),
    evidence: { 'deliverables.release-notes.status': 'SUBMITTED' },
  },
  'rollback-tested': {
    fail: fields('release-notes', { rollbackPlanTested: false }),
    evidence: { 'deliverables.release-notes.fields.rollbackPlanTested': false },
  },

  // ---- hybrid
  'backlog-covers-must-haves': {
    fail: fields('product-backlog', { itemCount: 29 }),
    evidence: { 'deliverables.product-backlog.fields.itemCount': 29, 'deliverables.requirements-specification.fields.mustHaveCount': 30 },
    alsoPasses: [fields('product-backlog', { itemCount: 30 })],
  },
  'scope-within-tolerance': {
    // 138 points against a baseline of 120: +15%, over the 10% tolerance.
    fail: (b) => b.set((f) => ((f.project.scopePoints = 138), (f.metrics.scopeChange = 18))),
    evidence: { 'metrics.scopeGrowthPercent': 15, 'fields.scopeTolerancePercent': 10 },
    alsoPasses: [
      (b) => b.set((f) => ((f.project.scopePoints = 132), (f.metrics.scopeChange = 12))),
      (b) => b.set((f) => (f.baseline.scopePoints = null)),
    ],
  },
  'release-within-baseline': {
    fail: fields('release-notes', { releaseDate: '2026-10-01' }),
    evidence: { 'baseline.targetEndDate': '2026-09-30', 'deliverables.release-notes.fields.releaseDate': '2026-10-01' },
    alsoPasses: [fields('release-notes', { releaseDate: '2026-09-30' })],
  },
};

export interface TriggerCase {
  /** The phase the project is in (default: the first). */
  phase?: string;
  holds: Patch;
  evidence: Record<string, unknown>;
}

export const TRIGGER_CASES: Record<string, TriggerCase> = {
  // ---- waterfall
  'schedule-slip': {
    holds: (b) => b.set((f) => (f.metrics.spi = 0.84)),
    evidence: { 'metrics.spi': 0.84 },
  },
  'cost-overrun-forecast': {
    // CPI 0.8: EAC = 200,000 / 0.8 = 250,000 > 220,000.
    holds: (b) => b.set((f) => (f.metrics.cpi = 0.8)),
    evidence: { 'metrics.estimateAtCompletion': 250_000, 'project.budget': 200_000 },
  },
  'end-date-beyond-baseline': {
    holds: (b) => b.set((f) => (f.project.targetEndDate = '2026-10-31')),
    evidence: { 'baseline.targetEndDate': '2026-09-30', 'project.targetEndDate': '2026-10-31' },
  },
  'contract-end-before-target': {
    holds: field('contractEndDate', '2026-09-29'),
    evidence: { 'fields.contractEndDate': '2026-09-29', 'project.targetEndDate': '2026-09-30' },
  },
  'scope-creep': {
    holds: (b) => b.set((f) => ((f.project.scopePoints = 138), (f.metrics.scopeChange = 18))),
    evidence: { 'metrics.scopeGrowthPercent': 15 },
  },
  // ---- agile
  'velocity-drop': {
    holds: fields('sprint-review', { completedPoints: 17 }),
    evidence: { 'metrics.sprintCompletionPercent': 50 },
  },
  'sprint-goal-missed': {
    holds: fields('sprint-review', { goalMet: false }),
    evidence: { 'deliverables.sprint-review.fields.goalMet': false },
  },
  'backlog-starvation': {
    phase: 'iterations',
    holds: fields('product-backlog', { readyItemCount: 2 }),
    evidence: { 'phase.key': 'iterations', 'deliverables.product-backlog.fields.readyItemCount': 2 },
  },
  'release-deadline-pressure': {
    holds: (b) => b.set((f) => (f.project.daysToTargetEnd = 13)).deliverable('release-notes', { status: 'SUBMITTED' }),
    evidence: { 'project.daysToTargetEnd': 13, 'fields.sprintLengthDays': 14, 'deliverables.release-notes.status': 'SUBMITTED' },
  },
  // ---- hybrid
  'upfront-stage-overrun': {
    phase: 'planning',
    holds: (b) => b.phase('planning', '2026-01-15', 61),
    evidence: { 'phase.key': 'planning', 'phase.daysInPhase': 61 },
  },
};
