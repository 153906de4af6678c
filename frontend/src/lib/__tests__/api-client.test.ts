import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '@/testing/test-utils';
import { ApiProblem, createApiClient } from '../api-client';

describe('api client', () => {
  it('sends the bearer token of the signed-in user to /api/v1', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse({ userId: 'u', username: 'anna', name: 'Anna', roles: [], assignments: [] }));
    const client = createApiClient({ getAccessToken: async () => 'token-123', fetch });
    const { data } = await client.GET('/me');
    expect(data?.name).toBe('Anna');
    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/v1/me');
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('sends no Authorization header when signed out', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse({}));
    const client = createApiClient({ getAccessToken: () => undefined, fetch });
    await client.GET('/me');
    expect(fetch.mock.calls[0]![0].headers.has('Authorization')).toBe(false);
  });

  it('throws problem+json answers as a typed ApiProblem', async () => {
    const fetch = vi.fn(async () =>
      problemResponse(422, {
        type: 'https://stegvis.se/problems/validation',
        title: 'Ogiltiga uppgifter',
        detail: '1 invalid field',
        instance: '/api/v1/participants',
        errors: [{ field: 'identityNumber', message: 'kontrollsiffran stämmer inte' }],
      }),
    );
    const client = createApiClient({ getAccessToken: () => 't', fetch });
    const error = await client.GET('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({
      status: 422,
      title: 'Ogiltiga uppgifter',
      detail: '1 invalid field',
      errors: [{ field: 'identityNumber', message: 'kontrollsiffran stämmer inte' }],
    });
  });

  it('turns a non-JSON failure (e.g. a proxy 502) into an ApiProblem too', async () => {
    const fetch = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const client = createApiClient({ getAccessToken: () => 't', fetch });
    await expect(client.GET('/me')).rejects.toMatchObject({ name: 'ApiProblem', status: 502, title: 'Bad Gateway' });
  });
});
