// A loopback callback URL for the Meta fake's deliveries. It answers the subscription handshake with the
// connector (so the handshake itself is exercised) and keeps each POST exactly as received (headers
// lower-cased by node, raw body bytes), as the webhook route would hand it to the connector.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelConnector, WebhookRequest } from '../../../channels/types.js';

export interface WebhookReceiver {
  url: string;
  take(): WebhookRequest[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(connector: () => ChannelConnector): Promise<WebhookReceiver> {
  let received: WebhookRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
      const webhook: WebhookRequest = { method: request.method === 'GET' ? 'GET' : 'POST', headers, query: Object.fromEntries(url.searchParams), rawBody: Buffer.concat(chunks) };
      if (webhook.method === 'GET') {
        const outcome = connector().handleWebhook?.(webhook);
        if (outcome?.kind === 'handshake') {
          response.writeHead(200, { 'content-type': outcome.contentType }).end(outcome.body);
        } else response.writeHead(outcome?.kind === 'refused' ? outcome.status : 400).end();
        return;
      }
      received.push(webhook);
      response.writeHead(200).end('EVENT_RECEIVED');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    take: () => {
      const taken = received;
      received = [];
      return taken;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
