// A TCP proxy on loopback between Sapa and a shared server (PostgreSQL, Redis) that tests cannot
// stop: `cut` makes the server unreachable (open connections reset, new ones refused at once, as
// when the server is down), `restore` lets connections through again, and `dropConnections`
// resets every open connection while staying reachable, as a server restart does.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  cut(): void;
  restore(): void;
  dropConnections(): void;
  /** Connections accepted so far (to tell that a client reconnected). */
  accepted(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let down = false;
  let acceptedCount = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    acceptedCount += 1;
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const dropConnections = (): void => {
    for (const socket of open) socket.resetAndDestroy();
    open.clear();
  };
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    cut: () => { down = true; dropConnections(); },
    restore: () => { down = false; },
    dropConnections,
    accepted: () => acceptedCount,
    close: () => {
      dropConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
