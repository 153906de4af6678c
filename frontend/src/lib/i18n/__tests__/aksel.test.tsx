import { render, screen } from '@testing-library/react';
import { Provider, Textarea } from '@navikt/ds-react';
import { describe, expect, it } from 'vitest';
import { akselLocale } from '../aksel';

function Counter({ language }: { language: 'sv' | 'en' }) {
  return (
    <Provider locale={akselLocale(language)}>
      <Textarea label="Skäl" maxLength={100} value="abc" onChange={() => undefined} />
    </Provider>
  );
}

describe('Aksel built-in texts', () => {
  it('are Swedish for the Swedish UI (not Aksel’s default Norwegian)', () => {
    render(<Counter language="sv" />);
    expect(screen.getByText('97 tecken kvar')).toBeInTheDocument();
    expect(screen.queryByText(/tegn igjen/)).toBeNull();
  });

  it('are English for the English UI', () => {
    render(<Counter language="en" />);
    expect(screen.getByText('97 characters left')).toBeInTheDocument();
  });
});
