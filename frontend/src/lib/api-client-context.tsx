import { createContext, useContext, type ReactNode } from 'react';
import { api, type ApiClient } from './api-client';

const ApiClientContext = createContext<ApiClient>(api);

/** Lets tests (or a storybook) swap the API client; the app uses the default `api`. */
export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  return useContext(ApiClientContext);
}
