import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared';
import { sharedEventStream, sseParser } from './event-stream';

describe('sseParser', () => {
  it('gives each event’s data, across chunk boundaries and line endings, skipping comments', () => {
    const seen: string[] = [];
    const feed = sseParser((data) => seen.push(data));
    feed(': connected\n\n');
    feed('data: {"topic":"peo');
    feed('ple.changed"}\n');
    feed('\ndata: a\r\ndata:b\r\n\r\n: heartbeat\n\n');
    feed('data: unfinished\n');
    expect(seen).toEqual(['{"topic":"people.changed"}', 'a\nb']);
  });
});

function streamOf(text: string, stayOpen: boolean): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      if (!stayOpen) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('sharedEventStream', () => {
  it('opens one stream for all subscribers, delivers events and aborts it with the last one', async () => {
    const signals: AbortSignal[] = [];
    const stream = sharedEventStream((signal) => {
      signals.push(signal);
      return Promise.resolve(streamOf('data: {"topic":"people.changed"}\n\n', true));
    });
    const first: AppEvent[] = [];
    const second: AppEvent[] = [];
    const offFirst = stream.subscribe((event) => first.push(event));
    const offSecond = stream.subscribe((event) => second.push(event));
    await expect.poll(() => second.length).toBe(1);
    expect(first).toEqual([{ topic: 'people.changed' }]);
    expect(signals).toHaveLength(1);
    offFirst();
    expect(signals[0]!.aborted).toBe(false);
    offSecond();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('reconnects when the stream ends, but not when the server refuses the key', async () => {
    let opened = 0;
    const waits: number[] = [];
    const dropping = sharedEventStream(
      () => {
        opened++;
        return Promise.resolve(streamOf(': connected\n\n', false));
      },
      (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, 0)); // a macrotask, as a real wait is
      },
    );
    const off = dropping.subscribe(() => {});
    await expect.poll(() => opened).toBeGreaterThanOrEqual(3);
    off();
    expect(waits[0]).toBe(1_000);

    let refused = 0;
    const refusing = sharedEventStream(() => {
      refused++;
      return Promise.resolve(new Response('no', { status: 401 }));
    });
    const offRefused = refusing.subscribe(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(refused).toBe(1);
    offRefused();
  });
});
