// What every part of the Bluesky connector shares: the Agent (over the app-password session),
// the brand's DID, and where links point.
import { Agent } from '@atproto/api';
import { toChannelError } from './errors.js';
import type { AppPasswordSession } from './session.js';

export class BlueskyClient {
  readonly agent: Agent;

  constructor(readonly session: AppPasswordSession, readonly webBase: string) {
    this.agent = new Agent(session);
  }

  /** The brand's DID (logs in on first use). */
  async brandDid(): Promise<string> {
    return (await this.session.current()).did;
  }

  /** Runs a read, turning failures into ChannelErrors. */
  async read<T>(action: string, run: (agent: Agent) => Promise<T>): Promise<T> {
    try {
      return await run(this.agent);
    } catch (error) {
      throw toChannelError(error, { write: false, action });
    }
  }

  /** Runs a write: a failure after the request may have been sent is UNKNOWN_OUTCOME. */
  async write<T>(action: string, run: (agent: Agent) => Promise<T>): Promise<T> {
    try {
      return await run(this.agent);
    } catch (error) {
      throw toChannelError(error, { write: true, action });
    }
  }
}
