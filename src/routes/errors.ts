// Errors a route answers with: a client's mistake gets its 4xx and one line; anything else is a
// server fault (a 500, details kept in the server's log). The JSON API, the pages and their .json
// twins answer with the same body.
import { StoreInputError } from '../store/index.ts';
import { ParamError } from './params.ts';

export type ClientStatus = 400 | 404 | 413 | 415 | 422;

/** Bad input to the HTTP layer: `status` is the 4xx to answer with, `message` one line for the user. */
export class HttpInputError extends Error {
  constructor(readonly status: ClientStatus, message: string) {
    super(message);
    this.name = 'HttpInputError';
  }
}

export const notFound = (what: string): HttpInputError => new HttpInputError(404, what);

/** The HTTP status and one-line message for an error thrown while answering, or null for a server fault. */
export function clientError(e: unknown): { status: ClientStatus; message: string } | null {
  if (e instanceof HttpInputError) return { status: e.status, message: e.message };
  if (e instanceof ParamError || e instanceof StoreInputError) return { status: 400, message: e.message };
  return null;
}

/** The body of every error answer. */
export function errorBody(status: number, message: string): { error: { status: number; message: string } } {
  return { error: { status, message } };
}
