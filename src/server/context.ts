import type { ConnectorRegistry } from '../channels/registry.js';
import type { SapaConfig } from '../config.js';
import type { JobQueue } from '../jobs/queue.js';
import type { BlobStore } from '../media/blob-store.js';
import type { EventBus } from '../realtime/bus.js';
import type { Store } from '../store/database.js';

/** What a route needs from the running process; built once at start and in each test. */
export interface AppContext {
  store: Store;
  queue: JobQueue;
  events: EventBus;
  /** Builds each channel's connector (connect, test, webhooks). */
  connectors: ConnectorRegistry;
  /** Where images live (the CSV import stores downloaded images here); absent in tests that need none. */
  blobs?: BlobStore;
  config: Pick<SapaConfig, 'secretKey' | 'trustProxy' | 'publicUrl'> & Partial<Pick<SapaConfig, 'metricsToken'>> & {
    /** Served over https (SAPA_PUBLIC_URL): cookies are Secure and browsers get HSTS. */
    secureCookies: boolean;
  };
}

/** The HTTP settings of the app from the process configuration. */
export function appConfigFrom(config: SapaConfig): AppContext['config'] {
  return { secretKey: config.secretKey, trustProxy: config.trustProxy, publicUrl: config.publicUrl, metricsToken: config.metricsToken, secureCookies: config.publicUrl?.protocol === 'https:' };
}
