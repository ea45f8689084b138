/** The frame every chart shares: a labelled figure with a caption and a container that follows the page width. */
import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

export function ChartFigure({
  label,
  height,
  children,
}: {
  label: string;
  height: number;
  children: ReactElement;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <figcaption>{label}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
