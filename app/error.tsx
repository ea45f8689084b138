"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing was changed.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
