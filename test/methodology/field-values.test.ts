import { describe, expect, it } from 'vitest';
import { coerceDefault, isUnset, validateFieldValue } from '../../server/methodology/lib/field-values.js';
import type { FieldDef } from '../../server/methodology/lib/manifest.js';

const field = (type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({ key: 'f', type, required: false, ...extra });

describe('validateFieldValue', () => {
  it.each([
    ['text', 'Reduce churn by 5%'],
    ['number', 12.5],
    ['integer', -3],
    ['boolean', false],
    ['date', '2028-02-29'],
    ['url', 'https://wiki.example.com/charter'],
    ['text', null],
    ['date', undefined],
  ] as const)('accepts a %s value %j', (type, value) => {
    expect(validateFieldValue(field(type), value)).toBeNull();
  });

  it.each([
    ['text', 5, 'expected text, got 5'],
    ['text', 'x'.repeat(10_001), 'text is longer than 10000 characters'],
    ['number', '12', 'expected a number, got "12"'],
    ['number', Number.POSITIVE_INFINITY, 'expected a number, got Infinity'],
    ['integer', 1.5, 'expected an integer, got 1.5'],
    ['boolean', 'true', 'expected true or false, got "true"'],
    ['date', '2027-02-29', 'expected a date "YYYY-MM-DD", got "2027-02-29"'],
    ['date', '2026-1-05', 'expected a date "YYYY-MM-DD", got "2026-1-05"'],
    ['url', 'javascript:alert(1)', 'expected an http(s) URL, got "javascript:alert(1)"'],
    ['url', 'not a url', 'expected an http(s) URL, got "not a url"'],
    ['text', ['a'], 'expected text, got an array'],
  ] as const)('rejects a %s value %j', (type, value, message) => {
    expect(validateFieldValue(field(type), value)).toBe(message);
  });

  it('accepts only the options of an enum', () => {
    const tier = field('enum', { options: ['gold', 'silver'] });
    expect(validateFieldValue(tier, 'gold')).toBeNull();
    expect(validateFieldValue(tier, 'bronze')).toBe('expected one of "gold", "silver", got "bronze"');
  });
});

describe('coerceDefault and isUnset', () => {
  it('gives the default when it fits the type, else null', () => {
    expect(coerceDefault(field('boolean', { default: false }))).toBe(false);
    expect(coerceDefault(field('integer', { default: 14 }))).toBe(14);
    expect(coerceDefault(field('integer', { default: 'fourteen' }))).toBeNull();
    expect(coerceDefault(field('text'))).toBeNull();
  });

  it('treats null, undefined and blank text as unset, and false or 0 as set', () => {
    expect([null, undefined, '', '  '].map(isUnset)).toEqual([true, true, true, true]);
    expect([false, 0, 'x'].map(isUnset)).toEqual([false, false, false]);
  });
});
