import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { ButtonLink } from '../button-link';

describe('ButtonLink', () => {
  it('is announced as a link to its target, not as a button', () => {
    renderWithProviders(
      <ButtonLink to="/deltagare/p-1/matning/ny" variant="secondary" size="small">
        Registrera mätning
      </ButtonLink>,
    );
    const link = screen.getByRole('link', { name: 'Registrera mätning' });
    expect(link).toHaveAttribute('href', '/deltagare/p-1/matning/ny');
    expect(link).not.toHaveAttribute('role');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
