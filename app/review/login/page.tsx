/** /review/login: curators sign in with the secret set in CLAIMBOARD_CURATOR_TOKEN (404 when unset). */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { curationEnabled } from "@/app/review/session";

export const metadata: Metadata = { title: "Curator sign-in", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function LoginPage() {
  if (!curationEnabled()) notFound();
  return (
    <article>
      <h1>Curator sign-in</h1>
      <p className="muted">Decisions are recorded with the name you give and the time.</p>
      <form method="post" action="/api/review/login" className="login">
        <label>
          Your name <input name="name" required maxLength={40} autoComplete="username" />
        </label>
        <label>
          Curator token <input name="token" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </article>
  );
}
