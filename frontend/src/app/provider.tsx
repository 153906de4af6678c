import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Provider as AkselProvider, Theme } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import type { User } from 'oidc-client-ts';
import { cleanUpSigninUrl, safeReturnTo, userManager, type SignInState } from '@/lib/auth';
import { isApiProblem } from '@/lib/api-problem';
import { currentLanguage } from '@/lib/i18n';
import { akselLocale } from '@/lib/i18n/aksel';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change by asking again
        retry: (failureCount, error) =>
          !(isApiProblem(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}

interface AppProviderProps {
  children: ReactNode;
  /** where to go after Keycloak sends the user back (client-side navigation) */
  navigate: (to: string) => void;
}

export function AppProvider({ children, navigate }: AppProviderProps) {
  const [queryClient] = useState(createQueryClient);
  useTranslation(); // re-render on language change: Aksel's built-in texts follow the UI language
  const onSigninCallback = (user: User | undefined) => {
    cleanUpSigninUrl();
    const returnTo = safeReturnTo((user?.state as SignInState | undefined)?.returnTo);
    if (returnTo && returnTo !== '/') navigate(returnTo);
  };
  return (
    <AkselProvider locale={akselLocale(currentLanguage())}>
      <Theme theme="light" hasBackground>
        <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback} onRemoveUser={() => queryClient.clear()}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </AuthProvider>
      </Theme>
    </AkselProvider>
  );
}
