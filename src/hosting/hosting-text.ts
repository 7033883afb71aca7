/**
 * HOSTING.txt, in the hosting archive (`npm run package`): where to copy the site, which file each server
 * reads, how to check that it works; every language of the guide, one after the other. Pure.
 */
import { translate } from '../i18n/index.ts';
import { langs, type Lang } from '../i18n/locales.ts';
import { nginxServerLines } from './nginx-conf.ts';

export interface HostingTextInput {
  /** The guide's title in each language. */
  readonly titles: Readonly<Record<Lang, string>>;
  readonly version: string;
  readonly base: string;
}

/** Wraps a paragraph at 100 characters, for reading in any text editor. */
function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

export function hostingText({ titles, version, base }: HostingTextInput): string {
  const sections = langs.map((lang) => {
    const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
      translate(lang, key, vars);
    const title = t('hosting.title', { guide: titles[lang], version });
    return [
      title,
      '='.repeat(title.length),
      '',
      wrap(t('hosting.copy', { base })),
      '',
      wrap(`- ${t('hosting.iis', { base })}`),
      wrap(`- ${t('hosting.apache')}`),
      wrap(`- ${t('hosting.nginx')}`),
      '',
      ...nginxServerLines(base, '/srv/www/guide/').map((line) => `      ${line}`),
      '',
      wrap(t('hosting.check', { base })),
      '',
      wrap(t('hosting.integrity')),
    ].join('\n');
  });
  // CRLF: the file is read on Windows servers too.
  return `${sections.join('\n\n\n')}\n`.replace(/\r?\n/g, '\r\n');
}
