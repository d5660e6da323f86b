// The bounds every user-supplied expression lives within (rules, risk triggers, metrics, and
// later policies and scoring formulas). They are a public contract documented in the README:
// raising one changes what an uploaded plugin can cost the server.
//
// Two layers, so that no accepted expression can stall the event loop:
// - static, at validation: size, nesting and an upper bound of the work (STATIC_LIMITS);
// - at run time, per evaluation: a budget of steps, created elements and recursion depth
//   (RUN_LIMITS). The static bound refuses what is obviously too costly with a precise problem;
//   the run-time budget stops anything the static estimate could not foresee (an array that
//   doubles in a reduce), so evaluation always ends quickly.

export const STATIC_LIMITS = {
  /** Nodes of the JSON tree (operators, arguments, literals, var paths). */
  maxNodes: 200,
  /** Nesting of the JSON tree: each object and each array is one level. */
  maxDepth: 12,
  /** UTF-8 bytes of the expression as JSON. */
  maxBytes: 8 * 1024,
  /**
   * Upper bound of the steps one evaluation can take: nested iterations multiply (the product of
   * the sizes iterated over, facts arrays counted at their maximum size, literals at their
   * length), merge adds the sizes it concatenates.
   */
  maxWork: 50_000,
} as const;

export const RUN_LIMITS = {
  /** Operator applications and values evaluated, plus per-element work of in, merge and coercions. */
  maxSteps: 100_000,
  /** Array elements and string characters created by one evaluation. */
  maxElements: 100_000,
  /** Recursion depth of the evaluator (validated expressions stay far below it). */
  maxDepth: 2 * STATIC_LIMITS.maxDepth + 4,
} as const;

export type RunLimits = { readonly [K in keyof typeof RUN_LIMITS]: number };
