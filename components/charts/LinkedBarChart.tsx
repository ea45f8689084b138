"use client";
/**
 * A horizontal bar chart whose every bar is a link to its evidence: click it, or Tab to it and
 * press Enter. Bars are SVG <a> elements, so keyboard, middle-click and screen readers just work.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./ChartFigure";
import { formatValue } from "../format";

export interface BarDatum {
  label: string;
  value: number;
  unit: string;
  href: string;
  title: string;
}

interface ShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: BarDatum;
}

function LinkedBar({ x, y, width, height, payload }: ShapeProps) {
  return (
    <a
      href={payload.href}
      aria-label={`${payload.label}: ${formatValue(payload.value, payload.unit)}. ${payload.title}`}
      data-testid="chart-bar"
      className="chart-link"
    >
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} rx={3} className="chart-bar" />
    </a>
  );
}

export default function LinkedBarChart({ data, label }: { data: BarDatum[]; label: string }) {
  const height = Math.max(160, data.length * 30 + 50);
  return (
    <ChartFigure label={label} height={height}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" className="chart-grid" />
        <XAxis type="number" tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip
          formatter={(v, _n, item) => formatValue(Number(v), (item.payload as BarDatum).unit)}
          cursor={{ fillOpacity: 0.08 }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          shape={(props: unknown) => <LinkedBar {...(props as ShapeProps)} />}
        />
      </BarChart>
    </ChartFigure>
  );
}
