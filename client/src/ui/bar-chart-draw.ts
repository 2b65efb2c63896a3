import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

// Only what a bar chart needs (chart.js is tree-shaken); this module is fetched when the first chart is drawn.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface BarChartData {
  labels: string[];
  values: number[];
  vertical: boolean;
  integers: boolean;
}

/** Draws the chart on the canvas, in the page's colours; returns what removes it. */
export function drawBarChart(canvas: HTMLCanvasElement, { labels, values, vertical, integers }: BarChartData): () => void {
  const styles = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
  const text = colour('--color-text', '#1a1d23');
  const grid = colour('--color-border-subtle', '#d5dae3');
  const valueAxis = { beginAtZero: true, ticks: { color: text, ...(integers ? { precision: 0 } : {}) }, grid: { color: grid } };
  const categoryAxis = { ticks: { color: text, ...(vertical ? { autoSkip: true, maxRotation: 90 } : {}) }, grid: { display: false } };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ data: values, backgroundColor: colour('--color-primary', '#1d3f8f') }] },
    options: {
      indexAxis: vertical ? 'x' : 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      scales: vertical ? { x: categoryAxis, y: valueAxis } : { x: valueAxis, y: categoryAxis },
    },
  });
  return () => chart.destroy();
}
