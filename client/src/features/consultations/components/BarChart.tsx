import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only what a bar chart needs: chart.js is tree-shaken, and this file is loaded with the results only.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * A horizontal bar chart of counts. It is a picture for sighted readers (`role="img"` with its
 * name); the numbers are always in the table beside it, which is what assistive tech reads.
 */
export function BarChart({ labels, values, label }: { labels: string[]; values: number[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelsKey = labels.join('\u0000');
  const valuesKey = values.join(',');
  useEffect(() => {
    if (!canvas.current) return;
    const styles = getComputedStyle(document.documentElement);
    const colour = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
    const text = colour('--color-text', '#1a1d23');
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: labelsKey.split('\u0000'),
        datasets: [{ data: valuesKey.split(',').map(Number), backgroundColor: colour('--color-primary', '#1d3f8f') }],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        events: [],
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0, color: text }, grid: { color: colour('--color-border-subtle', '#d5dae3') } },
          y: { ticks: { color: text }, grid: { display: false } },
        },
      },
    });
    return () => chart.destroy();
  }, [labelsKey, valuesKey]);
  // Height grows with the bars so long labels stay readable on a phone.
  return (
    <div className="cs-chart" style={{ height: `${Math.max(8, labels.length * 2.75)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
