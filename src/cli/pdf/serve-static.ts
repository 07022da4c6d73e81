/**
 * A minimal static server for the built site (dist/), the way a static host serves it: used by
 * `uc-runbook runbook`, the browser tests and the benchmark (scripts/serve-dist.ts). Only files
 * under the root are served; a folder's index.html answers for it, and a path without its slash is
 * redirected to it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` (0: any free port). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = root.endsWith(sep) ? root : `${root}${sep}`;
  const resolve = async (urlPath: string): Promise<string | null> => {
    const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
    for (const candidate of [join(base, path), join(base, path, 'index.html')]) {
      if (!candidate.startsWith(base)) return null;
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) return candidate;
    }
    return null;
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file: string | null;
    try {
      file = await resolve(url.pathname);
    } catch {
      file = null; // a malformed %-escape
    }
    if (
      file === null &&
      !url.pathname.endsWith('/') &&
      !extname(url.pathname) &&
      (await resolve(`${url.pathname}/`).catch(() => null))
    ) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const target = file ?? join(base, '404.html');
    response.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
    });
    createReadStream(target)
      .on('error', () => response.end())
      .pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
