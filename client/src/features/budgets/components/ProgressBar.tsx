/** A progress bar with its value in words beside it (the bar is a picture: the text is what is read). */
export function ProgressBar({ value, label, text }: { value: number; label: string; text: string }) {
  return (
    <div className="bu-progress">
      <progress max={100} value={value} aria-label={label}>
        {text}
      </progress>
      <span>{text}</span>
    </div>
  );
}
