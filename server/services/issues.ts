// Collects validation problems from several checks so that one ValidationError reports them all.
import { type FieldIssue, ValidationError } from '../errors.js';

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
