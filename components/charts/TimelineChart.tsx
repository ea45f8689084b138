"use client";
/** "Best so far over time": a step line by paper date; each point links to the claim that set it. */
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./ChartFigure";
import type { TimelinePoint } from "@/db/queries/leaderboard";
import { formatValue } from "../format";

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TimelinePoint;
  index?: number;
}

export default function TimelineChart({
  points,
  unit,
  label,
}: {
  points: TimelinePoint[];
  unit: string;
  label: string;
}) {
  const dot = ({ cx, cy, payload, index }: DotProps) =>
    cx === undefined || cy === undefined || !payload ? (
      <g key={`dot-${index}`} />
    ) : (
      <a
        key={`dot-${index}`}
        href={payload.href}
        aria-label={`${payload.date}: ${payload.model}, ${formatValue(payload.value, unit)}`}
        data-testid="chart-point"
        className="chart-link"
      >
        <circle cx={cx} cy={cy} r={6} className="chart-dot" />
      </a>
    );
  return (
    <ChartFigure label={label} height={240}>
      <LineChart data={points} margin={{ left: 8, right: 24, top: 12, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="date" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} domain={["auto", "auto"]} />
        <Tooltip
          formatter={(v) => formatValue(Number(v), unit)}
          labelFormatter={(l, items) =>
            `${String(l)} · ${(items[0]?.payload as TimelinePoint | undefined)?.model ?? ""}`
          }
        />
        <Line
          type="stepAfter"
          dataKey="value"
          isAnimationActive={false}
          className="chart-line"
          dot={dot}
          activeDot={false}
        />
      </LineChart>
    </ChartFigure>
  );
}
