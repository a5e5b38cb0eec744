import { describe, expect, it } from 'vitest';
import { createClock } from './clock';

describe('createClock', () => {
  it('reads real time until moved, then keeps ticking from the new time', () => {
    let real = Date.parse('2026-06-01T12:00:00Z');
    const clock = createClock(() => real);
    expect(clock.now().toISOString()).toBe('2026-06-01T12:00:00.000Z');
    clock.set('2026-06-05T08:00:00Z');
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2026-06-05T08:01:00.000Z');
    clock.set(null);
    expect(clock.now().toISOString()).toBe('2026-06-01T12:01:00.000Z');
  });
});
