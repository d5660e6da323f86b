// Values of plugin-typed fields (project fields and deliverable template fields). One place
// decides what a `date` or a `url` is, for manifest defaults and for values set through the API.
import { isIsoDate } from '../../platform/calendar.js';
import type { FieldDef, FieldValue } from './manifest.js';

export const MAX_TEXT_LENGTH = 10_000;
export const MAX_URL_LENGTH = 2_048;

function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

/** An unset value: null, undefined or an empty / blank string. Required fields must not be unset. */
export function isUnset(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Why `value` is not a valid value of `field`, or null when it is. null/undefined are valid
 * (they clear the field); whether a required field is filled is a separate question (isUnset),
 * because a draft deliverable may be saved incomplete.
 */
export function validateFieldValue(field: FieldDef, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') return `expected text, got ${describe(value)}`;
      return value.length > MAX_TEXT_LENGTH ? `text is longer than ${MAX_TEXT_LENGTH} characters` : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `expected a number, got ${describe(value)}`;
    case 'integer':
      return Number.isSafeInteger(value) ? null : `expected an integer, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected true or false, got ${describe(value)}`;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : `expected a date "YYYY-MM-DD", got ${describe(value)}`;
    case 'enum':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? null
        : `expected one of ${(field.options ?? []).map((o) => JSON.stringify(o)).join(', ')}, got ${describe(value)}`;
    case 'url':
      if (typeof value !== 'string' || !isWebUrl(value)) return `expected an http(s) URL, got ${describe(value)}`;
      return value.length > MAX_URL_LENGTH ? `URL is longer than ${MAX_URL_LENGTH} characters` : null;
  }
}

/** The initial value of a field: its default when it is a valid value of the field, else null. */
export function coerceDefault(field: FieldDef): FieldValue | null {
  const value = field.default;
  if (value === undefined || value === null) return null;
  return validateFieldValue(field, value) === null ? (value as FieldValue) : null;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
