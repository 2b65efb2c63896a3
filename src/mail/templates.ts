/**
 * A small, generic e-mail renderer: a template gives, per locale, the message's subject and its
 * body as blocks (paragraphs, a call to action, a list, a quotation); `renderMail` lays them out as
 * plain text and as HTML inside the common layout (the commune's name at the top, a footer naming
 * the platform). Every value a template interpolates is plain text: the HTML renderer escapes all
 * of it (`<`, `>`, `&`, quotes), so no value can add markup; links are checked to be http(s).
 * Domains keep their own templates in their own files (`defineTemplate`); this file knows none.
 */

export type MailLocale = 'fr' | 'en';
export const MAIL_LOCALES: readonly MailLocale[] = ['fr', 'en'];
export const DEFAULT_MAIL_LOCALE: MailLocale = 'fr';

/** A link: its text and its absolute http(s) URL. */
export interface MailLink {
  label: string;
  url: string;
}

export type MailBlock =
  /** A paragraph of plain text (line breaks kept). */
  | { paragraph: string }
  /** The message's main link, as a button in HTML and a line of its own in text. */
  | { action: MailLink }
  /** Items, each optionally a link (a digest's entries). */
  | { list: { text: string; url?: string }[] }
  /** Someone's words quoted (a public answer, a message). */
  | { quote: string; by?: string };

/** What a template produces for one locale. */
export interface MailContent {
  subject: string;
  /** The first line (« Bonjour Marie, »). */
  greeting?: string;
  blocks: MailBlock[];
  /** Extra footer lines (why you receive this, an unsubscribe link). */
  footer?: (string | MailLink)[];
}

/** One kind of message: its content per locale, from its parameters. */
export type MailTemplate<P> = Record<MailLocale, (params: P) => MailContent>;

/** Declares a template (typed parameters, both locales required). */
export const defineTemplate = <P>(template: MailTemplate<P>): MailTemplate<P> => template;

/** What every message shares: who sends it and where the platform is. */
export interface MailLayout {
  /** The commune's name, or "Parvis" before it is set up. */
  siteName: string;
  /** Absolute base URL of the platform, without a trailing slash. */
  baseUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const LAYOUT_TEXT: Record<MailLocale, { sentBy: (site: string) => string; automatic: string }> = {
  fr: {
    sentBy: (site) => `Message envoyé par ${site} via Parvis, la plateforme de participation de la commune.`,
    automatic: 'Ce message est automatique : merci de ne pas y répondre.',
  },
  en: {
    sentBy: (site) => `Sent by ${site} through Parvis, the commune's participation platform.`,
    automatic: 'This message is automatic: please do not reply to it.',
  },
};

/** Escapes text for HTML content and attribute values (double- and single-quoted). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** An absolute http(s) URL, or an error: a template must not link to `javascript:` or a relative path. */
function safeUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new Error(`mail link is not an absolute http(s) URL: ${url.slice(0, 80)}`);
  return url;
}

/** Subject lines are one line: a value cannot add a header. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

const htmlText = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

function blockText(block: MailBlock): string {
  if ('paragraph' in block) return block.paragraph;
  if ('action' in block) return `${block.action.label}:\n${safeUrl(block.action.url)}`;
  if ('list' in block) return block.list.map((item) => `- ${item.text}${item.url ? `\n  ${safeUrl(item.url)}` : ''}`).join('\n');
  const quoted = block.quote
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
  return block.by ? `${block.by}:\n${quoted}` : quoted;
}

function blockHtml(block: MailBlock): string {
  const p = 'margin:0 0 16px;line-height:1.5';
  if ('paragraph' in block) return `<p style="${p}">${htmlText(block.paragraph)}</p>`;
  if ('action' in block) {
    const url = escapeHtml(safeUrl(block.action.url));
    return (
      `<p style="${p}"><a href="${url}" style="display:inline-block;padding:12px 20px;background:#1d3f8f;color:#ffffff;` +
      `text-decoration:underline;border-radius:4px;font-weight:bold">${htmlText(block.action.label)}</a></p>` +
      `<p style="${p};font-size:14px;color:#4a4a4a;word-break:break-all">${url}</p>`
    );
  }
  if ('list' in block) {
    const items = block.list.map((item) =>
      item.url
        ? `<li><a href="${escapeHtml(safeUrl(item.url))}" style="color:#1d3f8f">${htmlText(item.text)}</a></li>`
        : `<li>${htmlText(item.text)}</li>`,
    );
    return `<ul style="${p};padding-left:20px">${items.join('')}</ul>`;
  }
  const by = block.by ? `<p style="margin:0 0 4px;font-weight:bold">${htmlText(block.by)}</p>` : '';
  return `${by}<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #1d3f8f;background:#f3f5fa">${htmlText(block.quote)}</blockquote>`;
}

/** Renders a template's content for a locale inside the common layout. */
export function renderMail<P>(template: MailTemplate<P>, locale: MailLocale, params: P, layout: MailLayout): RenderedMail {
  const content = template[locale](params);
  const words = LAYOUT_TEXT[locale];
  const subject = oneLine(content.subject);
  const footer = [words.sentBy(layout.siteName), ...(content.footer ?? []), words.automatic];

  const text = [
    layout.siteName,
    '',
    ...(content.greeting ? [content.greeting, ''] : []),
    ...content.blocks.flatMap((b) => [blockText(b), '']),
    '-- ',
    ...footer.map((line) => (typeof line === 'string' ? line : `${line.label}: ${safeUrl(line.url)}`)),
    safeUrl(layout.baseUrl),
    '',
  ].join('\n');

  const footerHtml = footer
    .map((line) =>
      typeof line === 'string'
        ? `<p style="margin:0 0 8px">${htmlText(line)}</p>`
        : `<p style="margin:0 0 8px"><a href="${escapeHtml(safeUrl(line.url))}" style="color:#4a4a4a">${htmlText(line.label)}</a></p>`,
    )
    .join('');
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f6f6f6;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">` +
    `<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">` +
    `<p style="margin:0 0 24px;font-size:20px;font-weight:bold"><a href="${escapeHtml(safeUrl(layout.baseUrl))}" style="color:#1d3f8f">${htmlText(layout.siteName)}</a></p>` +
    (content.greeting ? `<p style="margin:0 0 16px;line-height:1.5">${htmlText(content.greeting)}</p>` : '') +
    content.blocks.map(blockHtml).join('') +
    `<div style="margin-top:32px;padding-top:16px;border-top:1px solid #d0d0d0;font-size:13px;color:#4a4a4a">${footerHtml}</div>` +
    `</div></body></html>`;

  return { subject, text, html };
}

/** The locale of a stored value ('fr' | 'en'), falling back to French. */
export function mailLocale(value: string | null | undefined): MailLocale {
  return value === 'en' ? 'en' : DEFAULT_MAIL_LOCALE;
}
