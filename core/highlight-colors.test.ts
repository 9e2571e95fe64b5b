import { describe, expect, it } from 'vitest';
import { highlightBackground, highlightCss, toHexColor } from './highlight-colors';
import { DEFAULT_COLORS } from './settings';

describe('highlight colours', () => {
  it('draws picked hex colours translucent and keeps rgba values', () => {
    expect(highlightBackground('#ff0000')).toBe('color-mix(in srgb, #ff0000 40%, transparent)');
    expect(highlightBackground('rgba(1, 2, 3, 0.3)')).toBe('rgba(1, 2, 3, 0.3)');
  });
  it('writes a rule per entity type', () => {
    const css = highlightCss({ ...DEFAULT_COLORS, vessel: '#00ff00' });
    expect(css).toContain(
      '::highlight(sanctions-lens-vessel) { background-color: color-mix(in srgb, #00ff00 40%, transparent); }',
    );
    expect(css).toContain(`::highlight(sanctions-lens-state) { background-color: ${DEFAULT_COLORS.state}; }`);
    expect(css).toContain('::highlight(sanctions-lens-focus)');
  });
  it('converts colours for a colour input', () => {
    expect(toHexColor('rgba(86, 180, 233, 0.35)')).toBe('#56b4e9');
    expect(toHexColor('#ABCDEF')).toBe('#abcdef');
    expect(toHexColor('bogus')).toBe('#999999');
  });
});
