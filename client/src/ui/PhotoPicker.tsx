import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useT } from '@/i18n';
import { Button } from './Button';
import { fieldId } from './fields';
import {
  downscaleForUpload,
  fitWithin,
  isTransient,
  MAX_PHOTOS,
  moveItem,
  PhotoUploadError,
  takeFiles,
  THUMB_SIZE,
  uploadErrorKey,
  type GalleryImage,
} from './photos';
import { UploadContext } from './photo-upload';

/** One photo of the picker: already on the server (`id`), or on its way. */
export interface PhotoItem {
  key: string;
  id: string | null;
  uploading: boolean;
  /** 0 to 1 while uploading. */
  progress: number;
  /** A local preview (object URL) while the file uploads. */
  preview: string | null;
  image: { width: number; height: number; placeholder: string; thumb: string } | null;
}

/** A file the server (or the limit) refused: shown with the reason, in the picker's live region. */
export interface PhotoRefusal {
  key: string;
  messageKey: string;
  params: Record<string, string | number>;
}

/** What a live region says after an action on the photos. */
type Announcement = { key: string; params: Record<string, string | number> } | null;

/** Uploads at once per picker: enough to use the line, few enough not to make the server busy. */
const PARALLEL_UPLOADS = 2;
/** Tries of a file the server was too busy to take (429 MEDIA_BUSY) or a dropped line. */
const TRIES = 3;

export interface PhotoPickerState {
  items: PhotoItem[];
  refusals: PhotoRefusal[];
  announcement: Announcement;
  /** Ids of the uploaded photos, in the order shown: what `imageIds` takes. */
  ids: string[];
  /** Files still uploading. */
  pending: number;
  /** True while `settled()` waits for uploads (the form shows its button as busy). */
  waiting: boolean;
  max: number;
  add: (files: File[]) => void;
  remove: (key: string) => void;
  move: (key: string, delta: number) => void;
  /**
   * Waits for the uploads under way, then gives the ids to send; null when a file was refused
   * meanwhile (its reason is on screen: let the person see it before sending without it).
   */
  settled: () => Promise<string[] | null>;
  /** Where focus goes after an action removes or moves the focused button. @internal */
  focusRequest: { key: string | null; action: string } | null;
}

const toItem = (image: GalleryImage): PhotoItem => ({
  key: image.id,
  id: image.id,
  uploading: false,
  progress: 1,
  preview: null,
  image: { width: image.width, height: image.height, placeholder: image.placeholder, thumb: image.thumb },
});

const objectUrl = (file: File): string | null => {
  try {
    return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
  } catch {
    return null;
  }
};
const revoke = (url: string | null) => {
  if (url && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The state of a photo picker: the photos a form will send (`ids`), their uploads, the refusals.
 * `initial` are the photos already attached (editing a draft): kept, reordered or removed.
 */
export function usePhotoPicker(initial: GalleryImage[] = [], max = MAX_PHOTOS): PhotoPickerState {
  const upload = useContext(UploadContext);
  const [items, setItems] = useState<PhotoItem[]>(() => initial.map(toItem));
  const itemsRef = useRef(items);
  const [refusals, setRefusals] = useState<PhotoRefusal[]>([]);
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  const [waiting, setWaiting] = useState(false);
  const [focusRequest, setFocusRequest] = useState<PhotoPickerState['focusRequest']>(null);
  const uploads = useRef(new Map<string, { promise: Promise<void>; abort: AbortController }>());
  const slots = useRef({ running: 0, queue: [] as (() => void)[] });
  const mounted = useRef(true);
  const counter = useRef(0);
  const refusedCount = useRef(0);

  /** Changes the list (the ref first, so `settled()` and concurrent uploads see it at once). */
  const update = useCallback((change: (list: PhotoItem[]) => PhotoItem[]) => {
    itemsRef.current = change(itemsRef.current);
    if (mounted.current) setItems(itemsRef.current);
  }, []);

  useEffect(() => {
    mounted.current = true;
    const current = uploads.current;
    return () => {
      mounted.current = false;
      for (const u of current.values()) u.abort.abort();
      for (const item of itemsRef.current) revoke(item.preview);
    };
  }, []);

  const takeSlot = useCallback(async () => {
    const s = slots.current;
    if (s.running >= PARALLEL_UPLOADS) await new Promise<void>((resolve) => s.queue.push(resolve));
    s.running++;
  }, []);
  const releaseSlot = useCallback(() => {
    const s = slots.current;
    s.running--;
    s.queue.shift()?.();
  }, []);

  const announceReady = useCallback(() => {
    const list = itemsRef.current;
    if (list.some((i) => i.uploading)) return;
    setAnnouncement({ key: 'ui.photos.ready', params: { count: list.length, max } });
  }, [max]);

  const start = useCallback(
    (key: string, file: File) => {
      const abort = new AbortController();
      const run = async () => {
        await takeSlot();
        try {
          if (abort.signal.aborted) return;
          const body = await downscaleForUpload(file);
          for (let attempt = 1; ; attempt++) {
            try {
              if (!upload) throw new PhotoUploadError('UNKNOWN');
              const photo = await upload(body, {
                signal: abort.signal,
                onProgress: (fraction) => update((list) => list.map((i) => (i.key === key ? { ...i, progress: fraction } : i))),
              });
              update((list) =>
                list.map((i) => {
                  if (i.key !== key) return i;
                  revoke(i.preview);
                  return {
                    ...i,
                    id: photo.id,
                    uploading: false,
                    progress: 1,
                    preview: null,
                    image: { width: photo.width, height: photo.height, placeholder: photo.placeholder, thumb: photo.variants.thumb },
                  };
                }),
              );
              break;
            } catch (error) {
              if (abort.signal.aborted) return;
              if (attempt < TRIES && isTransient(error)) {
                const seconds = error instanceof PhotoUploadError && error.retryAfterSeconds ? error.retryAfterSeconds : attempt * 2;
                await wait(seconds * 1000);
                continue;
              }
              update((list) =>
                list.filter((i) => {
                  if (i.key === key) revoke(i.preview);
                  return i.key !== key;
                }),
              );
              refusedCount.current++;
              if (mounted.current) setRefusals((r) => [...r, { key, messageKey: uploadErrorKey(error), params: { name: file.name } }]);
              break;
            }
          }
        } finally {
          releaseSlot();
          uploads.current.delete(key);
          if (mounted.current) announceReady();
        }
      };
      uploads.current.set(key, { promise: run(), abort });
    },
    [upload, update, takeSlot, releaseSlot, announceReady],
  );

  const add = useCallback(
    (files: File[]) => {
      const { accepted, leftOut } = takeFiles(itemsRef.current.length, files, max);
      setRefusals(
        leftOut ? [{ key: `left-out-${++counter.current}`, messageKey: 'ui.photos.leftOut', params: { count: leftOut, max } }] : [],
      );
      if (!accepted.length) return;
      const fresh = accepted.map((file) => ({ file, key: `new-${++counter.current}` }));
      update((list) => [
        ...list,
        ...fresh.map(({ file, key }) => ({ key, id: null, uploading: true, progress: 0, preview: objectUrl(file), image: null })),
      ]);
      // While files upload the live region says so (from `pending`); the outcome replaces it.
      setAnnouncement(null);
      for (const { file, key } of fresh) start(key, file);
    },
    [max, start, update],
  );

  const remove = useCallback(
    (key: string) => {
      const list = itemsRef.current;
      const index = list.findIndex((i) => i.key === key);
      if (index < 0) return;
      uploads.current.get(key)?.abort.abort();
      revoke(list[index]!.preview);
      update((l) => l.filter((i) => i.key !== key));
      const next = itemsRef.current[index] ?? itemsRef.current[index - 1] ?? null;
      setFocusRequest({ key: next?.key ?? null, action: 'remove' });
      setAnnouncement({ key: 'ui.photos.removed', params: { position: index + 1 } });
    },
    [update],
  );

  const move = useCallback(
    (key: string, delta: number) => {
      const index = itemsRef.current.findIndex((i) => i.key === key);
      update((list) => moveItem(list, index, delta));
      const position = itemsRef.current.findIndex((i) => i.key === key) + 1;
      setFocusRequest({ key, action: delta < 0 ? 'earlier' : 'later' });
      setAnnouncement({ key: 'ui.photos.moved', params: { position, count: itemsRef.current.length } });
    },
    [update],
  );

  const settled = useCallback(async () => {
    const refusedBefore = refusedCount.current;
    if (uploads.current.size) {
      setWaiting(true);
      try {
        while (uploads.current.size) await Promise.allSettled([...uploads.current.values()].map((u) => u.promise));
      } finally {
        if (mounted.current) setWaiting(false);
      }
    }
    if (refusedCount.current !== refusedBefore) return null;
    return itemsRef.current.filter((i) => i.id && !i.uploading).map((i) => i.id as string);
  }, []);

  return useMemo(
    () => ({
      items,
      refusals,
      announcement,
      ids: items.filter((i) => i.id && !i.uploading).map((i) => i.id as string),
      pending: items.filter((i) => i.uploading).length,
      waiting,
      max,
      add,
      remove,
      move,
      settled,
      focusRequest,
    }),
    [items, refusals, announcement, waiting, max, add, remove, move, settled, focusRequest],
  );
}

export interface PhotoPickerProps {
  photos: PhotoPickerState;
  /** Legend of the group (default « Photos »). */
  label?: string;
  /** The GraphQL input path the server names in its errors (`input.imageIds`, `imageIds`). */
  name: string;
  hint?: string;
  /** The translated server error for the photos (spread `form.field(name)`). */
  error?: string;
  id?: string;
}

/**
 * Choose or take photos, see them upload, reorder and remove them (at most 6). The files go to
 * `POST /media` as soon as they are chosen; the form sends `photos.ids` (after
 * `await photos.settled()`). Every control is a native input or button: keyboard and screen
 * reader users get the same as everyone; what happens is said in a polite live region.
 */
export function PhotoPicker({ photos, label, name, hint, error, id }: PhotoPickerProps) {
  const t = useT();
  const auto = useId();
  const groupId = id ?? fieldId(name);
  const hintId = `${groupId}-hint`;
  const errorId = `${groupId}-error`;
  const inputId = `${auto}-choose`;
  const cameraId = `${auto}-camera`;
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  const { items, refusals, announcement, max, focusRequest } = photos;
  const room = max - items.length;
  const total = items.length;

  // Keep focus where the person is after a move or a removal (the button they pressed may be gone).
  useEffect(() => {
    if (!focusRequest) return;
    const { key, action } = focusRequest;
    const within = listRef.current;
    const pick = (a: string) =>
      key && within ? within.querySelector<HTMLButtonElement>(`[data-photo="${CSS.escape(key)}"][data-action="${a}"]`) : null;
    const target = pick(action) ?? pick(action === 'earlier' ? 'later' : 'earlier') ?? pick('remove') ?? addRef.current;
    target?.focus();
  }, [focusRequest]);

  function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared so choosing the same file again (after removing it) fires again.
    event.currentTarget.value = '';
    if (files.length) photos.add(files);
  }

  const describedBy = [error ? errorId : null, hintId].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'p-photos p-field--error' : 'p-photos'} id={groupId} tabIndex={-1} aria-describedby={describedBy}>
      <legend className="p-field__label">
        {label ?? t('ui.photos.label')}
        <span className="p-field__marker"> ({t('ui.optional')})</span>
      </legend>
      <span className="p-field__hint" id={hintId}>
        {hint ?? t('ui.photos.hint', { max })}
      </span>
      {error && (
        <span className="p-field__error" id={errorId}>
          {error}
        </span>
      )}
      {total > 0 && (
        <ol className="p-photos__list" ref={listRef} aria-label={t('ui.photos.listLabel', { count: total, max })}>
          {items.map((item, index) => {
            const n = index + 1;
            const size = item.image ? fitWithin(item.image.width, item.image.height, THUMB_SIZE) : null;
            const src = item.image?.thumb ?? item.preview;
            return (
              <li key={item.key} className="p-photos__item">
                <div className="p-photos__frame" style={item.image ? { backgroundColor: item.image.placeholder } : undefined}>
                  {src && (
                    <img
                      src={src}
                      alt={t('ui.photos.alt', { position: n, count: total })}
                      width={size?.width}
                      height={size?.height}
                      decoding="async"
                    />
                  )}
                </div>
                {item.uploading && (
                  <progress
                    className="p-photos__progress"
                    max={1}
                    value={item.progress || undefined}
                    aria-label={t('ui.photos.progress', { position: n })}
                  />
                )}
                <div className="p-photos__actions">
                  {index > 0 && (
                    <Button
                      variant="ghost"
                      size="small"
                      className="p-photos__earlier"
                      data-photo={item.key}
                      data-action="earlier"
                      aria-label={t('ui.photos.earlier', { position: n })}
                      onClick={() => photos.move(item.key, -1)}
                    >
                      <span aria-hidden="true">←</span>
                    </Button>
                  )}
                  <Button
                    variant="secondary"
                    size="small"
                    className="p-photos__remove"
                    data-photo={item.key}
                    data-action="remove"
                    aria-label={t('ui.photos.remove', { position: n })}
                    onClick={() => photos.remove(item.key)}
                  >
                    {t('ui.photos.removeShort')}
                  </Button>
                  {index < total - 1 && (
                    <Button
                      variant="ghost"
                      size="small"
                      className="p-photos__later"
                      data-photo={item.key}
                      data-action="later"
                      aria-label={t('ui.photos.later', { position: n })}
                      onClick={() => photos.move(item.key, 1)}
                    >
                      <span aria-hidden="true">→</span>
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {room > 0 ? (
        <div className="p-photos__add">
          <input
            ref={addRef}
            type="file"
            id={inputId}
            className="p-photos__input"
            accept="image/*"
            multiple
            onChange={onChoose}
            aria-describedby={hintId}
          />
          <label htmlFor={inputId} className="p-button p-button--secondary">
            {total ? t('ui.photos.addMore') : t('ui.photos.add')}
          </label>
          {/* Phones: straight to the camera (one shot at a time); hidden where there is none to point. */}
          <span className="p-photos__camera">
            <input
              type="file"
              id={cameraId}
              className="p-photos__input"
              accept="image/*"
              capture="environment"
              onChange={onChoose}
              aria-describedby={hintId}
            />
            <label htmlFor={cameraId} className="p-button p-button--secondary">
              {t('ui.photos.take')}
            </label>
          </span>
        </div>
      ) : (
        <p className="p-muted">{t('ui.photos.full', { max })}</p>
      )}
      <div className="p-photos__status" role="status">
        {photos.pending > 0 ? (
          <p>{t('ui.photos.uploading', { count: photos.pending })}</p>
        ) : (
          announcement && <p>{t(announcement.key, announcement.params)}</p>
        )}
        {refusals.length > 0 && (
          <ul className="p-photos__errors">
            {refusals.map((r) => (
              <li key={r.key}>{t(r.messageKey, r.params)}</li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
