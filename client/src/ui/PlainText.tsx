import { useContentLang } from '@/i18n';

/**
 * Plain text as typed: paragraphs split on blank lines, single line breaks kept by CSS. Never
 * HTML: links stay the text that was typed. Written by people here, so in French: marked so when
 * the interface is not (useContentLang).
 */
export function PlainText({ text }: { text: string }) {
  const lang = useContentLang();
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className="p-plain-text" lang={lang}>
          {p}
        </p>
      ))}
    </>
  );
}
