// Errors a client can act on. The GraphQL layer exposes each class as a typed result (Pothos
// errors plugin) on mutations; they extend GraphQLError so that, where they surface as plain
// GraphQL errors (queries), yoga does not mask them and clients get a stable `code`.
import { GraphQLError } from 'graphql';

export interface FieldIssue {
  /** Path of the offending input field, e.g. ["input", "budget"]. */
  path: string[];
  message: string;
}

/** An error a client can act on: GraphQL keeps its message and `code` (it is not masked). */
export abstract class DomainError extends GraphQLError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  constructor(
    public readonly issues: FieldIssue[],
    message = issues.length === 1 ? `Invalid input: ${issues[0]!.message}` : `Invalid input (${issues.length} problems)`,
  ) {
    super(message, 'BAD_USER_INPUT');
  }
  static single(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
  static throwSingle(path: string[], message: string): never {
    throw ValidationError.single(path, message);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(
    public readonly entityType: string,
    public readonly entityId: string,
  ) {
    super(`${entityType} not found`, 'NOT_FOUND');
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message = 'You are not allowed to do this') {
    super(message, 'FORBIDDEN');
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  constructor(message = 'Authentication required: send "Authorization: Bearer <token>"') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(
    message: string,
    /** The current version of the record, when the conflict is a stale version. */
    public readonly currentVersion: number | null = null,
  ) {
    super(message, 'CONFLICT');
  }
}

/**
 * The service cannot answer now (the database is unreachable): nothing was changed, and the
 * same request may succeed later. HTTP answers 503 with Retry-After.
 */
export class ServiceUnavailableError extends DomainError {
  override name = 'ServiceUnavailableError';
  static readonly RETRY_AFTER_SECONDS = 5;
  constructor(message = 'The service is temporarily unavailable (database unreachable): retry later') {
    super(message, 'SERVICE_UNAVAILABLE', {
      http: { status: 503, headers: { 'retry-after': String(ServiceUnavailableError.RETRY_AFTER_SECONDS) } },
    });
  }
}

/** Collects validation problems from several checks so that one ValidationError reports them all. */
export class IssueList {
  private readonly issues: FieldIssue[] = [];

  /** Runs a check; a ValidationError it throws is collected, anything else propagates. */
  async check<T>(work: () => Promise<T> | T): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.issues.push(...error.issues);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.issues.length) throw new ValidationError([...this.issues]);
  }
}
