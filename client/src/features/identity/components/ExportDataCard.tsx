import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '@/i18n';
import { Button, Card, ErrorMessage, Notice } from '@/ui';
import { EXPORT_MY_DATA } from '../graphql/identity.graphql';

/** Saves a text as a file through a temporary link (the browser's own download, no new tab). */
function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start reading it before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download my data": the RGPD export, as a JSON file. */
export function ExportDataCard() {
  const t = useT();
  const [done, setDone] = useState(false);
  // Never cached: each click asks for the data as it is now.
  const [exportMyData, { loading, error }] = useMutation(EXPORT_MY_DATA, { fetchPolicy: 'no-cache' });

  async function onClick() {
    setDone(false);
    const result = await exportMyData().catch(() => null);
    if (!result?.data) return;
    download(result.data.exportMyData, `parvis-mes-donnees-${new Date().toISOString().slice(0, 10)}.json`);
    setDone(true);
  }

  return (
    <Card title={t('identity.exportData.title')} id="my-data">
      <p>{t('identity.exportData.lead')}</p>
      {error && <ErrorMessage error={error} />}
      {done && (
        <Notice tone="success" live>
          <p>{t('identity.exportData.done')}</p>
        </Notice>
      )}
      <Button variant="secondary" onClick={() => void onClick()} loading={loading} loadingLabel={t('identity.exportData.preparing')}>
        {t('identity.exportData.submit')}
      </Button>
    </Card>
  );
}
