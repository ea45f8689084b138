"use client";
/** Grouped bars: one group per shared benchmark and metric, one bar per model, each a link to its claim. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./ChartFigure";

export interface CompareDatum {
  label: string;
  [modelSlug: string]: string | number | null;
}

interface ShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: CompareDatum;
}

const COLORS = [
  "var(--series-1)",
  "var(--series-2)",
  "var(--series-3)",
  "var(--series-4)",
  "var(--series-5)",
  "var(--series-6)",
];

export default function CompareChart({
  data,
  models,
  label,
}: {
  data: CompareDatum[];
  models: { slug: string; name: string }[];
  label: string;
}) {
  const shapeFor = (slug: string, name: string, color: string) =>
    function ModelBar({ x, y, width, height, payload }: ShapeProps) {
      const href = payload[`${slug}__href`];
      if (typeof href !== "string" || !(height > 0)) return <g />;
      return (
        <a
          href={href}
          aria-label={`${name} on ${payload.label}: ${String(payload[slug])}`}
          data-testid="compare-bar"
          data-model={slug}
          className="chart-link"
        >
          <rect x={x} y={y} width={width} height={height} fill={color} rx={2} />
        </a>
      );
    };
  return (
    <ChartFigure label={label} height={320}>
      <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 48 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" className="chart-grid" />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11 }}
          interval={0}
          angle={-20}
          textAnchor="end"
          height={60}
        />
        <YAxis tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        {models.map((m, i) => {
          const Shape = shapeFor(m.slug, m.name, COLORS[i % COLORS.length]!);
          return (
            <Bar
              key={m.slug}
              dataKey={m.slug}
              name={m.name}
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
              shape={(props: unknown) => <Shape {...(props as ShapeProps)} />}
            />
          );
        })}
      </BarChart>
    </ChartFigure>
  );
}
