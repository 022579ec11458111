/**
 * The article itself: header (title, byline, site, date, reading time) and the sanitized body.
 * The body HTML is sanitized again here with DOMPurify, whatever the source (live page or saved copy).
 */
import { useMemo } from 'preact/hooks';
import DOMPurify from 'dompurify';
import { i18n } from '#i18n';
import type { Article } from '@/utils/extract/types';

/** Render-time sanitizer: no scripts, no styles, no frames or forms; links open in the top window. */
function sanitizeForRender(html: string): string {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    // SVG <image>/<feImage>/<use> and friends would fetch their href from anywhere (a beacon in a tampered saved
    // copy or import): inside SVG only in-document references (#id) are kept; links are <a> elements only.
    if ((name === 'href' || name === 'xlink:href') && node.nodeName !== 'A' && node.nodeName !== 'a') {
      if (!data.attrValue.trim().startsWith('#')) data.keepAttr = false;
    }
    // SVG presentation attributes (fill, stroke, filter, mask, clip-path, marker-*) fetch url(...) references.
    if (/url\s*\(\s*['"]?\s*(?!#)/i.test(data.attrValue)) data.keepAttr = false;
    // Our own ids (#taza-main …) must not be clobbered by the article.
    if ((name === 'id' || name === 'name') && /^\s*taza-/i.test(data.attrValue)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_top');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'link', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'template', 'dialog', 'portal', 'noscript', 'feImage', 'feimage'],
    // `background` (table, td, body) is fetched by Chromium like an image: a remote load the reader did not ask for.
    FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'ping', 'background', 'popover', 'autofocus'],
    ADD_ATTR: ['target'],
    ALLOW_DATA_ATTR: false,
  });
}

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric' }).format(d);
  } catch {
    return d.toDateString();
  }
}

/** The "site" link points at the article's page only when that is a web (or file) URL. */
function safeHref(url: string): string | undefined {
  return /^(https?|file):/i.test(url.trim()) ? url : undefined;
}

export function ArticleView({ article }: { article: Article }) {
  const html = useMemo(() => sanitizeForRender(article.content), [article.content]);
  const date = formatDate(article.publishedTime, article.lang);
  let host = '';
  try {
    host = new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    /* keep empty */
  }
  return (
    <article class="taza-article" lang={article.lang ?? undefined} dir={article.dir}>
      <header class="taza-header">
        <p class="taza-site">
          <a href={safeHref(article.url)} target="_top" rel="noopener noreferrer">
            {article.siteName || host}
          </a>
        </p>
        <h1 class="taza-title">{article.title}</h1>
        <p class="taza-meta">
          {article.byline && <span class="taza-byline">{article.byline}</span>}
          {date && (
            <time class="taza-date" dateTime={article.publishedTime ?? undefined}>
              {date}
            </time>
          )}
          <span class="taza-reading-time">{i18n.t('readerMinutes', [String(article.readingMinutes)])}</span>
        </p>
      </header>
      <div class="taza-content" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
