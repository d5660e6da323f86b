// Errors a client can act on. The GraphQL layer exposes each class as a typed result (Pothos
// errors plugin) on mutations; they extend GraphQLError so that, where they surface as plain
// GraphQL errors (queries), yoga does not mask them and clients get a stable `code`.
import { GraphQLError } from 'graphql';

export interface FieldIssue {
  /** Path of the offending input field, e.g. ["input", "budget"]. */
  path: string[];
  message: string;
}

abstract class DomainError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
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

export class InvalidTransitionError extends DomainError {
  override name = 'InvalidTransitionError';
  constructor(
    public readonly from: string,
    public readonly to: string,
    public readonly allowed: string[],
  ) {
    super(
      `A ${from} project cannot become ${to}` + (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (it is closed)'),
      'INVALID_TRANSITION',
    );
  }
}

export interface GateFailure {
  ruleKey: string;
  severity: string;
  message: string;
  /** The value of every variable the rule read. */
  evidence: Record<string, unknown>;
}

export class GateBlockedError extends DomainError {
  override name = 'GateBlockedError';
  constructor(
    public readonly phaseKey: string | null,
    public readonly failingRules: GateFailure[],
    message = `The ${phaseKey ?? 'current'} phase gate is blocked by ${failingRules.length} rule(s): ${failingRules
      .map((rule) => rule.ruleKey)
      .join(', ')}`,
  ) {
    super(message, 'GATE_BLOCKED');
  }
}
