/** RFC 9457 problem details as the Stegvis API sends them (application/problem+json). */
export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
}

/** Thrown for every non-2xx answer from the API; carries the problem details. */
export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: ProblemFieldError[];

  constructor(problem: ProblemDetails & { status: number }) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? `HTTP ${problem.status}`;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function asFieldErrors(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object')
    .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }));
}

/** Builds an ApiProblem from a failed response, whatever its body is. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const parsed: unknown = await response.clone().json();
      if (parsed !== null && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // not JSON after all: fall back to the status line
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return new ApiProblem({
    type: str(body.type),
    title: str(body.title) ?? (response.statusText || undefined),
    status: typeof body.status === 'number' ? body.status : response.status,
    detail: str(body.detail),
    instance: str(body.instance),
    errors: asFieldErrors(body.errors),
  });
}
