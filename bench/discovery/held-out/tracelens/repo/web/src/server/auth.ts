import { type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GoogleProvider from "next-auth/providers/google";
import GitHubProvider from "next-auth/providers/github";
import { type Provider } from "next-auth/providers/index";
import { compare } from "bcryptjs";
import { prisma } from "@tracelens/shared/src/db";
import { env } from "@/src/env.mjs";

const providers: Provider[] = [];

if (env.AUTH_DISABLE_USERNAME_PASSWORD !== "true") {
  providers.push(
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        if (!credentials) return null;
        const user = await prisma.user.findUnique({ where: { email: credentials.email.toLowerCase() } });
        if (!user?.password) return null;
        return (await compare(credentials.password, user.password)) ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  );
}

// Token exchange and profile lookup happen server-side against the provider.
if (env.AUTH_GOOGLE_CLIENT_ID && env.AUTH_GOOGLE_CLIENT_SECRET)
  providers.push(
    GoogleProvider({
      clientId: env.AUTH_GOOGLE_CLIENT_ID,
      clientSecret: env.AUTH_GOOGLE_CLIENT_SECRET,
      allowDangerousEmailAccountLinking: env.AUTH_GOOGLE_ALLOW_ACCOUNT_LINKING === "true",
    }),
  );

if (env.AUTH_GITHUB_CLIENT_ID && env.AUTH_GITHUB_CLIENT_SECRET)
  providers.push(
    GitHubProvider({
      clientId: env.AUTH_GITHUB_CLIENT_ID,
      clientSecret: env.AUTH_GITHUB_CLIENT_SECRET,
    }),
  );

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: env.AUTH_SESSION_MAX_AGE * 60 },
  secret: env.NEXTAUTH_SECRET,
  providers,
  pages: { signIn: `${env.NEXT_PUBLIC_BASE_PATH ?? ""}/auth/sign-in` },
  callbacks: {
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub } };
    },
  },
};
