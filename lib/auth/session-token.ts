// Decoding the session cookie once per distinct cookie, not once per use. The proxy and getActor
// both read the cookie on every request, and next-auth's decode derives the key (HKDF) and
// decrypts each time: about 5% of the server's CPU under load (docs/benchmarks.md, "Per-request
// cost"). A cookie decrypted before yields the same claims, so they are kept (bounded, per
// process); the time-dependent checks jose makes (exp, nbf, with next-auth's 15 s tolerance) are
// repeated on every use, so an expired session is refused exactly as before.
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const CLOCK_TOLERANCE_SECONDS = 15; // what next-auth's decode passes to jose's jwtDecrypt
const MAX_ENTRIES = 1000;

type Entry = { secret: string; claims: JWT };
// On globalThis, so that the proxy and the app's route bundles share one map.
const store = globalThis as unknown as { locusSessionTokens?: Map<string, Entry> };
const decoded = (store.locusSessionTokens ??= new Map<string, Entry>());

function stillValid(claims: JWT, nowSeconds: number): boolean {
  if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS) return false;
  if (typeof claims.exp === "number" && claims.exp <= nowSeconds - CLOCK_TOLERANCE_SECONDS) return false;
  return true;
}

/** next-auth's `decode`, remembering what it decrypted. Pass it to `getToken({ decode })`. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret } = params;
  if (!token || !secret || params.salt) return decode(params);
  const secretKey = typeof secret === "string" ? secret : Buffer.from(secret).toString("base64");
  const nowSeconds = Math.floor(Date.now() / 1000);
  const hit = decoded.get(token);
  if (hit && hit.secret === secretKey) {
    if (stillValid(hit.claims, nowSeconds)) return { ...hit.claims };
    decoded.delete(token);
    return null;
  }
  const claims = await decode(params); // throws on a bad or expired cookie (getToken answers null)
  if (!claims) return null;
  if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, { secret: secretKey, claims: { ...claims } });
  return claims;
}
