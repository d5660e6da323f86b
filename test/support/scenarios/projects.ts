// Projects: the seeded ones, and new ones made through the API (created, staffed and moved
// along the lifecycle with the same mutations a client sends).
import type { ProjectStatus } from '../../../server/platform/db/generated/prisma/enums.js';
import type { CreateProjectInput, UpdateProjectInput } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import type { TestServer } from '../harness.js';
import { gid, uniqueCode } from '../ids.js';
import { type Handle, handle, handleOf, mutate } from './mutate.js';
import type { People, Person } from './people.js';

const CreateProject = graphql(`
  mutation ScenarioCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess { data { id code name version } }
      ... on Error { message }
    }
  }
`);
const AddMember = graphql(`
  mutation ScenarioAddProjectMember($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) {
      __typename
      ... on MutationAddProjectMemberSuccess { data { id } }
      ... on Error { message }
    }
  }
`);
const RemoveMember = graphql(`
  mutation ScenarioRemoveProjectMember($input: RemoveProjectMemberInput!) {
    removeProjectMember(input: $input) {
      __typename
      ... on MutationRemoveProjectMemberSuccess { data { id } }
      ... on Error { message }
    }
  }
`);
const Transition = graphql(`
  mutation ScenarioTransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess { data { id version } }
      ... on Error { message }
    }
  }
`);
const Update = graphql(`
  mutation ScenarioUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess { data { id version } }
      ... on Error { message }
    }
  }
`);

export interface ProjectHandle extends Handle {
  code: string;
  name: string;
  /** The version after the last change the scenario made. */
  version: number;
}

/** A member of a new project: a person (as an Engineer) or a person and their project role. */
export type Member = Person | [Person, string];

export interface NewProject extends Partial<Omit<CreateProjectInput, 'portfolioId' | 'managerId' | 'sponsorId'>> {
  portfolio: Handle;
  /** Omitted: no manager (unless the creator is a project manager, who then manages it). */
  manager?: Person;
  sponsor?: Person;
  members?: Member[];
  /** Reached from PROPOSED by the lifecycle's transitions (each adds a version and an audit event). */
  status?: ProjectStatus;
}

/** The transitions that take a new (PROPOSED) project to each status. */
const PATH: Record<ProjectStatus, ProjectStatus[]> = {
  PROPOSED: [],
  APPROVED: ['APPROVED'],
  ACTIVE: ['APPROVED', 'ACTIVE'],
  ON_HOLD: ['APPROVED', 'ACTIVE', 'ON_HOLD'],
  COMPLETED: ['APPROVED', 'ACTIVE', 'COMPLETED'],
  CANCELLED: ['CANCELLED'],
};

export class ProjectScenario {
  private counter = 0;

  constructor(
    private readonly server: TestServer,
    private readonly people: People,
    private readonly label: string,
  ) {}

  /** A seeded project by its code (a read: the seed made it). */
  async seeded(code: string): Promise<ProjectHandle> {
    const row = await this.server.runtime.db.prisma.project.findUniqueOrThrow({ where: { code } });
    return { ...handle('Project', row.id), code: row.code, name: row.name, version: row.version };
  }

  /**
   * A new project through createProject, then addProjectMember for each member and
   * transitionProject up to `status`. Every change is made as the owner of the portfolio
   * (portfolio@, who owns Digital Transformation and the portfolios scenarios create) unless
   * `as` says who.
   */
  async create(project: NewProject, as: Person = 'owner'): Promise<ProjectHandle> {
    const { portfolio, manager, sponsor, members = [], status = 'PROPOSED', code = uniqueCode('SC'), ...input } = project;
    const created = await mutate(this.server, this.people.email(as), CreateProject, {
      input: {
        name: `${this.label} project ${++this.counter}`,
        ...input,
        code,
        portfolioId: portfolio.gid,
        managerId: manager && this.people.gid(manager),
        sponsorId: sponsor && this.people.gid(sponsor),
      },
    });
    let result: ProjectHandle = { ...handleOf(created.id), code: created.code, name: created.name, version: created.version };
    for (const member of members) {
      const [person, role] = typeof member === 'string' ? [member] : member;
      await this.addMember(result, person, role, as);
    }
    for (const next of PATH[status]) result = await this.transition(result, next, as);
    return result;
  }

  /**
   * A project in `portfolio` managed by pm@ and sponsored by exec@, whose team is `members`
   * (member@ unless said otherwise): the usual scene for risks and alerts.
   */
  team(portfolio: Handle, members: Member[] = ['member'], project: Omit<NewProject, 'portfolio' | 'members'> = {}): Promise<ProjectHandle> {
    return this.create({ manager: 'manager', sponsor: 'executive', ...project, portfolio, members });
  }

  /** Adds a seeded person (or any user, by database id) to the team through addProjectMember. */
  async addMember(project: Handle, person: Person | { id: string }, projectRole = 'Engineer', as: Person = 'owner'): Promise<string> {
    const userId = typeof person === 'string' ? this.people.gid(person) : gid('User', person.id);
    const data = await mutate(this.server, this.people.email(as), AddMember, { input: { projectId: project.gid, userId, projectRole } });
    return data.id;
  }

  /** Takes a person off the team through removeProjectMember. */
  async removeMember(project: Handle, person: Person, as: Person = 'owner'): Promise<void> {
    await mutate(this.server, this.people.email(as), RemoveMember, { input: { projectId: project.gid, userId: this.people.gid(person) } });
  }

  async transition<P extends ProjectHandle>(project: P, status: ProjectStatus, as: Person = 'owner'): Promise<P> {
    const data = await mutate(this.server, this.people.email(as), Transition, { input: { id: project.gid, status, version: project.version } });
    return { ...project, version: data.version };
  }

  async update<P extends ProjectHandle>(project: P, changes: Omit<UpdateProjectInput, 'id' | 'version'>, as: Person = 'owner'): Promise<P> {
    const data = await mutate(this.server, this.people.email(as), Update, { input: { id: project.gid, version: project.version, ...changes } });
    return { ...project, version: data.version };
  }

  /** Deletes a project and everything on it, directly: the API deletes no projects. */
  async deleteDirectly(project: Handle): Promise<void> {
    await this.server.runtime.db.prisma.project.delete({ where: { id: project.id } });
  }

  /**
   * A project written directly, already in `status` at version 1, with an actual cost and no
   * audit trail. The API cannot make this: a project starts PROPOSED with no cost, and every
   * transition or cost report adds a version and an audit event. Tests that assert the version
   * (2) and the single audit event of the one change under test start from here.
   */
  async writeDirectly(project: {
    portfolio: Handle;
    status?: ProjectStatus;
    code?: string;
    name?: string;
    manager?: Person;
    sponsor?: Person;
    budget?: string;
    actualCost?: string;
    members?: Member[];
  }): Promise<ProjectHandle> {
    const { portfolio, manager, sponsor, members = [], code = uniqueCode('SC'), name = `${this.label} project ${++this.counter}`, ...data } = project;
    const row = await this.server.runtime.db.prisma.project.create({
      data: {
        ...data,
        code,
        name,
        portfolioId: portfolio.id,
        managerId: manager && this.people.id(manager),
        sponsorId: sponsor && this.people.id(sponsor),
        members: {
          create: members.map((member) => {
            const [person, projectRole = 'Engineer'] = typeof member === 'string' ? [member] : member;
            return { userId: this.people.id(person), projectRole };
          }),
        },
      },
    });
    return { ...handle('Project', row.id), code: row.code, name: row.name, version: row.version };
  }
}
