/**
 * Serves the built site (`dist/`, or the folder given as first argument) the way a production static
 * server would: under the base path it was built with (or `BASE_PATH`), with the strict Content-Security-Policy on every
 * response, `404.html` for unknown paths, and a redirect to add the trailing slash of directory URLs.
 * Used by `npm run preview` and by the browser tests.
 *
 *   node scripts/serve.ts [dir] [--port 4321]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from '../src/hosting/content-security-policy.ts';
import { normalizeBase } from '../src/utils/paths.ts';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env['PORT'] ?? 4321);
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== portFlag + 1) ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

/** The base the site was built with, read from its root page's icon link, unless BASE_PATH says otherwise. */
function builtBase(): string {
  const icon = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'));
  return normalizeBase(process.env['BASE_PATH'] ?? icon?.[1]);
}

const base = builtBase();

// dev: true looks files up on each request, so a rebuild shows without restarting the server.
const files = sirv(dir, { dev: true, etag: true, dotfiles: false });
const notFoundPage = join(dir, '404.html');

const server = createServer((request, response) => {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  const url = new URL(request.url ?? '/', 'http://localhost');
  const notFound = () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  };
  if (`${url.pathname}/` === base) {
    response.writeHead(301, { Location: base + url.search });
    response.end();
    return;
  }
  if (!url.pathname.startsWith(base)) return notFound();
  const path = `/${url.pathname.slice(base.length)}`;
  const onDisk = join(dir, decodeURIComponent(path));
  if (!path.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    response.end();
    return;
  }
  request.url = path + url.search;
  files(request, response, notFound);
});

server.listen(port, () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
