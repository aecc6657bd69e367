/** Zod errors as people read them: one line per problem, each with its path (issue #3). */
import { describe, expect, it } from 'vitest';
import { InterviewSchema } from '../../lib/interview';
import { IndexEntrySchema, SettingsSchema } from '../../lib/storage/registry';
import { describeIssues } from '../../lib/zod';

function lines(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return describeIssues(result.error as Parameters<typeof describeIssues>[0]);
}

describe('describeIssues', () => {
  it.each<[string, typeof InterviewSchema | typeof IndexEntrySchema | typeof SettingsSchema, unknown, string[]]>([
    [
      'a string where an object goes',
      InterviewSchema,
      { schema: 2, id: 'abcdef', scriptId: 's', createdAt: 1, fields: 'x' },
      ['fields: expected object'],
    ],
    [
      'a field without its stamp',
      InterviewSchema,
      { schema: 2, id: 'abcdef', scriptId: 's', createdAt: 1, fields: { note: { v: 'hi' } } },
      ['fields.note.t: expected number'],
    ],
    [
      'an id with characters ids never have',
      InterviewSchema,
      { schema: 2, id: 'a b', scriptId: 's', createdAt: 1, fields: {} },
      ['id: does not match the pattern /^[A-Za-z0-9_-]{6,64}$/'],
    ],
    [
      'a wrong schema number',
      InterviewSchema,
      { schema: 3, id: 'abcdef', scriptId: 's', createdAt: 1, fields: {} },
      ['schema: expected one of 2'],
    ],
    [
      'an unknown status',
      IndexEntrySchema,
      { id: 'x', candidate: '', role: '', createdAt: 1, status: 'paused' },
      ['status: expected one of "active", "done", "archived"'],
    ],
    [
      'a negative retention',
      SettingsSchema,
      { schema: 1, profile: 'p', interviewer: '', noRecordingNote: false, retentionDays: -3 },
      ['retentionDays: must be more than 0'],
    ],
  ])('%s', (_name, schema, value, expected) => {
    expect(lines(schema, value)).toEqual(expected);
  });

  it('names the root when the whole value is wrong, and cuts long lists with a count', () => {
    expect(lines(InterviewSchema, 7)).toEqual(['(root): expected object']);
    const many = lines(InterviewSchema, { schema: 'x', id: 1, scriptId: 2, createdAt: 'y', fields: 3, writer: 4 });
    expect(many).toHaveLength(6);
    expect(many[5]).toBe('…and 1 more');
  });
});
