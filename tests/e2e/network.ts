/**
 * Three independent records of the network, for tests that claim nothing
 * leaves the browser (tests/e2e/network.e2e.ts says why three).
 *
 * - `recordTargets`: a raw DevTools connection of our own (the harness launched
 *   with `--remote-debugging-port=0`) that auto-attaches to every target the
 *   browser has or starts (pages, the side panel, service workers, and,
 *   through each page, its workers and frames), a new one paused at start so
 *   that `Network.enable` comes before its first request, and records every
 *   request with the target that made it.
 * - `readNetLog`: Chromium's own net-log (`--log-net-log`), read after the
 *   browser closed: everything the network stack did, whichever process asked.
 * - `startWitness`: a local HTTP server that notes every request it gets.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface TargetRequest {
  /** The CDP target type that made it: `page`, `service_worker`, `worker`, `iframe`… */
  type: string;
  /** The target's URL when it made the request (a page's document, the worker's script). */
  target: string;
  url: string;
}

export interface TargetRecorder {
  requests: TargetRequest[];
  /** Every target attached, with whether `Network.enable` was accepted there. */
  targets: { type: string; url: string; network: boolean }[];
  close(): void;
}

const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  error?: { message: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function recordTargets(userDataDir: string): Promise<TargetRecorder> {
  const [port, browserPath] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const socket = new WebSocket(`ws://127.0.0.1:${port}${browserPath}`);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`no DevTools connection on port ${port}`));
  });

  let lastId = 0;
  const pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
  const send = (method: string, params: object, sessionId?: string) =>
    new Promise<void>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  const recorder: TargetRecorder = { requests: [], targets: [], close: () => socket.close() };
  const targets = new Map<string, TargetRecorder['targets'][number]>();
  const sessions = new Map<string, string>();
  // A target can be attached more than once (the service worker through the browser and through each of
  // its pages): a request is counted once, by target, request id and URL (a redirect keeps the id).
  const counted = new Set<string>();

  async function attached(sessionId: string, info: TargetInfo): Promise<void> {
    sessions.set(sessionId, info.targetId);
    let target = targets.get(info.targetId);
    if (!target) {
      target = { type: info.type, url: info.url, network: false };
      targets.set(info.targetId, target);
      recorder.targets.push(target);
    }
    // Not every target type has the Network domain; the test asserts the ones it claims were recorded.
    const enabled = await send('Network.enable', {}, sessionId).then(
      () => true,
      () => false,
    );
    if (enabled) target.network = true;
    await send('Target.setAutoAttach', AUTO_ATTACH, sessionId).catch(() => undefined);
    // Always let it run, or the page or worker would wait for us for ever.
    await send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
  }

  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve();
      return;
    }
    const params = message.params ?? {};
    if (message.method === 'Target.attachedToTarget') {
      void attached(params.sessionId as string, params.targetInfo as TargetInfo);
    } else if (message.method === 'Target.targetInfoChanged') {
      // A page attached at about:blank, or the side panel attached before its URL is set, says where it is.
      const info = params.targetInfo as TargetInfo;
      const target = targets.get(info.targetId);
      if (target) target.url = info.url;
    } else if (message.method === 'Network.requestWillBeSent' || message.method === 'Network.webSocketCreated') {
      const id = sessions.get(message.sessionId ?? '') ?? '?';
      const target = targets.get(id);
      const url = message.method === 'Network.webSocketCreated' ? String(params.url) : (params.request as { url: string }).url;
      const key = `${id} ${String(params.requestId)} ${url}`;
      if (counted.has(key)) return;
      counted.add(key);
      recorder.requests.push({ type: target?.type ?? '?', target: target?.url ?? '?', url });
    }
  };

  await send('Target.setDiscoverTargets', { discover: true });
  // Existing targets are attached at once, new ones paused until `attached` has enabled Network.
  // Chromium's own UI (the omnibox popup and such, `browser_ui`) is left out: it is not the extension's.
  await send('Target.setAutoAttach', {
    ...AUTO_ATTACH,
    filter: [{ type: 'browser', exclude: true }, { type: 'tab', exclude: true }, { type: 'browser_ui', exclude: true }, {}],
  });
  return recorder;
}

export interface NetLogRequest {
  url: string;
  /** The origin that asked for it, or "not an origin" for the browser's own requests. */
  initiator: string;
}

/**
 * Chromium's net-log, read after the browser has closed (it writes the end of
 * the file then). Gives every URL request with its initiator, and the whole
 * text, in which a host that the network stack resolved, connected to or
 * requested appears by name.
 */
export function readNetLog(file: string): { requests: NetLogRequest[]; text: string } {
  const text = readFileSync(file, 'utf8');
  // A browser that did not close cleanly leaves the events array open: close it.
  let log: { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: Record<string, unknown> }[] };
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/[,\s]*$/, '')}]}`);
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const requests = log.events
    .filter((e) => e.type === startJob && typeof e.params?.url === 'string')
    .map((e) => ({ url: e.params?.url as string, initiator: String(e.params?.initiator ?? '') }));
  return { requests, text };
}

export interface Witness {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The path of every request that reached it, in order. */
  paths: string[];
  close(): Promise<void>;
}

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * A local HTTP server that keeps the path of every request it gets: a witness
 * outside the browser. It answers with a 1×1 GIF, so an image that reaches it
 * loads without an error.
 */
export async function startWitness(): Promise<Witness> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    res.end(PIXEL);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
