/**
 * Stand-ins for Google Meet, Zoom and Teams, offline: one local HTTPS server
 * (self-signed certificate in fixtures/, test-only) and Chromium switches
 * that send the real host names to it. The tab's URL stays
 * `https://meet.google.com/…`, so the extension sees what it would see on the
 * real sites; nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

export const callHosts = ['meet.google.com', 'app.zoom.us', 'teams.microsoft.com', 'teams.live.com'] as const;

export interface CallSites {
  /** Chromium switches for `launch({ args })`. */
  args: string[];
  /** The local HTTPS port the call hosts are sent to. */
  port: number;
  /** URLs served so far, to check what was asked for. */
  requests: string[];
  close(): Promise<void>;
}

export async function startCallSites(): Promise<CallSites> {
  const requests: string[] = [];
  const server: Server = createServer(
    {
      key: readFileSync(new URL('./fixtures/call-sites.key', import.meta.url)),
      cert: readFileSync(new URL('./fixtures/call-sites.crt', import.meta.url)),
    },
    (request, response) => {
      requests.push(`https://${request.headers.host}${request.url}`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Stand-in call</title><h1>Stand-in for ${request.headers.host}</h1>`);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    args: [
      `--host-resolver-rules=${callHosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
      // The certificate is self-signed; this profile is thrown away after the test.
      '--ignore-certificate-errors',
    ],
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
