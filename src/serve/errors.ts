// The service's errors: one shape on the wire, {"error": {"code", "message"}},
// and one status per kind of failure. Fastify's own errors are mapped here so
// no framework message or stack trace reaches a client.

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  not_found: 404,
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_input: 422,
  worker_failed: 500,
  internal: 500,
  busy: 503,
  timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** extra response headers (Retry-After) */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_STATUS[code];
  }
}

export const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
  validation?: { instancePath?: string; message?: string; params?: Record<string, unknown> }[];
}

/** Any error thrown while handling a request → an ApiError a client may see. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const err = (e ?? {}) as FastifyLikeError;
  if (err.validation) return new ApiError('invalid_input', validationMessage(err.validation));
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('unsupported_media_type', 'unsupported content type');
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new ApiError('unsupported_media_type', 'content type missing or malformed');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('bad_request', 'Content-Length does not match the body');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('payload_too_large', 'request body over the limit');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('invalid_json', 'empty JSON body');
  }
  if (err.statusCode === 413) return new ApiError('payload_too_large', 'request body over the limit');
  if (err.statusCode === 415) return new ApiError('unsupported_media_type', 'unsupported content type');
  if (err.statusCode === 408) return new ApiError('request_timeout', 'request body not received in time');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return new ApiError('bad_request', 'malformed request');
  return new ApiError('internal', 'internal error');
}

function validationMessage(v: NonNullable<FastifyLikeError['validation']>): string {
  const first = v[0];
  if (!first) return 'invalid request';
  const missing = first.params?.missingProperty;
  if (typeof missing === 'string') return `missing field "${missing}"`;
  const extra = first.params?.additionalProperty;
  if (typeof extra === 'string') return `${first.instancePath || 'body'}: unknown field "${extra}"`;
  return `${(first.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') || 'body'} ${first.message ?? 'is invalid'}`;
}
