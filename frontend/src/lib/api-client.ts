import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { env } from '@/config/env';
import { getAccessToken } from './auth';
import { problemFromResponse } from './api-problem';

export { ApiProblem, isApiProblem, type ProblemDetails, type ProblemFieldError } from './api-problem';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl?: string;
  /** Returns the bearer token to send, or undefined to send none. */
  getAccessToken: () => Promise<string | undefined> | string | undefined;
  /** Override fetch (tests). */
  fetch?: (request: Request) => Promise<Response>;
}

export function authMiddleware(tokenSource: ApiClientOptions['getAccessToken']): Middleware {
  return {
    async onRequest({ request }) {
      const token = await tokenSource();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

/** Turns every non-2xx response (problem+json or not) into a thrown ApiProblem. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await problemFromResponse(response);
    return response;
  },
};

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    // absolute, so that Request() also works outside a browser (tests)
    baseUrl: new URL(options.baseUrl ?? env.apiBaseUrl, window.location.origin).href.replace(/\/$/, ''),
    // resolved per call, so a stubbed global fetch is honoured
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(authMiddleware(options.getAccessToken), problemMiddleware);
  return client;
}

/** The app's API client: all calls go through it. */
export const api: ApiClient = createApiClient({ getAccessToken });
