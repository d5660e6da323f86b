// Custom scalars. Money is a Decimal string ("1250000.00") so that no client rounds it.
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { isoDate, parseIsoDate } from '../../server/platform/calendar.js';
import { builder } from '../builder.js';

const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

function literalString(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
  throw new GraphQLError('Expected a string literal');
}

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError('Decimal must be a number with at most 12 integer digits and 2 decimals, e.g. "1250.50"');
  }
  return text;
}

builder.scalarType('Decimal', {
  description: 'A fixed-point amount with 2 decimals, serialised as a string (e.g. "1250000.00").',
  serialize: (value) => (typeof value === 'string' ? Number(value).toFixed(2) : value.toFixed(2)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast)),
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date) throw new GraphQLError('Date must be a calendar date in the form YYYY-MM-DD');
  return date;
}

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => isoDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast)),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value as string)) {
    throw new GraphQLError('DateTime must be an ISO 8601 timestamp, e.g. 2026-11-25T12:00:00Z');
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 in UTC.',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast)),
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON (used for audit snapshots).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
