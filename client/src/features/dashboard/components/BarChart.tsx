import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only what a bar chart needs (tree-shaken); this file is loaded with the dashboard pages only.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * A bar chart of numbers, horizontal (categories) or vertical (months). A picture for sighted
 * readers (`role="img"` with its name): the numbers are always in the table that follows it, which
 * is what assistive technologies read (the same pattern as the consultations' results).
 */
export function BarChart({
  labels,
  values,
  label,
  vertical = false,
}: {
  labels: string[];
  values: number[];
  label: string;
  vertical?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelsKey = labels.join('\u0000');
  const valuesKey = values.join(',');
  useEffect(() => {
    if (!canvas.current) return;
    const styles = getComputedStyle(document.documentElement);
    const colour = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
    const text = colour('--color-text', '#1a1d23');
    const grid = colour('--color-border-subtle', '#d5dae3');
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: labelsKey.split('\u0000'),
        datasets: [{ data: valuesKey.split(',').map(Number), backgroundColor: colour('--color-primary', '#1d3f8f') }],
      },
      options: {
        indexAxis: vertical ? 'x' : 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        events: [],
        scales: vertical
          ? {
              x: { ticks: { color: text, autoSkip: true, maxRotation: 90 }, grid: { display: false } },
              y: { beginAtZero: true, ticks: { precision: 0, color: text }, grid: { color: grid } },
            }
          : {
              x: { beginAtZero: true, ticks: { color: text }, grid: { color: grid } },
              y: { ticks: { color: text }, grid: { display: false } },
            },
      },
    });
    return () => chart.destroy();
  }, [labelsKey, valuesKey, vertical]);
  // Horizontal: the height grows with the bars so long labels stay readable on a phone.
  const height = vertical ? 16 : Math.max(6, labels.length * 2.5);
  return (
    <div className="db-chart" style={{ height: `${height}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
