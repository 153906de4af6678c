import { isApiProblem } from './api-problem';

/** The ETag of a response (strong, e.g. `"3"`), to send back in `If-Match`. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('ETag') ?? undefined;
}

/**
 * The API's ETag is the resource's `version` as a strong tag; used where the resource has no GET of its own
 * (sub-goals come inside the plan).
 */
export function etagFromVersion(version: number): string {
  return `"${version}"`;
}

/** 412: someone else changed the resource since it was read. */
export function isStale(error: unknown): boolean {
  return isApiProblem(error) && error.status === 412;
}

/**
 * Field errors of a 422/400 problem keyed by field name (`errors[].field`), the first message per field.
 * Fields not in `known` are returned under `_other` so they are still shown.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiProblem(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    if (e.field && !(e.field in result)) result[e.field] = e.message;
  }
  return result;
}
