import { describe, expect, it } from 'vitest';
import { phaseSchema } from '../../src/schemas/phase.ts';

const schema = phaseSchema({ roleIds: ['lync-admin', 'dns-admin'] });

const valid = {
  title: 'Phase 2: Prepare for migration',
  navTitle: 'Prepare for migration',
  phase: 2,
  summary: 'Get the legacy deployment ready.',
  duration: '1h30min',
  roles: ['lync-admin'],
  prerequisites: ['phase-1-plan-your-migration-from-lync-server-2010'],
  tools: ['Topology Builder'],
  updated: new Date('2026-11-25T00:00:00Z'),
  checklist: [
    {
      id: 'p2-updates',
      title: 'Updates',
      items: [
        {
          id: 'p2-apply-updates',
          label: 'Apply the latest updates',
          verify: 'The version shows',
          role: 'lync-admin',
          duration: '1h',
        },
        { id: 'p2-run-bpa', label: 'Run `BPA`', duration: '30min' },
      ],
    },
  ],
};

/** The messages of a failed parse, as `path: message` lines. */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('phase frontmatter schema', () => {
  it('accepts a complete document and turns durations into minutes', () => {
    const data = schema.parse(valid);
    expect(data.duration).toBe(90);
    expect(data.checklist[0]?.items[1]?.duration).toBe(30);
  });

  it('accepts the date as the YAML string form YYYY-MM-DD', () => {
    expect(schema.parse({ ...valid, updated: '2026-01-31' }).updated.toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });

  it('defaults prerequisites, tools and checklist to empty lists', () => {
    const { prerequisites: _p, tools: _t, checklist: _c, ...minimal } = valid;
    const data = schema.parse(minimal);
    expect([data.prerequisites, data.tools, data.checklist]).toEqual([[], [], []]);
  });

  it('names a missing field and what it expects', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(problems(withoutTitle)).toEqual(['title: expected the title as text']);
  });

  it('rejects unknown fields and lists the allowed ones', () => {
    expect(problems({ ...valid, tittle: 'x' })).toEqual([
      ': unknown field(s) tittle; allowed: title, navTitle, phase, summary, duration, roles, prerequisites, tools, runsOn, updated, checklist',
    ]);
  });

  it('rejects a role outside the vocabulary, naming the allowed roles', () => {
    expect(problems({ ...valid, roles: ['dba'] })).toEqual([
      'roles.0: unknown role "dba"; expected one of: lync-admin, dns-admin (see content/roles.yaml)',
    ]);
  });

  it('rejects a duration in another form', () => {
    expect(problems({ ...valid, duration: '90 minutes' })).toEqual([
      'duration: expected a duration such as "45min", "2h" or "1h30min", got "90 minutes"',
    ]);
  });

  it('rejects a phase number that is not a whole number of 0 or more', () => {
    expect(problems({ ...valid, phase: -1 })).toEqual(['phase: expected a phase number of 0 or more']);
    expect(problems({ ...valid, phase: 1.5 })).toEqual(['phase: expected a whole phase number']);
    expect(problems({ ...valid, phase: 'two' })).toEqual([
      'phase: expected the phase number: 0 for "before you begin", then 1, 2, ...',
    ]);
  });

  it('rejects an item id that is not kebab-case', () => {
    const checklist = [{ id: 'g', title: 'G', items: [{ id: 'P2_Apply', label: 'x' }] }];
    expect(problems({ ...valid, checklist })).toEqual([
      'checklist.0.items.0.id: expected the item id in kebab-case: lowercase letters and digits joined by single hyphens, such as "p2-apply-updates"',
    ]);
  });

  it('rejects an unknown field in a checklist item', () => {
    const checklist = [{ id: 'g', title: 'G', items: [{ id: 'p2-a', label: 'x', owner: 'me' }] }];
    expect(problems({ ...valid, checklist })).toEqual([
      'checklist.0.items.0: unknown field(s) owner; a checklist item has id, label, verify, when, role, duration, wait',
    ]);
  });

  it('accepts a wait on an item, as calendar time with its reason', () => {
    const checklist = [
      {
        id: 'g',
        title: 'G',
        items: [{ id: 'p2-a', label: 'x', duration: '10min', wait: { time: '3h', reason: 'replication' } }],
      },
    ];
    expect(problems({ ...valid, checklist })).toEqual([]);
  });

  it('rejects a wait without its reason, in another form of time, or with unknown fields', () => {
    const item = (wait: unknown) => ({
      ...valid,
      checklist: [{ id: 'g', title: 'G', items: [{ id: 'p2-a', label: 'x', wait }] }],
    });
    expect(problems(item({ time: '3h' }))).toEqual([
      'checklist.0.items.0.wait.reason: expected the reason for the wait as text',
    ]);
    expect(problems(item({ time: '3 hours', reason: 'DNS' }))).toEqual([
      'checklist.0.items.0.wait.time: expected a duration such as "45min", "2h" or "1h30min", got "3 hours"',
    ]);
    expect(problems(item({ time: '3h', reason: 'DNS', until: 'x' }))).toEqual([
      'checklist.0.items.0.wait: unknown field(s) until; a wait has time and reason, such as { time: 3h, reason: Active Directory replication }',
    ]);
    expect(problems(item('3h'))).toEqual([
      'checklist.0.items.0.wait: expected a wait: an object with time (such as "3h") and reason, such as { time: 3h, reason: Active Directory replication }',
    ]);
  });

  it('reports an id used twice in one document with both places', () => {
    const checklist = [
      { id: 'g1', title: 'G1', items: [{ id: 'p2-a', label: 'x' }] },
      { id: 'g2', title: 'G2', items: [{ id: 'p2-a', label: 'y' }] },
    ];
    expect(problems({ ...valid, checklist })).toEqual([
      'checklist.1.items.0.id: duplicate id "p2-a", already used at checklist.0.items.0.id',
    ]);
  });

  it('keeps the condition (when) of an item and of a group, trimmed', () => {
    const checklist = [
      {
        id: 'g1',
        title: 'G1',
        when: ' the pool has `Edge` servers ',
        items: [{ id: 'p2-a', label: 'x', when: '`UseNormalizationRules` was False' }],
      },
    ];
    const data = schema.parse({ ...valid, checklist });
    expect(data.checklist[0]?.when).toBe('the pool has `Edge` servers');
    expect(data.checklist[0]?.items[0]?.when).toBe('`UseNormalizationRules` was False');
    expect(schema.parse(valid).checklist[0]?.items[0]?.when).toBeUndefined();
  });

  it('rejects an empty condition and a condition that is not text, on an item and on a group', () => {
    const checklist = [{ id: 'g1', title: 'G1', when: ' ', items: [{ id: 'p2-a', label: 'x', when: true }] }];
    expect(problems({ ...valid, checklist })).toEqual([
      'checklist.0.when: expected the condition (when); it must not be empty',
      'checklist.0.items.0.when: expected the condition (when) as text',
    ]);
  });

  it('lists when among the fields of a group in the unknown-field message', () => {
    const checklist = [{ id: 'g', title: 'G', if: 'x', items: [{ id: 'p2-a', label: 'x' }] }];
    expect(problems({ ...valid, checklist })).toEqual([
      'checklist.0: unknown field(s) if; a checklist group has id, title, when, window, items',
    ]);
  });

  it('rejects an empty group and an empty label', () => {
    const checklist = [
      { id: 'g1', title: 'G1', items: [] },
      { id: 'g2', title: 'G2', items: [{ id: 'p2-b', label: '  ' }] },
    ];
    expect(problems({ ...valid, checklist })).toEqual([
      'checklist.0.items: expected at least one item in the group',
      'checklist.1.items.0.label: expected the item label; it must not be empty',
    ]);
  });
});
