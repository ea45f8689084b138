"use client";
/**
 * Charts load on demand, after the page is interactive: their code (Recharts) stays out of each
 * page's first-load JavaScript. React.lazy rather than next/dynamic keeps even the loader out.
 */
import { lazy, Suspense, useEffect, useState, type ComponentProps, type ComponentType } from "react";

function placeholder(height: number) {
  return <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;
}

/** A client-only lazy component: nothing on the server, the chunk fetched once mounted. */
function clientOnly<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, height: number) {
  const Lazy = lazy(load);
  return function ClientOnlyChart(props: P) {
    const [mounted, setMounted] = useState(false);
    useEffect(() => setMounted(true), []);
    if (!mounted) return placeholder(height);
    return (
      <Suspense fallback={placeholder(height)}>
        <Lazy {...(props as P & ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

export const LinkedBarChart = clientOnly(() => import("./LinkedBarChart"), 220);
export const TimelineChart = clientOnly(() => import("./TimelineChart"), 270);
export const CompareChart = clientOnly(() => import("./CompareChart"), 350);
