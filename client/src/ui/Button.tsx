import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router-dom';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

interface StyleProps {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  block?: boolean;
}

function classes({ variant = 'primary', size = 'normal', block }: StyleProps, extra?: string) {
  return [
    'p-button',
    variant !== 'primary' && `p-button--${variant}`,
    size === 'small' && 'p-button--small',
    block && 'p-button--block',
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, StyleProps {
  /**
   * Shows `loadingLabel` (or the children) and blocks double submits while a request runs. The
   * button stays focusable (aria-disabled, not disabled): a focused button that becomes disabled
   * drops the focus to the page's body, and keyboard and screen reader users lose their place.
   */
  loading?: boolean;
  loadingLabel?: ReactNode;
}

/** A button. `type` defaults to "button" so only the intended one submits a form. */
export function Button({
  variant,
  size,
  block,
  loading,
  loadingLabel,
  className,
  children,
  type = 'button',
  disabled,
  onClick,
  ...rest
}: ButtonProps) {
  // While loading, a click (or Enter in a field, which clicks the submit button) does nothing.
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) event.preventDefault();
    else onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={classes({ variant, size, block }, className)}
      disabled={disabled}
      aria-disabled={(!disabled && loading) || undefined}
      aria-busy={loading || undefined}
      onClick={click}
    >
      {loading && loadingLabel ? loadingLabel : children}
    </button>
  );
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant, size, block, className, ...rest }: LinkProps & StyleProps) {
  return <Link {...rest} className={classes({ variant, size, block }, className)} />;
}
