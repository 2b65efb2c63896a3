/**
 * A progress bar with its text alternative: the visible sentence labels the native <progress>,
 * so screen readers hear the same thing sighted users read ("12 soutiens sur 100").
 */
export function Meter({ id, label, value, max }: { id: string; label: string; value: number; max: number }) {
  const labelId = `${id}-label`;
  return (
    <div className="pr-meter">
      <p className="pr-meter__label" id={labelId}>
        {label}
      </p>
      <progress max={Math.max(1, max)} value={Math.min(Math.max(0, value), Math.max(1, max))} aria-labelledby={labelId} />
    </div>
  );
}
