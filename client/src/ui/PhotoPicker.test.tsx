import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PhotoUploadError, type UploadPhoto } from './photos';
import { usePhotoPicker } from './PhotoPicker';
import { PhotoUploadProvider } from './photo-upload';

const photo = (id: string) => ({
  id,
  width: 1600,
  height: 1200,
  placeholder: '#336699',
  variants: { thumb: `/t/${id}`, medium: `/m/${id}`, large: `/l/${id}` },
});
const file = (name: string) => new File(['x'], name, { type: 'image/jpeg' });

/** Uploads answer in the order given: a file named `bad…` is refused as not an image. */
function setup(initial = [] as Parameters<typeof usePhotoPicker>[0]) {
  let n = 0;
  const upload: UploadPhoto = async (blob) => {
    await new Promise((r) => setTimeout(r, 5));
    if ((blob as File).name.startsWith('bad')) throw new PhotoUploadError('UNSUPPORTED_IMAGE_FORMAT', 415);
    return photo(`id-${++n}`);
  };
  const wrapper = ({ children }: { children: ReactNode }) => <PhotoUploadProvider upload={upload}>{children}</PhotoUploadProvider>;
  return renderHook(() => usePhotoPicker(initial), { wrapper });
}

describe('usePhotoPicker', () => {
  it('uploads what fits (6 at most), in the order chosen, and gives the ids once settled', async () => {
    const { result } = setup();
    act(() => result.current.add(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((x) => file(`${x}.jpg`))));
    expect(result.current.items).toHaveLength(6);
    expect(result.current.refusals).toEqual([expect.objectContaining({ messageKey: 'ui.photos.leftOut', params: { count: 2, max: 6 } })]);
    let ids: string[] | null = null;
    await act(async () => {
      ids = await result.current.settled();
    });
    expect(ids).toHaveLength(6);
    expect(result.current.ids).toEqual(ids);
    expect(result.current.pending).toBe(0);
    expect(result.current.announcement).toEqual({ key: 'ui.photos.ready', params: { count: 6, max: 6 } });
  });

  it('drops a refused file with its reason, and settled() says to stop there', async () => {
    const { result } = setup();
    act(() => result.current.add([file('a.jpg'), file('bad.jpg')]));
    let ids: string[] | null = [];
    await act(async () => {
      ids = await result.current.settled();
    });
    expect(ids).toBeNull();
    expect(result.current.items).toHaveLength(1);
    expect(result.current.refusals).toEqual([
      expect.objectContaining({ messageKey: 'ui.photos.errors.format', params: { name: 'bad.jpg' } }),
    ]);
    // Nothing new refused: the next submit goes on.
    await act(async () => {
      ids = await result.current.settled();
    });
    expect(ids).toEqual(result.current.ids);
  });

  it('keeps, reorders and removes the photos a draft already has', async () => {
    const existing = ['x', 'y', 'z'].map((id) => ({
      id,
      width: 800,
      height: 600,
      placeholder: '#000000',
      thumb: `/t/${id}`,
      large: `/l/${id}`,
    }));
    const { result } = setup(existing);
    expect(result.current.ids).toEqual(['x', 'y', 'z']);
    act(() => result.current.move('z', -1));
    expect(result.current.ids).toEqual(['x', 'z', 'y']);
    expect(result.current.announcement).toEqual({ key: 'ui.photos.moved', params: { position: 2, count: 3 } });
    act(() => result.current.remove('x'));
    expect(result.current.ids).toEqual(['z', 'y']);
    act(() => result.current.add([file('new.jpg')]));
    await waitFor(() => expect(result.current.pending).toBe(0));
    expect(result.current.ids).toEqual(['z', 'y', 'id-1']);
  });
});
