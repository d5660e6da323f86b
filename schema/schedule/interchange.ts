// Schedules in and out as files: importSchedule reads a Microsoft Project XML (MSPDI) document into
// a project without tasks; project.scheduleExport writes the project's schedule as one.
import { z } from 'zod';
import { canSeeMoney } from '../../server/auth/access.js';
import { type ImportedSchedule, importSchedule, MAX_SCHEDULE_DOCUMENT_CHARS, scheduleExportOf } from '../../server/schedule/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { inputRules } from '../shared/validators.js';

const ScheduleFormatEnum = builder.enumType('ScheduleFormat', {
  description: 'A file format for schedules.',
  values: {
    MSPDI: { description: 'Microsoft Project XML (MSPDI), which Microsoft Project, ProjectLibre and most scheduling tools read and write.' },
  },
});

const ImportScheduleInput = builder.inputType('ImportScheduleInput', {
  description: 'A schedule file to read into a project that has no tasks yet.',
  validate: inputRules({
    document: z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_SCHEDULE_DOCUMENT_CHARS, `must be at most ${MAX_SCHEDULE_DOCUMENT_CHARS} characters`),
  }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project (without tasks).', required: true }),
    format: t.field({ type: ScheduleFormatEnum, description: 'The format of the document.', required: true }),
    document: t.string({
      description: `The file's text (at most ${MAX_SCHEDULE_DOCUMENT_CHARS} characters; requests carrying one may be up to the import body limit).`,
      required: true,
    }),
  }),
});

const ImportedScheduleRef = builder.objectRef<ImportedSchedule>('ImportedSchedule').implement({
  description: 'What an import stored.',
  fields: (t) => ({
    project: t.prismaField({
      type: 'Project',
      description: 'The project, with its imported tasks.',
      resolve: (query, imported, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: imported.projectId } }),
    }),
    tasksImported: t.exposeInt('tasksImported', { description: 'Tasks created, summaries included.' }),
    dependenciesImported: t.exposeInt('dependenciesImported', { description: 'Dependencies created.' }),
    baselineNumber: t.exposeInt('baselineNumber', {
      nullable: true,
      description: "The number of the baseline made from the file's first baseline; null when the file has none.",
    }),
    warnings: t.exposeStringList('warnings', {
      description: 'What was read only approximately or left out, each "<MSPDI path>: <what>" (e.g. a part-day duration rounded up).',
    }),
  }),
});

builder.mutationFields((t) => ({
  importSchedule: t.field({
    type: ImportedScheduleRef,
    description:
      'Reads a schedule file into a project without tasks (the managers of the project may): tasks in their WBS tree, dependencies with type and lag, ' +
      "the calendar and the file's first baseline. All or nothing: a ValidationError lists every problem of the file, each message starting with its path in it.",
    args: { input: t.arg({ description: 'The project, the format and the document.', type: ImportScheduleInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    // Reading a file of up to 10 MB and writing its rows (query cost: see the README).
    extensions: { cost: 100 },
    resolve: (_root, { input }, ctx) =>
      importSchedule(serviceContextOf(ctx), {
        projectId: idOf(input.projectId, 'Project', ['input', 'projectId']),
        format: input.format,
        document: input.document,
      }),
  }),
}));

builder.prismaObjectFields('Project', (t) => ({
  scheduleExport: t.string({
    nullable: true,
    description:
      "The project's schedule as a file: tasks, dependencies, calendar, critical path dates and the current baseline. " +
      'Costs are left out for viewers who may not see money (team members).',
    args: { format: t.arg({ type: ScheduleFormatEnum, required: true, description: 'The format to write.' }) },
    select: { id: true },
    // A whole schedule: its tasks, links and critical path (query cost: see the README).
    extensions: { cost: 100 },
    resolve: (project, _args, ctx) => scheduleExportOf(ctx, { money: canSeeMoney(ctx.viewer) }).load(project.id),
  }),
}));
