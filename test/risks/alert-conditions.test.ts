// Deduplication of risk alerts as a pure decision (server/risks/lib/alert-conditions.ts): which candidate
// alerts are raised and which open alerts are resolved, for each policy.
import { describe, expect, it } from 'vitest';
import { type Candidate, decide, type OpenAlert, severitiesFrom } from '../../server/risks/lib/alert-conditions.js';

const score = (severity: Candidate['severity'], fields: Partial<Candidate> = {}): Candidate => ({
  source: 'RISK_SCORE',
  triggerKey: 'risk-score',
  projectId: 'p1',
  riskId: 'r1',
  severity,
  reason: 'scores high',
  evidence: {},
  ...fields,
});
const trigger = (key: string, fields: Partial<Candidate> = {}): Candidate => ({
  source: 'METHODOLOGY_TRIGGER',
  triggerKey: key,
  projectId: 'p1',
  riskId: null,
  severity: 'HIGH',
  reason: key,
  evidence: {},
  ...fields,
});
const open = (id: string, candidate: Candidate, acknowledged = false): OpenAlert => ({
  id,
  source: candidate.source,
  triggerKey: candidate.triggerKey,
  projectId: candidate.projectId,
  riskId: candidate.riskId,
  severity: candidate.severity,
  acknowledgedAt: acknowledged ? new Date() : null,
});

describe('event policy (risk score, realized)', () => {
  it('raises a holding condition that has no open alert', () => {
    expect(decide([score('HIGH')], [])).toEqual({ raise: [score('HIGH')], resolve: [] });
  });

  it('stays quiet while an unacknowledged alert at least as severe is open', () => {
    expect(decide([score('HIGH')], [open('a1', score('HIGH'))])).toEqual({ raise: [], resolve: [] });
    expect(decide([score('HIGH')], [open('a1', score('CRITICAL'))])).toEqual({ raise: [], resolve: [] });
  });

  it('raises an escalation and resolves the milder alert it supersedes', () => {
    expect(decide([score('CRITICAL')], [open('a1', score('HIGH'))])).toEqual({ raise: [score('CRITICAL')], resolve: ['a1'] });
  });

  it('raises again once the open alert is acknowledged, superseding it', () => {
    expect(decide([score('HIGH')], [open('a1', score('HIGH'), true)])).toEqual({ raise: [score('HIGH')], resolve: ['a1'] });
  });

  it('does not raise without an event, and keeps the open alert while the condition holds', () => {
    const quiet = score('HIGH', { eventful: false });
    expect(decide([quiet], [])).toEqual({ raise: [], resolve: [] });
    expect(decide([quiet], [open('a1', score('HIGH'), true)])).toEqual({ raise: [], resolve: [] });
  });

  it('resolves the open alert of a condition that stopped holding', () => {
    expect(decide([], [open('a1', score('HIGH')), open('a2', score('HIGH', { riskId: 'r2' }), true)])).toEqual({
      raise: [],
      resolve: ['a1', 'a2'],
    });
  });
});

describe('onset policy (methodology triggers, overdue risks)', () => {
  it('raises when the condition starts to hold, and only once while it holds', () => {
    expect(decide([trigger('schedule-slip')], [])).toEqual({ raise: [trigger('schedule-slip')], resolve: [] });
    expect(decide([trigger('schedule-slip')], [open('a1', trigger('schedule-slip'))])).toEqual({ raise: [], resolve: [] });
  });

  it('stays quiet after acknowledgement while the condition keeps holding', () => {
    expect(decide([trigger('schedule-slip')], [open('a1', trigger('schedule-slip'), true)])).toEqual({ raise: [], resolve: [] });
  });

  it('resolves what stopped holding and raises what started, condition by condition', () => {
    const decision = decide([trigger('scope-creep')], [open('a1', trigger('schedule-slip'))]);
    expect(decision).toEqual({ raise: [trigger('scope-creep')], resolve: ['a1'] });
  });

  it('tells projects apart: the same trigger on another project is another condition', () => {
    const other = trigger('schedule-slip', { projectId: 'p2' });
    expect(decide([trigger('schedule-slip'), other], [open('a1', trigger('schedule-slip'))])).toEqual({ raise: [other], resolve: [] });
  });

  it('raises a condition listed twice in one scope once', () => {
    expect(decide([trigger('schedule-slip'), trigger('schedule-slip')], []).raise).toHaveLength(1);
  });
});

it('orders severities LOW < MEDIUM < HIGH < CRITICAL for minSeverity', () => {
  expect(severitiesFrom('HIGH')).toEqual(['HIGH', 'CRITICAL']);
  expect(severitiesFrom(null)).toEqual(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
});
