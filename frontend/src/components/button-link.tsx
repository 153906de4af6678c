import type { ReactNode } from 'react';
import { Button, type ButtonProps } from '@navikt/ds-react';
import { Link as RouterLink, type To } from 'react-router';

interface ButtonLinkProps extends Pick<ButtonProps, 'variant' | 'size' | 'icon' | 'iconPosition' | 'className'> {
  to: To;
  children: ReactNode;
}

/**
 * A router link that looks like an Aksel button. Aksel's `Button as={…}` adds `role="button"` to anything that is not a
 * `<button>`, which makes screen readers announce a navigation as an action; this keeps the anchor's own `link` role.
 */
export function ButtonLink({ to, ...buttonProps }: ButtonLinkProps) {
  return <Button as={RouterLink} to={to} {...buttonProps} role={undefined} />;
}
