import { useEffect, useRef, useState } from 'react';

/**
 * A bar chart of numbers, horizontal (categories) or vertical (months). A picture for sighted
 * readers (`role="img"` with its name): the numbers are always in the table that follows it, which
 * is what assistive technologies read, so the page is whole without it. Chart.js is fetched when
 * the first chart is drawn, after the page has shown its figures; if it cannot be fetched (offline)
 * the chart's place is left out. `integers`: the value axis counts (no 0.5 ticks).
 */
export function BarChart({
  labels,
  values,
  label,
  vertical = false,
  integers = false,
  className,
}: {
  labels: string[];
  values: number[];
  label: string;
  vertical?: boolean;
  integers?: boolean;
  className?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [unavailable, setUnavailable] = useState(false);
  const labelsKey = labels.join('\u0000');
  const valuesKey = values.join(',');
  useEffect(() => {
    let remove: (() => void) | undefined;
    let cancelled = false;
    import('./bar-chart-draw').then(
      ({ drawBarChart }) => {
        if (cancelled || !canvas.current) return;
        remove = drawBarChart(canvas.current, {
          labels: labelsKey.split('\u0000'),
          values: valuesKey.split(',').map(Number),
          vertical,
          integers,
        });
      },
      () => setUnavailable(true),
    );
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [labelsKey, valuesKey, vertical, integers]);
  if (unavailable) return null;
  // Horizontal: the height grows with the bars so long labels stay readable on a phone.
  const height = vertical ? 16 : Math.max(8, labels.length * 2.75);
  return (
    <div className={className} style={{ height: `${height}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
