import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n';
import { Card, Notice } from '@/ui';

interface Dataset {
  name: string;
  title: string;
  csv: string;
  json: string;
  schema: string;
}

/** Links to the open-data files and their schemas, as the server lists them (`GET /open-data`). */
export function OpenDataLinks() {
  const { t } = useI18n();
  const [datasets, setDatasets] = useState<Dataset[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/open-data', { signal: controller.signal, headers: { accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<{ datasets: Dataset[] }>) : Promise.reject(new Error(String(res.status)))))
      .then((body) => setDatasets(body.datasets))
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);
  return (
    <Card title={t('dashboard.openData.title')} id="open-data">
      <p>{t('dashboard.openData.intro')}</p>
      {failed && <Notice tone="warning">{t('dashboard.openData.unavailable')}</Notice>}
      {datasets && (
        <ul className="db-open-data">
          {datasets.map((d) => (
            <li key={d.name}>
              <a href={d.csv}>{t('dashboard.openData.csv', { title: d.title })}</a>
              {', '}
              <a href={d.json}>{t('dashboard.openData.json', { title: d.title })}</a>
              {', '}
              <a href={d.schema}>{t('dashboard.openData.schema', { title: d.title })}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/open-data">{t('dashboard.openData.all')}</a>
      </p>
    </Card>
  );
}
