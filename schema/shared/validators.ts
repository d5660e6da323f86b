// Input rules shared by the GraphQL inputs (validation plugin, zod).
import { z } from 'zod';

export const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const description = z.string().max(10_000, 'must be at most 10000 characters');
export const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9-]{1,19}$/, 'must be 2-20 characters: capital letters, digits and dashes, starting with a letter');
export const money = z.string().refine((value) => !value.startsWith('-'), 'must not be negative');
export const projectRole = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const weight = z.number().int().min(1, 'weight must be between 1 and 100').max(100, 'weight must be between 1 and 100');

/** An input object's rules: one schema for the fields it names, other fields pass through. */
export const inputRules = (shape: z.core.$ZodLooseShape) => z.looseObject(shape);
export const percent = z.number().int().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');
export const scopePoints = z.number().int().min(0, 'must not be negative');
/**
 * A JSON object (field values by key), not an array or a scalar. Passed on as it came (not
 * copied key by key as z.record does, where a "__proto__" key would vanish into the prototype),
 * so every key, "__proto__" included, meets the checks for unknown keys.
 */
export const jsonObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value)),
  { error: 'must be an object of values by key' },
);
