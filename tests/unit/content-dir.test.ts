import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/index.ts';
import { contentDir, contentDirLabel, DEFAULT_CONTENT_DIR } from '../../src/content-dir.ts';

describe('the content folder setting (CONTENT_DIR)', () => {
  it('is content/ of the project when CONTENT_DIR is unset or empty', () => {
    expect(DEFAULT_CONTENT_DIR).toBe('content');
    expect(contentDir({})).toBe(resolve('content'));
    expect(contentDir({ CONTENT_DIR: '  ' })).toBe(resolve('content'));
  });

  it('takes a relative folder from the project root and an absolute one as it is', () => {
    expect(contentDir({ CONTENT_DIR: 'examples/guide' })).toBe(resolve('examples/guide'));
    expect(contentDir({ CONTENT_DIR: '/tmp/some-guide/' })).toBe('/tmp/some-guide');
  });

  it('is named in messages relative to the project when inside it, by its absolute path when outside', () => {
    expect(contentDirLabel(resolve('content'))).toBe('content');
    expect(contentDirLabel(resolve('examples/guide'))).toBe('examples/guide');
    expect(contentDirLabel('/tmp/some-guide')).toBe('/tmp/some-guide');
  });

  it('names the folder and the setting when CONTENT_DIR points nowhere', () => {
    const { problems } = checkContent({ contentDir: '/no/such/guide' });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: '/no/such/guide',
        message: expect.stringContaining('/no/such/guide does not exist'),
        fix: expect.stringContaining('CONTENT_DIR'),
      }),
    ]);
  });
});
