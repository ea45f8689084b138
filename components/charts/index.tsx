"use client";
/** Charts load on demand, after the table: their code stays out of each page's first-load JavaScript. */
import dynamic from "next/dynamic";

const placeholder = (height: number) =>
  function ChartPlaceholder() {
    return <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;
  };

export const LinkedBarChart = dynamic(() => import("./LinkedBarChart"), { ssr: false, loading: placeholder(220) });
export const TimelineChart = dynamic(() => import("./TimelineChart"), { ssr: false, loading: placeholder(270) });
export const CompareChart = dynamic(() => import("./CompareChart"), { ssr: false, loading: placeholder(350) });
