// Runs before every page request (and the API routes outside /api/v1). Only optimistic work
// happens here (Next's own advice): a request id for the audit trail, a redirect to sign-in when
// there is no session cookie, and the sliding 8-hour idle expiry. Real authorisation is in lib/auth and lib/dal.
import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-config";
import { decodeSessionToken } from "@/lib/auth/session-token";

const PUBLIC_PATHS = ["/sign-in", "/api/auth", "/api/health"];
const REFRESH_AFTER_SECONDS = 60;

export async function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);

  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p + "/"));
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const secureCookie = request.nextUrl.protocol === "https:" || process.env.NEXTAUTH_URL?.startsWith("https://") === true;
  const cookieName = secureCookie ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  const token = isPublic ? null : await getToken({ req: request, secret, secureCookie, cookieName, decode: decodeSessionToken });

  if (!token && !isPublic && !pathname.startsWith("/api/")) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }

  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("x-request-id", requestId);

  // Sliding expiry: re-issue the session cookie on activity, so it lapses after 8 idle hours.
  const issuedAt = typeof token?.iat === "number" ? token.iat : 0;
  if (token && secret && Date.now() / 1000 - issuedAt > REFRESH_AFTER_SECONDS) {
    const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
    const fresh = await encode({ token: claims, secret, maxAge: SESSION_IDLE_SECONDS });
    response.cookies.set(cookieName, fresh, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookie, maxAge: SESSION_IDLE_SECONDS });
  }
  return response;
}

// Not /api/v1: the REST API authenticates every request itself (withActor in lib/http/api.ts,
// which also answers with the request id), has no sign-in page to redirect to, and its clients
// are scripts and downloads that do not keep a re-issued cookie. Running the proxy there cost
// ~1.3 ms of CPU a request, a quarter of logging a concern (docs/benchmarks.md, decision 006).
export const config = {
  matcher: ["/((?!api/v1/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
