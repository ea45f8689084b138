import Link from "next/link";

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Not found</h1>
      <p>There is no such benchmark, model or paper in Claimboard.</p>
      <p>
        <Link href="/">Back to the benchmarks</Link>
      </p>
    </section>
  );
}
