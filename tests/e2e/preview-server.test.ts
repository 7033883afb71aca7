/**
 * `npm run preview` (scripts/serve.ts) never dies on a bad request: each one gets an error status, and the
 * server goes on serving the site. Requests are sent as raw as a client can send them (no URL clean-up).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';
import { freePort } from '../../scripts/web-servers.ts';

const SERVE = new URL('../../scripts/serve.ts', import.meta.url).pathname;
const SITE = new URL('../../dist-e2e/', import.meta.url).pathname;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, method: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A request line no HTTP client library would send. */
function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
  });
}

test.describe('the preview server', () => {
  let server: ChildProcess;
  let port: number;

  test.beforeAll(async () => {
    port = await freePort();
    server = spawn(process.execPath, [SERVE, SITE, '--port', String(port)], {
      env: { ...process.env, BASE_PATH: E2E_BASE },
      stdio: 'ignore',
    });
    await expect
      .poll(async () => (await send(port, 'GET', E2E_BASE).catch(() => ({ status: 0 }))).status, { timeout: 20_000 })
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
  });

  const stillServes = async () => {
    expect(server.exitCode).toBeNull();
    const home = await send(port, 'GET', E2E_BASE);
    expect(home.status).toBe(200);
  };

  test('answers malformed percent-encoding with 400 and keeps serving', async () => {
    for (const path of [`${E2E_BASE}%`, `${E2E_BASE}%zz/`, `${E2E_BASE}fr/%E0%A4%A/`, `${E2E_BASE}%00`]) {
      const answer = await send(port, 'GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers['content-security-policy'], path).toBeDefined();
      await stillServes();
    }
  });

  test('never serves a file outside the site, whatever the dots', async () => {
    for (const path of [
      `${E2E_BASE}../../../../etc/passwd`,
      `${E2E_BASE}%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
      `${E2E_BASE}..%2f..%2f..%2f..%2fetc%2fpasswd`,
      `${E2E_BASE}fr/..%5c..%5c..%5cetc/passwd`,
    ]) {
      const answer = await send(port, 'GET', path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain('root:');
      await stillServes();
    }
  });

  test('answers very long paths with an error status and keeps serving', async () => {
    for (const length of [300, 5_000, 100_000]) {
      const answer = await send(port, 'GET', `${E2E_BASE}${'a'.repeat(length)}/`).catch(
        () => ({ status: 431 }) as Answer,
      );
      expect(answer.status, `${length} characters`).toBeGreaterThanOrEqual(400);
      await stillServes();
    }
  });

  test('answers HEAD with headers only, OPTIONS with the allowed methods, and other methods with 405', async () => {
    const head = await send(port, 'HEAD', E2E_BASE);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toMatch(/^text\/html/);
    const missing = await send(port, 'HEAD', `${E2E_BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
    const options = await send(port, 'OPTIONS', `${E2E_BASE}fr/`);
    expect(options.status).toBe(204);
    expect(options.headers['allow']).toBe('GET, HEAD, OPTIONS');
    const star = await sendRaw(port, 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(star).toMatch(/^HTTP\/1\.1 [2-4]\d\d /);
    for (const method of ['DELETE', 'PUT', 'POST', 'PROPFIND'])
      expect((await send(port, method, E2E_BASE)).status, method).toBe(405);
    await stillServes();
  });

  test('survives garbage that is not HTTP', async () => {
    const answer = await sendRaw(port, 'GARBAGE\x00\x01\x02 not http at all\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    await stillServes();
  });

  test('sends the hosting headers and caching of the server files, and never the server files themselves', async () => {
    const page = await send(port, 'GET', `${E2E_BASE}fr/`);
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.headers['cache-control']).toBe('no-cache');
    for (const name of ['web.config', '.htaccess', 'nginx.conf'])
      expect((await send(port, 'GET', `${E2E_BASE}${name}`)).status, name).toBe(404);
  });
});
