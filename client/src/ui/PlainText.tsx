/**
 * Plain text as typed: paragraphs split on blank lines, single line breaks kept by CSS. Never
 * HTML: links stay the text that was typed.
 */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className="p-plain-text">
          {p}
        </p>
      ))}
    </>
  );
}
