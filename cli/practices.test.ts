/** Practices (issue 18) in `orgmap analyze` and `orgmap compare`, run in-process. */
import { describe, expect, it } from 'vitest';
import type { CompareReport } from './commands/compare';
import type { AnalysisReport } from './report';
import { expectReportShape, fixture, lines, runInProcess } from './testing';

const file = fixture('practices.orgmap');

describe('orgmap analyze: practices', () => {
  it('--json reports every practice (null = not recorded) and the risks they cause, with advice', async () => {
    const out = await runInProcess(['analyze', file, '--json']);
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as AnalysisReport;
    expectReportShape(report);
    const [current, target] = report.scenarios;
    expect(current?.practices).toEqual({ guidelines: 'no', accountRules: 'partly', training: null, crisisProcedure: null, boardCommitment: null, knowledgeBank: 'yes' });
    expect(target?.practices).toEqual({ guidelines: 'yes', accountRules: 'yes', training: 'yes', crisisProcedure: null, boardCommitment: null, knowledgeBank: 'no' });
    expect(current?.model).toBe(target?.model);
    const codes = (current?.risks ?? []).map((r) => `${r.severity} ${r.code}`);
    expect(codes).toEqual(['high missing-guidelines', 'medium account-sprawl', 'low missing-account-rules']);
    const sprawl = current?.risks.find((r) => r.code === 'account-sprawl');
    expect(sprawl?.advice).toContain('write conditions for opening new accounts into the guidelines');
    expect(current?.risks.find((r) => r.code === 'missing-guidelines')?.nodes).toEqual(['smt']);
    expect(target?.risks).toEqual([]);
  });

  it('an old file reports all practices as null and only the gentle prompt for its hub', async () => {
    const report = JSON.parse((await runInProcess(['analyze', fixture('current-target.orgmap'), '--scenario', 'target', '--json'])).stdout) as AnalysisReport;
    expect(Object.values(report.scenarios[0]?.practices ?? {})).toEqual([null, null, null, null, null, null]);
    expect(report.scenarios[0]?.risks.map((r) => `${r.severity} ${r.code}`)).toEqual(['low practices-unrecorded']);
  });

  it('text output lists the recorded practices and what is not recorded', async () => {
    const out = await runInProcess(['analyze', file, '--scenario', 'current']);
    expect(lines(out.stdout)).toEqual(
      expect.arrayContaining([
        '  Practices:',
        '    Guidelines and procedures: no',
        '    Conditions for new accounts: partly',
        '    Knowledge bank: yes',
        '    Not recorded: Training for the people who post, Escalation and crisis procedure, Board commitment',
      ]),
    );
    const old = await runInProcess(['analyze', fixture('two-scenarios.orgmap')]);
    expect(old.stdout).toContain('  Practices: not recorded');
  });
});

describe('orgmap compare: practices', () => {
  it('--json lists practices added, completed and dropped, and the path has their steps in place', async () => {
    const out = await runInProcess(['compare', file, '--json']);
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as CompareReport;
    expect(report.practices).toEqual({
      added: [
        { practice: 'guidelines', from: 'no', to: 'yes' },
        { practice: 'training', from: null, to: 'yes' },
      ],
      completed: [{ practice: 'accountRules', from: 'partly', to: 'yes' }],
      dropped: [{ practice: 'knowledgeBank', from: 'yes', to: 'no' }],
    });
    expect(report.risks.resolved.map((r) => r.code)).toEqual(['missing-guidelines', 'account-sprawl', 'missing-account-rules']);
    expect(report.steps).toEqual([
      'Write the guidelines and procedures before the spokes open their own accounts.',
      'Train the people who post before they speak for the organisation.',
      'Complete what is only partly in place: Conditions for new accounts.',
      'Merge the Facebook account Acme NL Deals into Acme NL.',
      'Knowledge bank: in place now, less or not at all in the target – make sure that is intended.',
    ]);
  });

  it('text output shows the practice changes', async () => {
    const out = await runInProcess(['compare', file]);
    expect(lines(out.stdout)).toEqual(
      expect.arrayContaining([
        '  Practices added (2):',
        '    + Guidelines and procedures: no → yes',
        '    + Training for the people who post: not recorded → yes',
        '  Practices completed (1):',
        '    + Conditions for new accounts: partly → yes',
        '  Practices dropped or weakened (1):',
        '    - Knowledge bank: yes → no',
      ]),
    );
  });
});
