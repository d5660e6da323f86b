// The run-time budget of one evaluation (limits.ts RUN_LIMITS): steps, created elements and
// depth. Every value evaluated and operator applied is a step; in, merge and coercions of arrays
// to strings also pay one step per element they scan; arrays and strings created pay one element
// per item or character, charged BEFORE they are built. Past a limit the evaluation throws
// EvaluationLimitError (code EVALUATION_LIMIT), so no expression can keep the event loop busy.
import type { RunLimits } from './limits.js';

export type EvaluationLimit = 'steps' | 'elements' | 'depth';

/** An evaluation went past its budget; the expression's result is unknown (callers fail closed). */
export class EvaluationLimitError extends Error {
  readonly code = 'EVALUATION_LIMIT';
  constructor(
    readonly limit: EvaluationLimit,
    message: string,
  ) {
    super(message);
    this.name = 'EvaluationLimitError';
  }
}

export interface EvaluationUsage {
  steps: number;
  elements: number;
}

/** The budget of one evaluation: what it has consumed, and its limits (copied: read on every step). */
export class Run {
  steps = 0;
  elements = 0;
  readonly maxSteps: number;
  readonly maxElements: number;
  readonly maxDepth: number;

  constructor(limits: RunLimits) {
    this.maxSteps = limits.maxSteps;
    this.maxElements = limits.maxElements;
    this.maxDepth = limits.maxDepth;
  }

  step(n: number): void {
    if ((this.steps += n) > this.maxSteps) {
      throw new EvaluationLimitError('steps', `evaluation stopped: it exceeded the budget of ${this.maxSteps} steps per evaluation`);
    }
  }

  allocate(n: number): void {
    if ((this.elements += n) > this.maxElements) {
      throw new EvaluationLimitError(
        'elements',
        `evaluation stopped: it would create more than ${this.maxElements} array elements and string characters`,
      );
    }
  }

  /** A node past the depth limit was reached: it pays its step, then the evaluation stops. */
  tooDeep(): never {
    this.step(1);
    throw new EvaluationLimitError('depth', `evaluation stopped: the expression is nested more than ${this.maxDepth} levels deep`);
  }
}
