import type { ButtonHTMLAttributes, ReactNode } from 'react';
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
  /** Shows `loadingLabel` (or the children) and blocks double submits while a request runs. */
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
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={classes({ variant, size, block }, className)}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading && loadingLabel ? loadingLabel : children}
    </button>
  );
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant, size, block, className, ...rest }: LinkProps & StyleProps) {
  return <Link {...rest} className={classes({ variant, size, block }, className)} />;
}
