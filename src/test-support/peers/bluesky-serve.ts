// Child process behind ./bluesky.ts (run with `node --import tsx`): starts @atproto/dev-env's
// TestNetwork (PLC, PDS, AppView, Ozone) and prints one JSON line with its URLs once ready.
// Env: DB_POSTGRES_URL, REDIS_HOST, DB_POSTGRES_SCHEMA ([A-Za-z_] only), TMPDIR (the PDS leaves
// its SQLite files and blobs there). Stops on SIGTERM/SIGINT. A stdin line "processAll <id>"
// waits until the AppView has indexed everything the PDS wrote, then prints {"processed": id}.
import net from 'node:net';
import readline from 'node:readline';

// dev-env's servers call listen(port) with no host, which binds every interface; pin each
// listener to 127.0.0.1 before any of them is created, so the peer stays on loopback.
const { listen } = net.Server.prototype as unknown as { listen: (this: net.Server, ...args: unknown[]) => net.Server };
net.Server.prototype.listen = function listenOnLoopback(this: net.Server, ...args: unknown[]): net.Server {
  const first = args[0];
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  } else if (first !== null && typeof first === 'object') {
    const options = first as net.ListenOptions & { fd?: unknown; _handle?: unknown };
    if (options.path === undefined && options.fd === undefined && options._handle === undefined && options.host === undefined) args[0] = { ...options, host: '127.0.0.1' };
  }
  return listen.apply(this, args);
} as typeof net.Server.prototype.listen;

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  const { TestNetwork } = await import('@atproto/dev-env');
  const schema = process.env.DB_POSTGRES_SCHEMA;
  const network = await TestNetwork.create(schema === undefined ? {} : { dbPostgresSchema: schema });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void network.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const [command, id] = line.trim().split(/\s+/);
    if (command !== 'processAll') return;
    network.processAll().then(() => print({ processed: id }), (error: unknown) => print({ processed: id, error: String(error) }));
  });
  print({ ready: true, pds: network.pds.url, appview: network.bsky.url, plc: network.plc.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
