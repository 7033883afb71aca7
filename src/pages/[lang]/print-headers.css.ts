/** `/{lang}/print-headers.css`: the running headers of the book `/{lang}/print/` (src/utils/book-running-headers.ts). */
import type { APIRoute } from 'astro';
import { getGuide } from '../../content-model/guide.ts';
import { translate, type Lang } from '../../i18n/index.ts';
import { langs } from '../../i18n/locales.ts';
import { bookPartId } from '../../utils/book.ts';
import { runningHeadersCss } from '../../utils/book-running-headers.ts';

export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const guide = await getGuide();
  const title = guide.home[lang].data.shortTitle;
  const parts = [
    { id: bookPartId('home'), header: `${title} — ${translate(lang, 'nav.overview')}` },
    ...guide.phases[lang].map((phase) => ({ id: bookPartId(phase.slug), header: `${title} — ${phase.data.title}` })),
    ...(guide.glossary[lang]
      ? [{ id: bookPartId('glossary'), header: `${title} — ${translate(lang, 'glossary.title')}` }]
      : []),
  ];
  return new Response(runningHeadersCss(parts), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
