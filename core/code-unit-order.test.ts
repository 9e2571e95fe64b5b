import { describe, expect, it } from 'vitest';
import { byCodeUnits } from './code-unit-order';

describe('byCodeUnits', () => {
  it('orders by UTF-16 code units, whatever the locale would say', () => {
    expect(['b', 'B', 'a', '제재', 'é', 'e', 'a'].sort(byCodeUnits)).toEqual(['B', 'a', 'a', 'b', 'e', 'é', '제재']);
    expect(byCodeUnits('x', 'x')).toBe(0);
  });
});
