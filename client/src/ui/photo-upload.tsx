import { createContext, type ReactNode } from 'react';
import type { UploadPhoto } from './photos';

/**
 * The uploader of the photo pickers, apart from them: the shell provides it on every page, the
 * pickers (and their code) come with the pages that have one.
 */
export const UploadContext = createContext<UploadPhoto | null>(null);

/** Gives the photo pickers below it the uploader (the app's, which sends the session's token). */
export function PhotoUploadProvider({ upload, children }: { upload: UploadPhoto; children: ReactNode }) {
  return <UploadContext.Provider value={upload}>{children}</UploadContext.Provider>;
}
