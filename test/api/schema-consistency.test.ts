// Names and types a client can rely on across the whole schema, checked on the built schema so a
// new field cannot break them: a severity or kind is an enum, never a free string; a path of a
// problem is an array (as ValidationError's issues have it); counts of failing rules are called
// `failing` everywhere (the older `SeverityCount.failed` stays, deprecated, for one release).
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isIntrospectionType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../schema/index.js';

const schema = buildSchema();

/** Every field of every object type, as [coordinate, field]. */
function fields(): [string, GraphQLField<unknown, unknown>][] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !isIntrospectionType(type))
    .flatMap((type) => Object.values(type.getFields()).map((field) => [`${type.name}.${field.name}`, field] as [string, GraphQLField<unknown, unknown>]));
}

describe('schema consistency', () => {
  it('types every severity and kind with an enum', () => {
    const named = fields().filter(([, field]) => ['severity', 'kind'].includes(field.name));
    expect(named.length).toBeGreaterThan(5);
    const strings = named.filter(([, field]) => !isEnumType(getNamedType(field.type))).map(([coordinate]) => coordinate);
    expect(strings).toEqual([]);
    const types = Object.fromEntries(named.map(([coordinate, field]) => [coordinate, getNamedType(field.type).name]));
    expect(types).toMatchObject({
      'MethodologyRule.severity': 'RuleSeverity',
      'SeverityCount.severity': 'RuleSeverity',
      'GateFailure.severity': 'RuleSeverity',
      'RuleEvaluation.severity': 'RuleSeverity',
      'MethodologyRiskTrigger.severity': 'AlertSeverity',
      'RiskAlert.severity': 'AlertSeverity',
      'MethodologyRule.kind': 'RuleKind',
    });
  });

  it('gives every problem path as a list, as ValidationError does', () => {
    const paths = fields().filter(([, field]) => field.name === 'path');
    expect(paths.map(([coordinate]) => coordinate).sort()).toEqual(expect.arrayContaining(['FieldIssue.path', 'ManifestProblem.path']));
    const notLists = paths.filter(([, field]) => !isListType(getNullableType(field.type))).map(([coordinate]) => coordinate);
    expect(notLists).toEqual([]);
  });

  it('calls counts of failing rules `failing`; `failed` only survives deprecated', () => {
    const failed = fields().filter(([, field]) => field.name === 'failed');
    expect(failed.map(([coordinate, field]) => [coordinate, field.deprecationReason])).toEqual([
      ['SeverityCount.failed', 'Use `failing`, the name ComplianceSummary uses too.'],
    ]);
    const failing = fields().filter(([, field]) => field.name === 'failing').map(([coordinate]) => coordinate).sort();
    // PolicyDryRun.failing is the list of failing projects, named by the contract of issue 14 (not a count).
    expect(failing).toEqual(['ComplianceSummary.failing', 'PolicyDryRun.failing', 'SeverityCount.failing']);
  });
});
