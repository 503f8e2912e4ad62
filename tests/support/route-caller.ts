// Calls a route handler the way Next does, as a chosen actor. The API tests replace only the
// session boundary (getActor, mocked in each test file to read `session.actor`); the policy, the
// data layer and the database stay real.
import type { Actor } from "@/lib/auth/actor";

type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
export type Answer = { status: number; headers: Headers; text: string; json: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export const ORIGIN = "http://locus.test";

export function routeCaller(session: { actor: Actor | null }) {
  return async function call(handler: unknown, as: Actor | null, method: string, url: string, options: { id?: string; body?: unknown; contentType?: string } = {}): Promise<Answer> {
    session.actor = as;
    const hasBody = options.body !== undefined;
    const request = new Request(ORIGIN + url, {
      method,
      headers: hasBody ? { "content-type": options.contentType ?? "application/json" } : {},
      body: hasBody ? (typeof options.body === "string" ? options.body : JSON.stringify(options.body)) : undefined,
    });
    const response = await (handler as RouteHandler)(request, { params: Promise.resolve(options.id === undefined ? {} : { id: options.id }) as Promise<never> });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : null };
  };
}
