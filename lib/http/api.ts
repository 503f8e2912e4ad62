// One wrapper for every API route handler: find the actor, check the permission, run the
// handler, and map domain errors to one JSON error shape with the HTTP status it deserves.
import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { getActor, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/policy";
import { DomainError, ConflictError, ValidationError } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation/fields";

export type ApiError = { error: { code: string; message: string; fields?: Record<string, string[]>; changedBy?: string; changedAt?: string } };

const STATUS: Record<DomainError["code"], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
};

export function apiError(status: number, code: string, message: string, extra: Partial<ApiError["error"]> = {}) {
  return NextResponse.json<ApiError>({ error: { code, message, ...extra } }, { status });
}

export function toApiResponse(error: unknown): NextResponse {
  if (error instanceof ZodError) return apiError(422, "INVALID", "Some fields need attention", { fields: zodFieldErrors(error) });
  if (error instanceof ValidationError) return apiError(422, error.code, error.message, { fields: error.fields });
  if (error instanceof ConflictError) return apiError(409, error.code, error.message, { changedBy: error.changedBy, changedAt: error.changedAt.toISOString() });
  if (error instanceof DomainError) return apiError(STATUS[error.code], error.code, error.message);
  if (error instanceof SyntaxError) return apiError(400, "BAD_REQUEST", "The request body is not valid JSON");
  console.error(error);
  return apiError(500, "INTERNAL", "Something went wrong on our side. It has been logged.");
}

type Handler<C> = (request: Request, ctx: { actor: Actor; params: C }) => Promise<Response>;

export function withActor<C = Record<string, string>>(handler: Handler<C>, options: { permission?: Permission } = {}) {
  return async (request: Request, context: { params: Promise<C> }): Promise<Response> => {
    try {
      const actor = await getActor();
      if (!actor) return apiError(401, "UNAUTHENTICATED", "Sign in to continue");
      if (options.permission && !can(actor, options.permission)) return apiError(403, "FORBIDDEN", "You do not have permission to do that");
      const response = await handler(request, { actor, params: await context.params });
      if (actor.requestId) response.headers.set("x-request-id", actor.requestId);
      return response;
    } catch (error) {
      return toApiResponse(error);
    }
  };
}
