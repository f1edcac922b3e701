// What the multi-process tests share: a workspace with a manager in the test's own database, and
// a Facebook Page channel connected through a running api process to the Graph API fake (so its
// credentials are encrypted with the cluster's key), subscribed to that process's webhook.
import { createUser } from '../domain/accounts.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { Store } from '../store/database.js';
import { MetaFake } from './fakes/meta/graph-fake.js';
import { callJson, signInOverHttp, type HttpSession } from './http-session.js';

export const clusterPage = { id: '204958162837', name: 'Glowria Skincare', username: 'glowria' };
export const clusterPageSecrets = { accessToken: 'EAAG-cluster-token', appSecret: 'cluster-app-secret', verifyToken: 'cluster-verify' };
const manager = { email: 'manager@cluster.local', password: 'correct horse battery' };

export async function seedClusterWorkspace(store: Store): Promise<string> {
  const workspace = await insertWorkspace(store.db, { name: 'Cluster Brand' });
  await createUser(store.db, { ...manager, name: 'Manager', workspaceId: workspace.id, role: 'manager' });
  return workspace.id;
}

export function startPageFake(): Promise<MetaFake> {
  return MetaFake.start({ ...clusterPageSecrets, page: clusterPage });
}

export interface ConnectedPage {
  session: HttpSession;
  channelId: string;
  webhookUrl: string;
}

/** Signs the manager in at `apiBaseUrl`, connects the fake's Page there and subscribes its webhook. */
export async function connectPage(apiBaseUrl: string, workspaceId: string, fake: MetaFake): Promise<ConnectedPage> {
  const session = await signInOverHttp(apiBaseUrl, manager.email, manager.password);
  const connected = await callJson<{ channel: { id: string } }>(session, 'POST', `${apiBaseUrl}/api/workspaces/${workspaceId}/channels`, {
    network: 'facebook', values: { pageId: clusterPage.id, apiBase: fake.apiBase, ...clusterPageSecrets },
  });
  if (connected.status !== 201) throw new Error(`connecting the page failed: ${connected.status} ${JSON.stringify(connected.body)}`);
  const webhookUrl = `${apiBaseUrl}/api/webhooks/${connected.body.channel.id}`;
  await fake.subscribe('page', webhookUrl, clusterPageSecrets.verifyToken);
  return { session, channelId: connected.body.channel.id, webhookUrl };
}
