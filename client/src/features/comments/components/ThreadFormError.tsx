import { useEffect, useRef } from 'react';
import { useT } from '@/i18n';
import type { FormErrors } from '@/ui';

/**
 * The error summary of a comment form. Several comment forms can be open on one page, so the
 * field ids are per comment: this summary links to `fieldDomId` (the shared FormError links to
 * the id derived from the input path, which only one form on the page may own).
 */
export function ThreadFormError({ form, fieldDomId }: { form: FormErrors; fieldDomId: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const { error } = form;
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const messages = Object.values(error.fields);
  return (
    <div className="p-form-error" role="alert" tabIndex={-1} ref={ref}>
      <p className="p-form-error__title">{messages.length ? t('ui.formErrors', { count: messages.length }) : error.message}</p>
      {messages.length > 0 && (
        <ul>
          {messages.map((message) => (
            <li key={message}>
              <a
                href={`#${fieldDomId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldDomId)?.focus();
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
