/** /api: the JSON API in words, from the same OpenAPI document /api/openapi.json serves. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { describeParameter, ENDPOINTS, inputSchema, queryParameters } from "./openapi";

export const metadata: Metadata = pageMetadata("JSON API");

export default function ApiPage() {
  return (
    <article className="prose">
      <h1>JSON API</h1>
      <p>
        Every page&apos;s data as JSON, checked by the same rules as the pages: a parameter outside its
        allowed values answers <code>400</code> with <code>{`{"error": "..."}`}</code> naming it. The
        machine-readable description is <a href="/api/openapi.json">OpenAPI 3.1 at /api/openapi.json</a>.
        Every view is also CSV at <code>/api/export?view=benchmark|model|compare|claims|paper</code>, and the
        newest claims are Atom feeds at <code>/feeds/claims.xml</code>.
      </p>
      {ENDPOINTS.map((e) => (
        <section
          key={`${e.method} ${e.path}`}
          aria-labelledby={`ep-${e.method}-${e.path}`}
          data-testid="endpoint"
        >
          <h2 id={`ep-${e.method}-${e.path}`}>
            <code>
              {e.method.toUpperCase()} {e.path}
            </code>
          </h2>
          <p>{e.summary}</p>
          {e.query && <ParameterTable rows={queryParameters(e.query)} />}
          {e.body && (
            <p>
              JSON body: <code>{JSON.stringify(inputSchema(e.body).properties ?? {})}</code>
            </p>
          )}
          <p>
            Answers: <code>{e.response}</code>.
            {e.example && (
              <>
                {" "}
                Try <a href={e.example}>{e.example}</a>.
              </>
            )}
          </p>
        </section>
      ))}
    </article>
  );
}

function ParameterTable({ rows }: { rows: ReturnType<typeof queryParameters> }) {
  return (
    <table className="claims">
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Required</th>
          <th scope="col">Allowed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.name}>
            <td>
              <code>{p.name}</code>
            </td>
            <td>{p.required ? "yes" : "no"}</td>
            <td>{describeParameter(p.schema)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
