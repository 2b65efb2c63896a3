/** Plain text as typed: paragraphs split on blank lines, line breaks kept (never HTML). */
export function PlainText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className={['bu-text', className].filter(Boolean).join(' ')}>
          {p}
        </p>
      ))}
    </>
  );
}
