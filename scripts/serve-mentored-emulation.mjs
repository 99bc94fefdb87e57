#!/usr/bin/env node
/**
 * Serves the MSW emulation of the MentorEd API (dist/mocks: createMentorEdDb + createMentorEdHandlers)
 * on a local HTTP port, so that a real client over the network (`npm run mentored:check`, curl, an app)
 * can talk to it. Needs `npm run build` first.
 *
 *   node scripts/serve-mentored-emulation.mjs [--port 8787] [--seed 1] [--no-request-type]
 *        [--no-bearer] [--header-name x-auth-token]
 *
 * As a module: `const { url, db, close } = await serveMentoredEmulation({ port: 0, dbOptions, handlerOptions })`.
 * `dbOptions` go to createMentorEdDb and `handlerOptions` to createMentorEdHandlers untouched (e.g.
 * `listRequestType`, `bearer`, `tokenHeader`, `requiredHeaders`, `tokens`); `baseUrl` and `db` are set here.
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { createMentorEdDb, createMentorEdHandlers } from '../dist/mocks/index.js';

/** What upstream answers for a path no route matches (src/routes/index.js, the 404 fallback). */
const NOT_FOUND = JSON.stringify({
  responseCode: 'RESOURCE_ERROR',
  message: 'Requested resource not found!',
});

export async function serveMentoredEmulation({
  port = 0,
  host = '127.0.0.1',
  dbOptions = {},
  handlerOptions = {},
  db = createMentorEdDb(dbOptions),
} = {}) {
  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const origin = `http://${host}:${server.address().port}`;
  const url = `${origin}/mentoring/v1`;
  const handlers = createMentorEdHandlers({ ...handlerOptions, baseUrl: url, db });

  server.on('request', async (req, res) => {
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
      const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET') && chunks.length > 0;
      const request = new Request(new URL(req.url ?? '/', origin), {
        method: req.method,
        headers,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(NOT_FOUND);
        return;
      }
      // HttpResponse.error() (the 'network' fault, `db.offline`): drop the connection.
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      const out = {};
      response.headers.forEach((value, key) => (out[key] = value));
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ responseCode: 'SERVER_ERROR', message: String(error?.message ?? error) }));
    }
  });

  return {
    url,
    db,
    handlers,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      seed: { type: 'string', default: '1' },
      'no-request-type': { type: 'boolean', default: false },
      'no-bearer': { type: 'boolean', default: false },
      'header-name': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: node scripts/serve-mentored-emulation.mjs [--port 8787] [--seed 1] [--no-request-type] [--no-bearer] [--header-name <name>]',
    );
    return;
  }
  const handlerOptions = {};
  if (values['no-bearer']) handlerOptions.bearer = false;
  if (values['header-name']) handlerOptions.tokenHeader = values['header-name'];
  const dbOptions = { seed: Number(values.seed) };
  if (values['no-request-type']) dbOptions.listRequestType = false;
  const served = await serveMentoredEmulation({ port: Number(values.port), dbOptions, handlerOptions });
  const header = values['header-name'] ?? 'x-auth-token';
  console.log(`MentorEd emulation at ${served.url}`);
  console.log(
    `any non-empty token is user ${served.db.me}; send ${header}: ${values['no-bearer'] ? '<token>' : 'bearer <token>'}`,
  );
  console.log('pending received counts:', JSON.stringify(served.db.pendingReceivedCounts()));
  const stop = () => served.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
