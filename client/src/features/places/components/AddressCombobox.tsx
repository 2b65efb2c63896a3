import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '@/i18n';
import { TextField, VisuallyHidden } from '@/ui';
import { GeocoderError, searchable, searchAddresses, type Place, type Point } from '../geocoder';

/** Pause after the last keystroke before asking (one request per pause, not per letter). */
export const SEARCH_DEBOUNCE_MS = 300;

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'found'; count: number } | { kind: 'failed'; key: string };

/**
 * The address field with suggestions (ARIA 1.2 combobox with a listbox popup): typing asks the
 * geocoder after a short pause; ↓/↑ move through the suggestions (`aria-activedescendant`, focus
 * stays in the field), Enter chooses one (without submitting the form), Escape closes the list.
 * How many suggestions came, or why none did, is said in a polite live region. Whatever is typed
 * stays the field's value: choosing is optional.
 */
export function AddressCombobox({
  label,
  hint,
  name,
  id,
  error,
  value,
  onValueChange,
  near,
  onChoose,
  search = searchAddresses,
}: {
  label: string;
  hint: string;
  /** The form field's name (the value is sent with the form); none: a search field only. */
  name?: string | undefined;
  id?: string | undefined;
  error?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  /** Results near this point come first. */
  near: Point | null;
  onChoose: (place: Place) => void;
  /** Test seam: where suggestions come from. */
  search?: typeof searchAddresses;
}) {
  const t = useT();
  const auto = useId();
  const listId = `${auto}-list`;
  const [options, setOptions] = useState<Place[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** The text to look up (set by typing, not by choosing), and whether it changed since the last look-up. */
  const [query, setQuery] = useState<string | null>(null);
  const nearRef = useRef(near);
  useEffect(() => {
    nearRef.current = near;
  });

  useEffect(() => {
    if (query === null) return;
    if (!searchable(query)) {
      setOptions([]);
      setOpen(false);
      setStatus({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus({ kind: 'searching' });
      search(query, nearRef.current, controller.signal).then(
        (found) => {
          setOptions(found);
          setActive(-1);
          setOpen(found.length > 0);
          setStatus({ kind: 'found', count: found.length });
        },
        (err: unknown) => {
          if ((err as Error).name === 'AbortError') return;
          setOptions([]);
          setOpen(false);
          const key = err instanceof GeocoderError && err.failure === 'rateLimited' ? 'places.tooFast' : 'places.searchFailed';
          setStatus({ kind: 'failed', key });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, search]);

  function choose(place: Place) {
    setOpen(false);
    setActive(-1);
    setOptions([]);
    setQuery(null);
    setStatus({ kind: 'idle' });
    onValueChange(place.label);
    onChoose(place);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!options.length) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((i) => (i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
        return;
      }
      case 'Enter': {
        const place = open && active >= 0 ? options[active] : undefined;
        if (place) {
          event.preventDefault(); // chooses; does not submit the form
          choose(place);
        }
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
      default:
        return;
    }
  }

  const optionId = (i: number) => `${auto}-option-${i}`;
  const shown = open && options.length > 0;
  const announcement =
    status.kind === 'searching'
      ? t('places.searching')
      : status.kind === 'found'
        ? status.count
          ? t('places.suggestions', { count: status.count })
          : t('places.noSuggestion')
        : status.kind === 'failed'
          ? t(status.key)
          : '';

  return (
    <div className="pl-combobox">
      <TextField
        label={label}
        hint={hint}
        name={name ?? ''}
        id={id}
        error={error}
        maxLength={300}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul className="pl-listbox" id={listId} role="listbox" aria-label={t('places.listLabel')} hidden={!shown}>
        {options.map((place, i) => (
          <li
            key={`${place.label}-${i}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="pl-option"
            // Keeps the focus in the field (a blur would close the list before the click lands).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(place)}
          >
            {place.label}
          </li>
        ))}
      </ul>
      {status.kind === 'failed' && <p className="p-muted">{announcement}</p>}
      <div role="status" aria-live="polite">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
    </div>
  );
}
