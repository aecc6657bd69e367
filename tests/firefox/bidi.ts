/**
 * Just enough WebDriver BiDi to drive Debian's Firefox ESR headless with the
 * built Firefox add-on: Firefox speaks BiDi natively, so no browser download
 * and no driver binary are needed (playwright-core only drives its own Firefox build).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * An HTTP proxy that tunnels every HTTPS connection to the local call
 * stand-ins: Firefox's way of sending meet.google.com & co. to 127.0.0.1
 * (Chromium's --host-resolver-rules has no Firefox switch).
 */
export async function startTunnel(targetPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (_request, client: Socket, head: Buffer) => {
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Firefox {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Starts Firefox headless in a fresh profile; `prefs` go into its user.js. */
export async function startFirefox(prefs: Record<string, string | number | boolean> = {}): Promise<Firefox> {
  const executable = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const profile = mkdtempSync(path.join(tmpdir(), 'ri-firefox-'));
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless',
      '--remote-allow-system-access',
      '--remote-debugging-port=0',
      '--profile',
      profile,
      '--no-remote',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const cleanup = () => {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi in 60 s:\n${err}`)), 60_000);
      child.on('error', (e) =>
        reject(new Error(`Cannot start ${executable} (apt-get install firefox-esr, or set FIREFOX_PATH): ${e.message}`)),
      );
      child.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(err);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
  } catch (error) {
    cleanup();
    throw error;
  }

  const socket = new WebSocket(`${url}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error('BiDi connection failed')), { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      type: string;
      result?: never;
      error?: string;
      message?: string;
    };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'success') waiter?.resolve(message.result as never);
    else waiter?.reject(new Error(`${message.error}: ${message.message}`));
  });

  const firefox: Firefox = {
    send(method, params = {}) {
      nextId += 1;
      const id = nextId;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve: resolve as (v: never) => void, reject }));
    },
    async close() {
      await firefox.send('browser.close').catch(() => undefined);
      socket.close();
      cleanup();
    },
  };
  // The call stand-ins use a self-signed certificate (tests/e2e/fixtures); this profile is thrown away.
  await firefox.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  return firefox;
}
