import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { commandKey } from '../../../src/commands/vocabulary.ts';
import { splitParameters } from '../../../src/parameters/syntax.ts';

// Command names in code link to the reference page each command was verified against (content/commands.yaml).
const declared = (
  parse(readFileSync(new URL('../../../content/commands.yaml', import.meta.url), 'utf8')) as {
    commands: Record<string, { reference: string }>;
  }
).commands;
const referenceOf = (name: string) =>
  Object.entries(declared).find(([declaredName]) => commandKey(declaredName) === commandKey(name))?.[1].reference;
const PAGE = 'phase-4-move-test-users-to-the-pilot-pool';

// The reader's environment parameters (content/parameters.yaml): a page shows each one's example until the reader
// gives a value.
const parameters = (
  parse(readFileSync(new URL('../../../content/parameters.yaml', import.meta.url), 'utf8')) as {
    parameters: Record<string, { example: string }>;
  }
).parameters;
const withExamples = (text: string) =>
  splitParameters(text)
    .map((piece) => (piece.kind === 'text' ? piece.value : parameters[piece.id]!.example))
    .join('');

/** The first PowerShell block of a document's source that holds `text`, as written, its parameters showing their examples. */
function sourceBlock(lang: string, slug: string, text: string): string {
  const source = readFileSync(new URL(`../../../content/phases/${lang}/${slug}.mdx`, import.meta.url), 'utf8');
  const blocks = [...source.matchAll(/^```powershell[^\n]*\n([\s\S]*?)\n```/gm)].map((match) =>
    withExamples(match[1]!),
  );
  return blocks.find((block) => block.includes(text))!;
}

test.describe('links from commands to their reference pages', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`a command name in a ${lang} code block links to its reference page, keeping its highlighting`, async ({
      page,
    }) => {
      await page.goto(`${lang}/${PAGE}/`);
      const link = page.locator('.code-block pre a.command-link', { hasText: /^Move-CsUser$/ }).first();
      await expect(link).toHaveAttribute('href', referenceOf('Move-CsUser')!);
      // Inside Prism's token: the name keeps the colour of a command.
      await expect(page.locator('.code-block pre .token.function > a.command-link').first()).toBeVisible();
      const colours = await link.evaluate((element) => [
        getComputedStyle(element).color,
        getComputedStyle(element.parentElement!).color,
      ]);
      expect(colours[0]).toBe(colours[1]);
      // Every command link of the page leads to the page its command was verified against.
      const links = await page
        .locator('a.command-link')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => ({ name: anchor.textContent ?? '', href: anchor.getAttribute('href') })),
        );
      expect(links.length).toBeGreaterThan(3);
      for (const { name, href } of links) expect(href, name).toBe(referenceOf(name));
    });
  }

  test('inline code that is a declared command links too', async ({ page }) => {
    await page.goto(`en/${PAGE}/`);
    const inline = page.locator('[data-pagefind-body] p > code > a.command-link').first();
    await expect(inline).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
  });

  test('nothing is requested from the reference site before the reader clicks, and the click opens it', async ({
    page,
    baseURL,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) outside.push(request.url());
    });
    // The tests make no request to the Internet: the reference site is answered here.
    await page.route('https://learn.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Reference</title>' }),
    );
    await page.goto(`en/${PAGE}/`);
    const link = page.locator('a.command-link', { hasText: /^Move-CsUser$/ }).first();
    await link.hover();
    expect(outside).toEqual([]);
    await link.click();
    await expect(page).toHaveURL(referenceOf('Move-CsUser')!);
    expect(outside).toEqual([referenceOf('Move-CsUser')!]);
  });

  test('the copy button copies the bare command, exactly as the guide writes it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`en/${PAGE}/`);
    const block = page
      .locator('.code-block', { has: page.locator('a.command-link', { hasText: /^Move-CsUser$/ }) })
      .first();
    const written = (await block.locator('pre').textContent())!.replace(/\n$/, '');
    expect(written).toBe(sourceBlock('en', PAGE, written.split('\n')[0]!));
    await block.getByRole('button', { name: /Copy the PowerShell code/ }).click();
    await expect(block.getByRole('button', { name: /Copy the PowerShell code/ })).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(written);
    expect(copied).not.toContain('http');
  });

  test('on paper a command link prints as plain code', async ({ page }) => {
    await page.goto(`en/${PAGE}/`);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.code-block pre a.command-link').first();
    const style = await link.evaluate((element) => ({
      line: getComputedStyle(element).textDecorationLine,
      colour: getComputedStyle(element).color,
      parent: getComputedStyle(element.parentElement!).color,
    }));
    expect(style.line).toBe('none');
    expect(style.colour).toBe(style.parent);
  });
});
