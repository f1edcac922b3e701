// The connect-form fields every Meta network asks for: where the Graph API is, the token, and the two
// webhook secrets (the app secret signs deliveries; the verify token answers the subscription handshake).
import type { ConnectField } from '../definition.js';
import { DEFAULT_GRAPH_API_BASE } from './graph-client.js';

export function metaCredentialFields(tokenOf: string): ConnectField[] {
  return [
    { key: 'accessToken', secret: true, label: { id: `Token akses ${tokenOf}`, en: `${tokenOf} access token` } },
    { key: 'appSecret', secret: true, label: { id: 'App secret Meta', en: 'Meta app secret' }, help: { id: 'Untuk memeriksa tanda tangan webhook (X-Hub-Signature-256).', en: 'Checks webhook signatures (X-Hub-Signature-256).' } },
    { key: 'verifyToken', secret: true, label: { id: 'Verify token webhook', en: 'Webhook verify token' }, help: { id: 'Nilai yang sama dengan yang diisi di dasbor aplikasi Meta.', en: 'The same value you entered in the Meta app dashboard.' } },
    { key: 'apiBase', secret: false, optional: true, label: { id: 'Alamat Graph API', en: 'Graph API base' }, help: { id: `Bawaan: ${DEFAULT_GRAPH_API_BASE}`, en: `Default: ${DEFAULT_GRAPH_API_BASE}` } },
  ];
}

/** The secrets a Meta connector needs, read from decrypted credentials (missing ones are empty: nothing verifies). */
export function metaSecretsOf(credentials: Readonly<Record<string, string>>): { accessToken: string; appSecret: string; verifyToken: string } {
  return { accessToken: credentials.accessToken ?? '', appSecret: credentials.appSecret ?? '', verifyToken: credentials.verifyToken ?? '' };
}
