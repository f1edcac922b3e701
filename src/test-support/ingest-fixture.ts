// A test database with one workspace and channel, ingest dependencies with the keyword
// analyser, and the live events the workspace published: the setup every ingest suite shares.
import type { IngestDeps } from '../domain/ingest.js';
import { LocalEventBus, type LiveEvent } from '../realtime/bus.js';
import type { ChannelRow } from '../store/schema.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases.js';
import { createWorkspaceWithChannel, keywordUnderstanding } from './factories.js';

export interface IngestFixture {
  database: TestDatabase;
  deps: IngestDeps;
  channel: ChannelRow;
  workspaceId: string;
  published: LiveEvent[];
}

export async function createIngestFixture(kind: DatabaseKind, now?: () => number): Promise<IngestFixture> {
  const database = await createTestDatabase(kind);
  const events = new LocalEventBus();
  const { workspaceId, channel } = await createWorkspaceWithChannel(database.store.db);
  const published: LiveEvent[] = [];
  events.subscribe(workspaceId, (event) => published.push(event));
  const deps: IngestDeps = { db: database.store.db, events, understand: keywordUnderstanding, ...(now === undefined ? {} : { now }) };
  return { database, deps, channel, workspaceId, published };
}
