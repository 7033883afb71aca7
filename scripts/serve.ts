/**
 * Serves the built site (`dist/`, or the folder given as first argument) the way a production static
 * server would: under the base path it was built with (or `BASE_PATH`), with the headers of the hosting
 * policy on every response (the strict Content-Security-Policy, nosniff, Referrer-Policy, caching by file
 * kind), `404.html` for unknown paths, and a redirect to add the trailing slash of directory URLs.
 * A bad request (malformed percent-encoding, `..`, a path too long for the file system, a method other
 * than GET, HEAD or OPTIONS) gets an error status; nothing a client sends stops the server.
 * Used by `npm run preview` and by the browser tests.
 *
 *   node scripts/serve.ts [dir] [--port 4321]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { cacheControlOf, hostingPolicy, SERVER_FILES } from '../src/hosting/hosting-policy.ts';
import { builtBase } from './built-site.ts';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env['PORT'] ?? 4321));
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== portFlag + 1) ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

const base = builtBase(dir);

// dev: true looks files up on each request, so a rebuild shows without restarting the server.
const files = sirv(dir, { dev: true, etag: true, dotfiles: false });
const notFoundPage = join(dir, '404.html');

const { headers } = hostingPolicy(base, []);
const ALLOWED = 'GET, HEAD, OPTIONS';

/** The file a site path names, or undefined when it is malformed or leaves the site's folder. */
function fileOf(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const onDisk = resolve(join(dir, decoded));
  return onDisk === dir || onDisk.startsWith(dir + sep) ? onDisk : undefined;
}

/** Whether a file exists and is a folder, false for any path the file system refuses (too long...). */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  for (const header of headers) response.setHeader(header.name, header.value);
  const fail = (status: number, text: string) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end(request.method === 'HEAD' ? undefined : text);
  };
  const notFound = () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', cacheControlOf('404.html'));
    response.end(
      request.method === 'HEAD' ? undefined : existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found',
    );
  };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { Allow: ALLOWED });
    response.end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', ALLOWED);
    return fail(405, 'Method not allowed');
  }
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return fail(400, 'Bad request');
  }
  if (`${url.pathname}/` === base) {
    response.writeHead(301, { Location: base + url.search });
    response.end();
    return;
  }
  if (!url.pathname.startsWith(base)) return notFound();
  const path = `/${url.pathname.slice(base.length)}`;
  const onDisk = fileOf(path);
  if (!onDisk) return fail(400, 'Bad request');
  // The server files are read by servers, never served (as IIS never serves web.config).
  if ((SERVER_FILES as readonly string[]).some((name) => path === `/${name}`)) return notFound();
  if (!path.endsWith('/') && isDirectory(onDisk)) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    response.end();
    return;
  }
  response.setHeader('Cache-Control', cacheControlOf(path.endsWith('/') ? `${path}index.html` : path));
  request.url = path + url.search;
  files(request, response, notFound);
}

const server = createServer((request, response) => {
  try {
    handle(request, response);
  } catch (error) {
    console.error(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) {
      response.statusCode = 500;
      response.end('Internal error');
    } else response.destroy();
  }
});

server.listen(port, () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
