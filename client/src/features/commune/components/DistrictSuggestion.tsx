import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useT } from '@/i18n';
import { Button } from '@/ui';
import { DISTRICT_AT } from '../graphql/commune.graphql';

/** The point once it has not changed for a moment (no request per keystroke). */
function useSettled<T>(value: T, delayMs = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Under a form's map point: the district whose outline holds it (`districtAt`), offered with a button
 * that chooses it, when it is not the one chosen already. Says nothing when no outline holds the point.
 */
export function DistrictSuggestion({
  point,
  chosen,
  onChoose,
}: {
  point: { lat: number; lng: number } | null;
  chosen: string;
  onChoose: (district: string) => void;
}) {
  const t = useT();
  const settled = useSettled(point ? `${point.lat},${point.lng}` : null);
  const [lat, lng] = settled ? settled.split(',').map(Number) : [0, 0];
  const { data } = useQuery(DISTRICT_AT, { variables: { latitude: lat ?? 0, longitude: lng ?? 0 }, skip: !settled });
  const suggested = settled ? data?.districtAt?.name : undefined;
  return (
    <div role="status">
      {suggested && suggested !== chosen && (
        <p>
          {t('commune.suggestion.text', { name: suggested })}{' '}
          <Button variant="secondary" size="small" onClick={() => onChoose(suggested)}>
            {t('commune.suggestion.choose', { name: suggested })}
          </Button>
        </p>
      )}
    </div>
  );
}
