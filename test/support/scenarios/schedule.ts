// Tasks and dependencies of a project, made through the API.
import type { CreateTaskInput, DependencyType } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import type { TestServer } from '../harness.js';
import { type Handle, handleOf, mutate } from './mutate.js';
import type { People, Person } from './people.js';

const CreateTask = graphql(`
  mutation ScenarioCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id key version } } ... on Error { message } }
  }
`);
const AddDependency = graphql(`
  mutation ScenarioAddTaskDependency($input: AddTaskDependencyInput!) {
    addTaskDependency(input: $input) { __typename ... on MutationAddTaskDependencySuccess { data { id } } ... on Error { message } }
  }
`);

export interface TaskHandle extends Handle {
  key: string;
  version: number;
}

export class ScheduleScenario {
  constructor(
    private readonly server: TestServer,
    private readonly people: People,
  ) {}

  /** A task of `project` (a 5-day work task unless `fields` say otherwise), made by `as`. */
  async task(project: Handle, key: string, fields: Partial<CreateTaskInput> = {}, as: Person = 'manager'): Promise<TaskHandle> {
    const data = await mutate(this.server, this.people.email(as), CreateTask, {
      input: { projectId: project.gid, key, name: `Task ${key}`, durationDays: 5, ...fields },
    });
    return { ...handleOf(data.id), key: data.key, version: data.version };
  }

  /** `successor` depends on `predecessor` (finish to start unless said). */
  async link(predecessor: Handle, successor: Handle, type: DependencyType = 'FS', lagDays = 0, as: Person = 'manager'): Promise<Handle> {
    const data = await mutate(this.server, this.people.email(as), AddDependency, {
      input: { predecessorId: predecessor.gid, successorId: successor.gid, type, lagDays },
    });
    return handleOf(data.id);
  }
}
