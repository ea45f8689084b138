/**
 * The JSON API described as OpenAPI 3.1, built from the very zod schemas that check each request:
 * a parameter cannot be documented one way and validated another. The endpoints are a data table.
 */
import { z } from "zod";
import { FlagInput } from "@/db/curation/inputs";
import {
  BenchmarkIndexParams,
  ClaimsParams,
  ModelIndexParams,
  PaperIndexParams,
  SearchParams,
} from "@/db/views/url-params";

type JsonSchema = Record<string, unknown>;

export interface Endpoint {
  method: "get" | "post";
  path: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: string;
  example?: string;
}

export const ENDPOINTS: readonly Endpoint[] = [
  {
    method: "get",
    path: "/api/claims",
    summary: "Claims with the /claims page's filters, sort and pagination.",
    query: ClaimsParams,
    response: "{items: Claim[], page, per, total}",
    example: "/api/claims?kind=score&per=5",
  },
  {
    method: "get",
    path: "/api/benchmarks",
    summary:
      "Benchmarks with a leaderboard: claim and model counts, area, newest result and the top model per metric.",
    query: BenchmarkIndexParams,
    response: "{items: Benchmark[], page, per, total}; each item has its page's url",
    example: "/api/benchmarks?q=coco",
  },
  {
    method: "get",
    path: "/api/models",
    summary: "Models matching a name or any spelling, family and size, with claim and benchmark counts.",
    query: ModelIndexParams,
    response: "{items: Model[], page, per, total}; each item has its page's url",
    example: "/api/models?q=deepseek",
  },
  {
    method: "get",
    path: "/api/papers",
    summary: "Papers, newest first, within an optional date range.",
    query: PaperIndexParams,
    response: "{items: Paper[], page, per, total}; each item has its page's url",
    example: "/api/papers?from=2025-01-01&per=5",
  },
  {
    method: "get",
    path: "/api/search",
    summary: "The header's type-ahead: the first models, benchmarks and papers matching q.",
    query: SearchParams,
    response: "{models, benchmarks, papers}, each with its page's url",
    example: "/api/search?q=detr",
  },
  {
    method: "post",
    path: "/api/flags",
    summary: "Report a problem with a claim (limited per client and in all).",
    body: FlagInput,
    response: "{ok: true} or 400 naming the field, 429 with Retry-After",
  },
];

/** A zod schema as JSON Schema of what a client sends (strings in a query), without the $schema key. */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

export function queryParameters(schema: z.ZodObject) {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    paths[e.path] = {
      ...paths[e.path],
      [e.method]: {
        summary: e.summary,
        ...(e.query ? { parameters: queryParameters(e.query) } : {}),
        ...(e.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: inputSchema(e.body) } },
              },
            }
          : {}),
        responses: {
          "200": { description: e.response, content: { "application/json": { schema: { type: "object" } } } },
          "400": {
            description: "A parameter is not allowed: {error} names it and the allowed values",
            content: { "application/json": { schema: ERROR } },
          },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimboard JSON API",
      version: "1.0.0",
      description:
        "What papers claim about models on benchmarks, each claim traced to its sentence. Read-only but for reports; CSV of every view at /api/export.",
    },
    servers: [{ url: serverUrl }],
    paths,
  };
}

const ERROR = { type: "object", properties: { error: { type: "string" } }, required: ["error"] };

/** One parameter's rules in words, for the readable page: allowed values, limits and default. */
export function describeParameter(schema: JsonSchema): string {
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`one of ${(schema.enum as string[]).join(", ")}`);
  else if (schema.type)
    parts.push(Array.isArray(schema.type) ? (schema.type as string[]).join(" or ") : String(schema.type));
  if (typeof schema.pattern === "string") parts.push(`matching ${schema.pattern}`);
  if (typeof schema.minLength === "number" && schema.minLength > 0)
    parts.push(`at least ${schema.minLength} characters`);
  if (typeof schema.maxLength === "number") parts.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.description === "string") parts.push(schema.description);
  if (schema.default !== undefined && schema.default !== "")
    parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join("; ");
}
