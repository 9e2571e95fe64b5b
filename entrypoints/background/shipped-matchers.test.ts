import { describe, expect, it } from 'vitest';
import { matcherToBinary } from '../../core/match/binary';
import { compileTerms } from '../../core/match/matcher';
import { shippedMatchers } from './shipped-matchers';

const binary = matcherToBinary(compileTerms([{ entityId: 'msmt', text: 'MSMT', caseSensitive: true }])).slice().buffer;

describe('shippedMatchers', () => {
  it('reads the files once when prefetched, and decodes them only when asked', async () => {
    const reads: string[] = [];
    const load = shippedMatchers(async (path) => {
      reads.push(path);
      return binary.slice(0);
    });
    load.prefetch();
    load.prefetch();
    expect(reads).toHaveLength(2);
    const got = await load();
    expect(got?.entities.term(0).entityId).toBe('msmt');
    expect(await load()).toBe(got);
    expect(reads).toHaveLength(2);
  });

  it('leaves a prefetch that failed to the getter, which logs it once and compiles instead', async () => {
    const logged: string[] = [];
    const load = shippedMatchers(
      async () => {
        throw new Error('HTTP 404');
      },
      (m) => logged.push(m),
    );
    load.prefetch();
    await new Promise((done) => setTimeout(done, 0));
    expect(logged).toEqual([]);
    expect(await load()).toBeNull();
    expect(logged).toEqual([expect.stringContaining('HTTP 404')]);
  });
});
