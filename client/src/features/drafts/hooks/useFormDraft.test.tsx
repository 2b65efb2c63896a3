import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, readDraft } from '@/app';
import { session } from '@/app/session';
import type { FormErrors } from '@/ui';
import { useFormDraft, type FormDraft } from './useFormDraft';

vi.mock('@/app', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/app')>()),
  useAuth: () => ({ viewer: { id: 'user-1' } }),
}));

const errors = { error: null } as unknown as FormErrors;
let draft: FormDraft | null = null;

function Form() {
  draft = useFormDraft({ form: 'proposal', target: 'new', errors });
  return (
    <form ref={draft.ref}>
      <label>
        Titre
        <input name="title" />
      </label>
    </form>
  );
}

function hidePage() {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useFormDraft', () => {
  beforeEach(() => {
    vi.spyOn(session, 'active', 'get').mockReturnValue(true); // drafts are written only while signed in
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'visibilityState');
    localStorage.clear();
  });

  it('keeps what is typed when the page is hidden, and, once the form is gone, writes nothing back', () => {
    const key = draftKey('user-1', 'proposal', 'new');
    const { getByLabelText, unmount } = render(<Form />);
    fireEvent.input(getByLabelText('Titre'), { target: { value: 'Un abri vélo' } });
    hidePage();
    expect(readDraft(key)?.values).toEqual({ title: ['Un abri vélo'] });

    // Sent and confirmed: the draft is forgotten, the page moves on (the form unmounts).
    act(() => draft!.clear());
    unmount();
    hidePage();
    expect(readDraft(key)).toBeNull();
  });
});
