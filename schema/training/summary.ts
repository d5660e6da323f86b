// trainingSummary: training in aggregate (counts, no people) for the PMO, executives and
// portfolio managers.
import { ForbiddenError } from '../../server/platform/errors.js';
import { type CertificationCount, trainingSettings, trainingSummary, type TrainingSummary } from '../../server/training/index.js';
import { builder } from '../builder.js';
import { EnrollmentStatusEnum } from './courses.js';

const CertificationCountRef = builder.objectRef<CertificationCount>('CertificationCount').implement({
  description: 'People holding one certification type.',
  fields: (t) => ({
    type: t.prismaField({ type: 'CertificationType', description: 'The certification type.', resolve: (query, row, _args, ctx) => ctx.prisma.certificationType.findUniqueOrThrow({ ...query, where: { id: row.typeId } }) }),
    active: t.int({ description: 'People holding it today.', resolve: (row) => row.active }),
    expiring: t.int({ description: "Of those, people whose certification expires within the PMO's window.", resolve: (row) => row.expiring }),
  }),
});

const EnrollmentCountRef = builder.objectRef<TrainingSummary['enrollments'][number]>('EnrollmentCount').implement({
  description: 'Enrollments in one status.',
  fields: (t) => ({
    status: t.field({ type: EnrollmentStatusEnum, description: 'The status.', resolve: (row) => row.status }),
    count: t.int({ description: 'How many.', resolve: (row) => row.count }),
  }),
});

const TrainingSummaryRef = builder.objectRef<TrainingSummary>('TrainingSummary').implement({
  description: 'Training across the organisation, in counts.',
  fields: (t) => ({
    certifications: t.field({ type: [CertificationCountRef], description: 'Per certification type, by name.', resolve: (row) => row.certifications }),
    enrollments: t.field({ type: [EnrollmentCountRef], description: 'Enrollments by status.', resolve: (row) => row.enrollments }),
    activeMentoring: t.int({ description: 'Active mentoring relationships.', resolve: (row) => row.activeMentoring }),
    developmentPlans: t.int({ description: 'People with a development plan.', resolve: (row) => row.developmentPlans }),
  }),
});

const AGGREGATE_READERS = new Set(['PMO_ADMIN', 'EXECUTIVE', 'PORTFOLIO_MANAGER']);

builder.queryFields((t) => ({
  trainingSummary: t.field({
    type: TrainingSummaryRef,
    description: 'Training across the organisation, in counts (no names): the PMO, executives and portfolio managers.',
    resolve: async (_root, _args, ctx) => {
      if (!ctx.viewer || !AGGREGATE_READERS.has(ctx.viewer.role)) throw new ForbiddenError('Only the PMO, executives and portfolio managers read the training summary');
      return trainingSummary(ctx.prisma, (await trainingSettings(ctx.prisma)).expiryWindowDays);
    },
  }),
}));
