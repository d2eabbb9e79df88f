import { describe, expect, it } from 'vitest';
import { describeError, parseErrorBody, VERSION_CONFLICT_MESSAGE } from './errors';

describe('errors', () => {
  it('parses server error bodies', () => {
    expect(parseErrorBody({ error: { code: 'unauthorized', message: 'Wrong email or password' } }, 401)).toEqual({ code: 'unauthorized', message: 'Wrong email or password' });
    expect(parseErrorBody({ error: { code: 'weird', message: '' } }, 500)).toEqual({ code: 'internal', message: 'Request failed (500)' });
    expect(parseErrorBody('<html>', 401).code).toBe('unauthorized');
  });

  it('explains version conflicts in plain words', () => {
    expect(describeError({ code: 'version_conflict', message: 'expected v3' })).toBe(VERSION_CONFLICT_MESSAGE);
    expect(describeError({ code: 'not_found', message: 'No such conversation' })).toBe('No such conversation');
  });
});
