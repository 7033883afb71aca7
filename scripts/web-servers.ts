/**
 * Real web servers for the tests: Apache httpd and nginx (Debian's packages), each started on a free
 * loopback port with a private configuration in a temporary folder, serving a copy of a built site under
 * its base path with exactly the server file the build shipped (`.htaccess`, `nginx.conf`), and stopped
 * after. Run as root (as on CI), their workers drop to `nobody`; the copy is readable by it.
 *
 * Reusable: `extraConfig` adds lines to the server's configuration (inside Apache's main configuration,
 * inside nginx's `server` block) and `modules` loads more Apache modules, e.g. for WebDAV folders.
 *
 * `dav` adds a WebDAV folder behind Basic auth, the team folder of issue 14 (Apache: mod_dav and mod_dav_fs,
 * PROPFIND included; nginx: its dav module, `create_full_put_path`, and the JSON autoindex for listing),
 * and `files` replaces files of the site's copy (e.g. `team.json`, edited after deployment as an admin
 * would). `halt` stops the server and `resume` starts it again on the same port, its folders kept.
 *
 *   const server = await startNginx({ site: 'dist-e2e', base: '/guides/runbook/' });
 *   ... fetch(`${server.url}fr/`) ...
 *   await server.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxServerLines } from '../src/hosting/nginx-conf.ts';
import { apacheTeamFolder, nginxTeamFolder } from '../src/hosting/team-folder.ts';

export type ServerKind = 'apache' | 'nginx';

export interface ServerOptions {
  /** The built site's folder (`dist-e2e`), copied as it is (its server files included). */
  readonly site: string;
  /** The base path the site was built for: `/guides/runbook/`. */
  readonly base: string;
  /** More configuration lines: Apache's main configuration, or nginx's `server` block. */
  readonly extraConfig?: readonly string[];
  /** More Apache modules to load, by name: `['dav', 'dav_fs']`. */
  readonly modules?: readonly string[];
  /** Files of the site's copy to replace, by path relative to it: `{ 'team.json': '{"folder": …}' }`. */
  readonly files?: Readonly<Record<string, string>>;
  /** A WebDAV folder at this URL path (`/guides/runbook-progress/`), for these Basic auth users (name → password). */
  readonly dav?: { readonly path: string; readonly users: Readonly<Record<string, string>> };
}

export interface RunningServer {
  readonly kind: ServerKind;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The site's address: origin and base path. */
  readonly url: string;
  /** The temporary folder: configuration, logs, and the site's copy in `site/`. */
  readonly dir: string;
  /** The WebDAV folder on disk (with `dav`). */
  readonly davDir: string;
  /** The server's error log so far. */
  errorLog(): string;
  /** Stops the server, keeping its folders, so that `resume` starts it again as it was. */
  halt(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const BINARIES: Record<ServerKind, readonly string[]> = {
  apache: ['/usr/sbin/apache2', '/usr/sbin/httpd'],
  nginx: ['/usr/sbin/nginx', '/usr/bin/nginx'],
};

/** The Debian package that brings each server. */
export const PACKAGES: Record<ServerKind, string> = { apache: 'apache2', nginx: 'nginx' };

export function findServer(kind: ServerKind): string | undefined {
  return BINARIES[kind].find((path) => existsSync(path));
}

const APACHE_MODULES = '/usr/lib/apache2/modules';

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** A port nobody listens on now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The temporary folder with a copy of the site, readable by the servers' unprivileged workers. */
function prepare(kind: ServerKind, options: ServerOptions): { dir: string; siteCopy: string } {
  const { site } = options;
  if (!existsSync(join(site, 'index.html'))) throw new Error(`No built site in ${site}: build it first.`);
  const dir = mkdtempSync(join(tmpdir(), `runbook-${kind}-`));
  chmodSync(dir, 0o755);
  const siteCopy = join(dir, 'site');
  cpSync(site, siteCopy, { recursive: true });
  for (const [path, text] of Object.entries(options.files ?? {})) writeFileSync(join(siteCopy, path), text);
  mkdirSync(join(dir, 'empty'));
  if (options.dav) {
    // Written by the servers' unprivileged workers.
    for (const folder of ['dav', 'davlock']) {
      mkdirSync(join(dir, folder));
      chmodSync(join(dir, folder), 0o777);
    }
    // {SHA} passwords: read by both Apache and nginx, made without apache2-utils (test accounts only).
    const sha = (password: string) => createHash('sha1').update(password).digest('base64');
    const lines = Object.entries(options.dav.users).map(([user, password]) => `${user}:{SHA}${sha(password)}`);
    writeFileSync(join(dir, 'htpasswd'), `${lines.join('\n')}\n`, { mode: 0o644 });
  }
  return { dir, siteCopy };
}

/** Apache's lines for the WebDAV folder, as README shows them (src/hosting/team-folder.ts). */
function apacheDav(dir: string, dav: NonNullable<ServerOptions['dav']>): string[] {
  return apacheTeamFolder({
    path: dav.path,
    directory: `${dir}/dav`,
    userFile: `${dir}/htpasswd`,
    lockDb: `${dir}/davlock/lock`,
  });
}

/** nginx's lines for the WebDAV folder, as README shows them (src/hosting/team-folder.ts). */
function nginxDav(dir: string, dav: NonNullable<ServerOptions['dav']>): string[] {
  return nginxTeamFolder({ path: dav.path, directory: `${dir}/dav`, userFile: `${dir}/htpasswd` });
}

function apacheConfig(dir: string, siteCopy: string, port: number, options: ServerOptions): string {
  const dav = options.dav ? ['dav', 'dav_fs', 'auth_basic', 'authn_core', 'authn_file', 'authz_user'] : [];
  const modules = ['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'headers', ...dav, ...(options.modules ?? [])];
  const alias = options.base.replace(/\/$/, '') || '/';
  writeFileSync(join(dir, 'mime.types'), "# Empty: the types come from the site's own .htaccess.\n");
  return [
    `ServerRoot "${dir}"`,
    `Listen 127.0.0.1:${port}`,
    'ServerName localhost',
    `PidFile "${dir}/httpd.pid"`,
    `DefaultRuntimeDir "${dir}"`,
    `Mutex file:${dir} default`,
    `ErrorLog "${dir}/error.log"`,
    'LogLevel warn',
    ...modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`),
    ...(isRoot() ? ['User nobody', 'Group nogroup'] : []),
    `TypesConfig "${dir}/mime.types"`,
    'StartServers 1',
    'ServerLimit 1',
    'ThreadsPerChild 16',
    'MaxRequestWorkers 16',
    'AccessFileName .htaccess',
    `DocumentRoot "${dir}/empty"`,
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    `<Directory "${dir}/empty">`,
    '  Require all granted',
    '</Directory>',
    // As Debian's apache2.conf: .htaccess files are never served.
    '<FilesMatch "^\\.ht">',
    '  Require all denied',
    '</FilesMatch>',
    alias === '/' ? `DocumentRoot "${siteCopy}"` : `Alias "${alias}" "${siteCopy}"`,
    `<Directory "${siteCopy}">`,
    // The least the shipped .htaccess needs, as HOSTING.txt says.
    '  AllowOverride FileInfo Indexes',
    '  Require all granted',
    '</Directory>',
    ...(options.dav ? apacheDav(dir, options.dav) : []),
    ...(options.extraConfig ?? []),
    '',
  ].join('\n');
}

function nginxConfig(dir: string, siteCopy: string, port: number, options: ServerOptions): string {
  return [
    ...(isRoot() ? ['user nobody nogroup;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    '  access_log off;',
    // No mime.types included: the types come from the site's own nginx.conf.
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name}_temp;`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    server_name localhost;',
    `    root ${dir}/empty;`,
    ...nginxServerLines(options.base, `${siteCopy}/`).map((line) => `    ${line}`),
    ...(options.dav ? nginxDav(dir, options.dav) : []).map((line) => `    ${line}`),
    ...(options.extraConfig ?? []).map((line) => `    ${line}`),
    '  }',
    '}',
    '',
  ].join('\n');
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped at start (exit ${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The server did not answer at ${url} within 20 s:\n${log()}`);
}

async function start(kind: ServerKind, options: ServerOptions): Promise<RunningServer> {
  const binary = findServer(kind);
  if (!binary)
    throw new Error(
      `No ${kind} found: run "node scripts/ensure-servers.ts" (npm run test:e2e does), or install Debian's "${PACKAGES[kind]}" package.`,
    );
  const { dir, siteCopy } = prepare(kind, options);
  const port = await freePort();
  const config = join(dir, `${kind}.conf`);
  const output: string[] = [];
  writeFileSync(
    config,
    kind === 'apache' ? apacheConfig(dir, siteCopy, port, options) : nginxConfig(dir, siteCopy, port, options),
  );
  const spawnServer = (): ChildProcess => {
    const started =
      kind === 'apache'
        ? spawn(binary, ['-f', config, '-DFOREGROUND'], { stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(binary, ['-p', dir, '-c', config, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    return started;
  };
  let child = spawnServer();
  const errorLog = () => {
    const file = join(dir, 'error.log');
    return output.join('') + (existsSync(file) ? readFileSync(file, 'utf8') : '');
  };
  const origin = `http://127.0.0.1:${port}`;
  const halt = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  };
  const stop = async () => {
    await halt();
    rmSync(dir, { recursive: true, force: true });
  };
  const resume = async () => {
    await halt();
    child = spawnServer();
    await waitUntilServing(`${origin}/`, child, errorLog);
  };
  try {
    await waitUntilServing(`${origin}/`, child, errorLog);
  } catch (error) {
    await stop();
    throw error;
  }
  return { kind, origin, url: `${origin}${options.base}`, dir, davDir: join(dir, 'dav'), errorLog, halt, resume, stop };
}

export const startApache = (options: ServerOptions): Promise<RunningServer> => start('apache', options);
export const startNginx = (options: ServerOptions): Promise<RunningServer> => start('nginx', options);
export const startServer = (kind: ServerKind, options: ServerOptions): Promise<RunningServer> => start(kind, options);
