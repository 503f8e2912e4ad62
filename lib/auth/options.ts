// next-auth configuration: email and password, JWT sessions holding only the user id and the
// session version. Everything else about the user is read from Postgres on each request
// (lib/auth/actor.ts), so disabling a user or changing a role takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials, signInFailureMessage } from "./sign-in";
import { recordStandaloneAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { SESSION_IDLE_SECONDS } from "./session-config";


export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "");
        const password = String(credentials?.password ?? "");
        if (!email || !password) throw new Error("Enter your email and password.");
        const requestId = (req?.headers?.["x-request-id"] as string | undefined) ?? null;
        let result;
        try {
          result = await checkCredentials(email, password, requestId);
        } catch (error) {
          // Whatever went wrong (the database unreachable, say) is logged, never shown.
          console.error("sign-in check failed", error);
          throw new Error("Locus cannot check your password right now. Try again in a moment; if it keeps happening, tell your administrator.");
        }
        if (!result.ok) throw new Error(signInFailureMessage(result));
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sv: (user as unknown as { sessionVersion: number }).sessionVersion };
      return { sub: token.sub, sv: token.sv };
    },
    async session({ session, token }) {
      // The browser learns nothing but who is signed in; roles are checked on the server.
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      const id = token?.sub;
      if (!id) return;
      const user = await db().user.findUnique({ where: { id }, select: { id: true, agencyId: true } });
      if (user) await recordStandaloneAudit(db(), user, { action: "auth.signed_out", entityType: "User", entityId: id, summary: "Signed out" });
    },
  },
};
