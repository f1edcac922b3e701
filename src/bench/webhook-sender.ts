// The network's side of `sapa bench webhook`, run as its own process (forked by webhook.ts) so
// signing and sending do not share the server's event loop: Page-comment deliveries shaped and
// signed as Meta sends them, over a few keep-alive connections on loopback, each delivery's
// acknowledgement timed. A share of the deliveries are redeliveries of a comment sent a little
// earlier (same comment id), as Meta resends when an acknowledgement is slow or lost.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { signedPageCommentDelivery } from '../channels/meta/webhook-fixture.js';
import { syntheticEvents } from './synthetic-events.js';

export interface SenderPlan {
  url: string;
  appSecret: string;
  pageId: string;
  events: number;
  connections: number;
  /** Every n-th delivery is a redelivery (20: 5%). */
  redeliverEvery: number;
  /** Deliveries sent first, untimed, on their own post: JIT and connections warm. */
  warmUp: number;
}

export type SenderMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'result'; result: SenderResult };

export interface SenderResult {
  /** Deliveries sent and acknowledged with a 2xx, in the timed run. */
  acknowledged: number;
  /** Deliveries answered otherwise (or not at all): the network would retry them. */
  failed: number;
  redeliveries: number;
  /** Distinct comment ids acknowledged in the timed run: what the inbox must hold, once each. */
  commentIds: string[];
  seconds: number;
  /** Wall-clock start of the timed run (the server's process shares the clock). */
  startedAt: number;
  /** Each acknowledged delivery's round trip in ms, in sending order. */
  ackMs: number[];
}

interface Delivery { commentId: string; body: Buffer; headers: Record<string, string> }

/** The timed deliveries: unique comments, every `redeliverEvery`-th slot resending one ~10 slots back. */
export function plannedDeliveries(plan: Pick<SenderPlan, 'appSecret' | 'pageId' | 'events' | 'redeliverEvery'>, prefix = 'c'): { deliveries: Delivery[]; redeliveries: number } {
  const redeliveries = Math.floor(plan.events / plan.redeliverEvery);
  const unique = syntheticEvents(plan.events - redeliveries, Date.now() - plan.events * 50, `webhook-${prefix}`);
  const deliveries: Delivery[] = [];
  let next = 0;
  for (let slot = 0; slot < plan.events; slot++) {
    const redelivery = slot % plan.redeliverEvery === plan.redeliverEvery - 1;
    const original = redelivery ? deliveries[Math.max(0, deliveries.length - 10)] : undefined;
    if (original !== undefined) { deliveries.push(original); continue; }
    const event = unique[next];
    if (event === undefined) break;
    const post = `${plan.pageId}_${(next % 40) + 1}`;
    const signed = signedPageCommentDelivery({
      pageId: plan.pageId, postId: post, commentId: `${post}_${prefix}${next}`,
      from: { id: event.author.networkId.replace(/\D/g, '') || '1', name: event.author.displayName }, message: event.text,
      createdTime: Math.floor(event.sentAt / 1000),
    }, plan.appSecret);
    deliveries.push({ commentId: `${post}_${prefix}${next}`, body: signed.rawBody, headers: signed.headers as Record<string, string> });
    next += 1;
  }
  return { deliveries, redeliveries };
}

function post(agent: Agent, url: URL, delivery: Delivery): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers: { ...delivery.headers, 'content-length': String(delivery.body.length) } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(delivery.body);
  });
}

/** Sends every delivery over `connections` keep-alive connections, each one request at a time. */
async function sendAll(plan: SenderPlan, deliveries: readonly Delivery[], onProgress?: (done: number) => void) {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const url = new URL(plan.url);
  const ackMs: number[] = new Array<number>(deliveries.length).fill(Number.NaN);
  const acknowledgedIds = new Set<string>();
  let failed = 0;
  let cursor = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    for (;;) {
      const index = cursor++;
      const delivery = deliveries[index];
      if (delivery === undefined) return;
      const started = performance.now();
      const status = await post(agent, url, delivery).catch(() => 0);
      if (status >= 200 && status < 300) { ackMs[index] = performance.now() - started; acknowledgedIds.add(delivery.commentId); } else failed += 1;
      done += 1;
      if (done % 500 === 0) onProgress?.(done);
    }
  };
  const startedAt = Date.now();
  const started = performance.now();
  await Promise.all(Array.from({ length: plan.connections }, lane));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ackMs: ackMs.filter((ms) => !Number.isNaN(ms)), acknowledgedIds, failed, seconds, startedAt };
}

export async function runSender(plan: SenderPlan, onProgress: (done: number, total: number) => void = () => undefined): Promise<SenderResult> {
  const warmUp = plannedDeliveries({ ...plan, events: plan.warmUp }, 'w').deliveries;
  await sendAll(plan, warmUp);
  const { deliveries, redeliveries } = plannedDeliveries(plan);
  const sent = await sendAll(plan, deliveries, (done) => onProgress(done, deliveries.length));
  return {
    acknowledged: sent.ackMs.length, failed: sent.failed, redeliveries,
    commentIds: [...sent.acknowledgedIds], seconds: sent.seconds, startedAt: sent.startedAt, ackMs: sent.ackMs,
  };
}

// Forked: the plan arrives over IPC, progress and the result go back the same way.
if (process.send !== undefined) {
  process.once('message', (plan: SenderPlan) => {
    const send = (message: SenderMessage): void => { process.send?.(message); };
    void runSender(plan, (done, total) => send({ kind: 'progress', done, total })).then(
      (result) => process.send?.({ kind: 'result', result } satisfies SenderMessage, () => process.exit(0)),
      (error: unknown) => { process.stderr.write(`webhook sender: ${error instanceof Error ? error.message : String(error)}\n`); process.exit(1); },
    );
  });
}
