// The live demo workspace: a simulated Facebook Page, Instagram, X and Bluesky account for
// the demo brand, a week of history ingested through the real pipeline, and a known owner
// account, so the first screen a newcomer sees is alive.
import { generateHistoryIn } from '../channels/simulator/history.js';
import { GLOWRIA, SIMULATED_NETWORKS, type SimulatedNetworkName } from '../channels/simulator/brand.js';
import { createUser } from '../domain/accounts.js';
import { forgetContacts } from '../domain/contact-cache.js';
import { ingestEvent } from '../domain/ingest.js';
import { recordSentReply } from '../domain/replies.js';
import { understandMessage } from '../domain/understand.js';
import type { Runtime } from '../runtime.js';
import { seedDemoContent } from './content.js';
import { seedInsightsHistory } from './insights-history.js';
import { insertChannel, noteChannelReceived } from '../store/repositories/channels.js';
import { forgetDemoListening, seedDemoListening } from './listening.js';
import { findUserByEmail } from '../store/repositories/users.js';
import { deleteWorkspace, findWorkspace, insertWorkspace, upsertMembership } from '../store/repositories/workspaces.js';
import type { ChannelRow } from '../store/schema.js';

export const demoWorkspaceId = 'demo';
/** Printed at every start: the demo only listens on localhost unless the operator changes SAPA_HOST. */
export const demoOwner = { email: 'demo@sapa.local', password: 'sapa-demo', name: 'Dewi (demo owner)' } as const;
export const demoOfficer = { email: 'officer@sapa.local', password: 'sapa-demo', name: 'Rizky (officer)' } as const;

export type ProgressCallback = (done: number, total: number) => void;

export interface DemoSummary {
  workspaceId: string;
  conversations: number;
  messages: number;
}

async function ensureDemoUsers(runtime: Runtime): Promise<void> {
  const { db } = runtime.store;
  for (const [person, role] of [[demoOwner, 'owner'], [demoOfficer, 'officer']] as const) {
    const existing = await findUserByEmail(db, person.email);
    if (existing === undefined) await createUser(db, { ...person, workspaceId: demoWorkspaceId, role });
    else await upsertMembership(db, demoWorkspaceId, existing.id, role);
  }
}

async function createDemoChannels(runtime: Runtime): Promise<Map<SimulatedNetworkName, ChannelRow>> {
  const channels = new Map<SimulatedNetworkName, ChannelRow>();
  for (const network of SIMULATED_NETWORKS) {
    const account = GLOWRIA.accounts[network];
    channels.set(network, await insertChannel(runtime.store.db, { workspaceId: demoWorkspaceId, network, handle: account.handle, displayName: account.displayName, simulated: true }));
  }
  return channels;
}

/** The demo team that answers: the officer most of the time, the owner now and then. */
interface DemoTeam { ownerId: string; officerId: string }

async function seedHistory(runtime: Runtime, channels: Map<SimulatedNetworkName, ChannelRow>, team: DemoTeam | null, onProgress: ProgressCallback): Promise<DemoSummary> {
  const { db } = runtime.store;
  // The history runs in the same simulated worlds the live feed and the reply worker use, so
  // live comments continue under the seeded posts and seeded threads can get follow-ups.
  const worlds = [...channels.values()].map((channel) => runtime.connectors.worldFor(channel));
  // A team that works its inbox: nearly every older question was answered; the last hours are still open.
  const history = generateHistoryIn(worlds, { now: Date.now(), seed: 'sapa-demo', days: 7, messagesPerDay: 120, answeredShare: 0.97 });
  const deps = { db, events: runtime.events, understand: understandMessage };
  let messages = 0;
  const conversations = new Set<string>();
  // Settings → Channels says when each channel last heard from a follower; the history counts.
  const lastReceived = new Map<string, number>();
  for (const [index, item] of history.events.entries()) {
    const channel = channels.get(item.network);
    if (channel === undefined) continue;
    const outcome = await ingestEvent(deps, channel, item.event);
    if (outcome.status === 'stored') {
      messages += 1;
      lastReceived.set(channel.id, Math.max(lastReceived.get(channel.id) ?? 0, item.event.sentAt));
      conversations.add(outcome.conversationId);
      if (item.reply !== undefined) {
        await recordSentReply(db, null, {
          workspaceId: demoWorkspaceId, conversationId: outcome.conversationId, text: item.reply.text,
          // Insights → "By officer" has someone to show: one reply in four is the owner's.
          userId: team === null ? null : index % 4 === 0 ? team.ownerId : team.officerId,
          networkMessageId: item.reply.networkMessageId, sentAt: item.reply.sentAt, inReplyToNetworkId: item.event.networkMessageId,
          // Some answers to questions are marked good, as officers do, so suggestions have past replies too.
          markedGood: item.category !== undefined && item.category.endsWith('_question') && index % 3 === 0,
        });
        messages += 1;
      }
    }
    if (index % 50 === 0 || index === history.events.length - 1) onProgress(index + 1, history.events.length);
  }
  for (const [channelId, at] of lastReceived) await noteChannelReceived(db, channelId, at);
  return { workspaceId: demoWorkspaceId, conversations: conversations.size, messages };
}

/** Creates the demo workspace on first start. Returns true when it created it. */
export async function ensureDemoWorkspace(runtime: Runtime, onProgress: ProgressCallback): Promise<boolean> {
  if ((await findWorkspace(runtime.store.db, demoWorkspaceId)) !== undefined) {
    await ensureDemoUsers(runtime);
    return false;
  }
  await seedDemoWorkspace(runtime, onProgress);
  return true;
}

async function seedDemoWorkspace(runtime: Runtime, onProgress: ProgressCallback): Promise<DemoSummary> {
  await insertWorkspace(runtime.store.db, { id: demoWorkspaceId, name: GLOWRIA.name, timezone: 'Asia/Jakarta', locale: 'id' });
  await ensureDemoUsers(runtime);
  await seedDemoContent(runtime, demoWorkspaceId);
  const channels = await createDemoChannels(runtime);
  await seedDemoListening(runtime.store.db, demoWorkspaceId, channels);
  const [owner, officer] = [await findUserByEmail(runtime.store.db, demoOwner.email), await findUserByEmail(runtime.store.db, demoOfficer.email)];
  const team = owner !== undefined && officer !== undefined ? { ownerId: owner.id, officerId: officer.id } : null;
  const summary = await seedHistory(runtime, channels, team, onProgress);
  if (team !== null) await seedInsightsHistory(runtime, demoWorkspaceId, channels, team);
  return summary;
}

/** `sapa demo reset`: the demo workspace and everything in it is deleted and seeded again. */
export async function resetDemoWorkspace(runtime: Runtime, onProgress: ProgressCallback): Promise<DemoSummary> {
  // Foreign keys cascade from the workspace to its channels, conversations and messages.
  await deleteWorkspace(runtime.store.db, demoWorkspaceId);
  await forgetDemoListening(runtime.store.db, demoWorkspaceId);
  forgetContacts();
  return seedDemoWorkspace(runtime, onProgress);
}
