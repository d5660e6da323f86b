// The GraphQL skin of project dependencies: B needs A, read on both projects, added and removed
// by the portfolio owner of B or the PMO.
import { addProjectDependency, removeProjectDependency } from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';

builder.prismaNode('ProjectDependency', {
  id: { field: 'id' },
  nullable: true,
  description: 'Project B (`project`) needs project A (`needsProject`): portfolio selection takes B only with A.',
  select: { id: true, projectId: true },
  authScopes: (dependency) => ({ readProject: dependency.projectId }),
  fields: (t) => ({
    project: t.relation('project', { description: 'The project that needs the other (B).' }),
    needsProject: t.relation('needsProject', { description: 'The project it needs (A).' }),
    reason: t.exposeString('reason', { description: 'Why; empty when none given.' }),
    addedBy: t.relation('addedBy', { nullable: true, description: 'Who added it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
  }),
});

builder.prismaObjectFields('Project', (t) => ({
  needs: t.relation('needs', { description: 'The projects this one needs (at most 100).', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 100 } }),
  neededBy: t.relation('neededBy', { description: 'The projects that need this one (at most 100).', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 100 } }),
}));

const AddProjectDependencyInput = builder.inputType('AddProjectDependencyInput', {
  description: '`projectId` (B) needs `needsProjectId` (A).',
  fields: (t) => ({
    projectId: t.globalID({ required: true, description: 'The project that needs the other (B).' }),
    needsProjectId: t.globalID({ required: true, description: 'The project it needs (A).' }),
    reason: t.string({ description: 'Why (at most 2,000 characters).' }),
  }),
});

const RemoveProjectDependencyInput = builder.inputType('RemoveProjectDependencyInput', {
  description: 'A dependency to remove.',
  fields: (t) => ({ id: t.globalID({ required: true, description: 'The dependency.' }) }),
});

const RemovedProjectDependencyRef = builder.objectRef<{ id: string; projectId: string }>('RemovedProjectDependency').implement({
  description: 'The dependency that was removed.',
  fields: (t) => ({
    removedProjectDependencyId: t.globalID({ description: 'The global ID it had.', resolve: (row) => ({ type: 'ProjectDependency', id: row.id }) }),
    project: t.prismaField({ type: 'Project', description: 'The project that needed the other, as it is now.', resolve: (query, row, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: row.projectId } }) }),
  }),
});

builder.mutationFields((t) => ({
  addProjectDependency: t.prismaField({
    type: 'ProjectDependency',
    description: 'Records that one project needs another (the portfolio owner of the one that needs, or the PMO); a cycle is a ValidationError naming it.',
    args: { input: t.arg({ type: AddProjectDependencyInput, required: true, description: 'B, A and why.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.projectDependency, query, await addProjectDependency(serviceContextOf(ctx), {
        ...input,
        projectId: idOf(input.projectId, 'Project', ['input', 'projectId']),
        needsProjectId: idOf(input.needsProjectId, 'Project', ['input', 'needsProjectId']),
      })),
  }),
  removeProjectDependency: t.field({
    type: RemovedProjectDependencyRef,
    description: 'Removes a project dependency (the portfolio owner of the project that needs the other, or the PMO).',
    args: { input: t.arg({ type: RemoveProjectDependencyInput, required: true, description: 'The dependency.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: (_root, { input }, ctx) => removeProjectDependency(serviceContextOf(ctx), { id: idOf(input.id, 'ProjectDependency', ['input', 'id']) }),
  }),
}));
