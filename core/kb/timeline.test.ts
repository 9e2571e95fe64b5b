import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from './starter';
import { regimeTimeline, timeFraction } from './timeline';

describe('regimeTimeline', () => {
  it('takes the dated events of bodies and instruments, oldest first, and leaves states out', () => {
    const events = regimeTimeline(STARTER_ENTITIES);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(events.some((e) => e.entityId === 'north-korea')).toBe(false);
    expect(events.find((e) => e.label === 'Mandate ended')).toMatchObject({
      date: '2024-04-30',
      entityId: 'panel-of-experts',
    });
    expect(events.find((e) => e.entityId === 'msmt')?.date).toBe('2024-10-16');
  });
  it('skips malformed dates', () => {
    const [e] = STARTER_ENTITIES.filter((x) => x.id === 'msmt');
    expect(regimeTimeline([{ ...e!, dates: [{ date: 'soon', label: 'x' }] }])).toEqual([]);
  });
  it('places dates on the axis', () => {
    expect(timeFraction('2015', '2005', '2025')).toBeCloseTo(0.5, 1);
    expect(timeFraction('1990-01-01', '2005', '2025')).toBe(0);
  });
});
