// What every /api/v1 route handler shares: the actor wrapper (lib/http/api.ts) plus JSON bodies,
// list query parameters, the 201 answer, and hiding police intelligence from partners.
// The private `_lib` folder is not a route.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/policy";
import { first, parseListParams, searchParamsOf, type ListParams } from "@/lib/dal/list-params";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { apiError, withActor } from "@/lib/http/api";
import { API_BASE, MAX_BODY_BYTES, type ListContract } from "@/lib/http/openapi";

/** A request problem withActor's error mapping has no status for (413, 415) or that we name ourselves (400). */
class RequestProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Handler<C> = (request: Request, ctx: { actor: Actor; params: C }) => Promise<Response>;

/** withActor, plus request problems as JSON errors, and `Cache-Control: no-store` on every answer. */
export function route<C = Record<string, never>>(handler: Handler<C>, options: { permission?: Permission } = {}) {
  const wrapped = withActor<C>(async (request, ctx) => {
    try {
      return await handler(request, ctx);
    } catch (error) {
      if (error instanceof RequestProblem) return apiError(error.status, error.code, error.message);
      throw error;
    }
  }, options);
  return async (request: Request, context: { params: Promise<C> }): Promise<Response> => {
    const response = await wrapped(request, context);
    response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

/**
 * The body as JSON, parsed with the schema: 415 unless it is sent as JSON (which also keeps
 * cross-site form posts out), 413 when too large, 400 when not JSON, 422 (via ZodError) when invalid.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !/^application\/[\w.+-]+\+json$/.test(type)) {
    throw new RequestProblem(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON, with Content-Type: application/json");
  }
  const tooLarge = () => new RequestProblem(413, "PAYLOAD_TOO_LARGE", `The body must be ${MAX_BODY_BYTES.toLocaleString("en-GB")} bytes or fewer`);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RequestProblem(400, "BAD_REQUEST", "The request body is not valid JSON");
  }
  return schema.parse(body);
}

/**
 * Page, sort and filters from the query string. Paging and sorting are lenient, as in the list
 * pages (bad values fall back to the defaults); a filter value that is not allowed is a 422, so
 * a typo never silently widens the results.
 */
export function readListQuery<S extends string, F extends z.ZodType>(request: Request, contract: ListContract<S, F>): { list: ListParams<S>; filters: z.output<F> } {
  const params = searchParamsOf(request.url);
  const searching = !!first(params.q)?.trim();
  const relevance = contract.sorts.find((s) => s === "relevance");
  const defaults = searching && relevance ? { sort: relevance, dir: contract.defaults.dir } : contract.defaults;
  const list = parseListParams(params, contract.sorts, defaults);
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)]));
  return { list, filters: contract.filters.parse(single) };
}

/** 201 with the new resource's URL in Location. */
export function created(request: Request, path: string, data: object) {
  return NextResponse.json({ data }, { status: 201, headers: { Location: new URL(API_BASE + path, request.url).toString() } });
}

export function ok(body: object) {
  return NextResponse.json(body);
}

/** Refuses an actor who may not write records, before the body is read (the DAL checks again). */
export function requireWriter(actor: Actor) {
  if (!can(actor, "records:write")) throw new ForbiddenError();
}

/**
 * Nominals, locations and links are police intelligence. A partner who reaches for them is told
 * there is nothing there (404), never that they may not look (403), so not even their existence
 * is revealed. Other roles keep the DAL's answer.
 */
export async function policeIntelligence<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError && audienceOf(actor) === "partner") throw new NotFoundError("Resource");
    throw error;
  }
}

/** `searchText` is the data layer's fuzzy-search index column, not part of the record. */
export function withoutSearchIndex<T extends { searchText?: unknown }>(record: T): Omit<T, "searchText"> {
  const { searchText: _index, ...rest } = record;
  return rest;
}
