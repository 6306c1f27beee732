/**
 * RunsRecharts, loaded on first use: recharts is most of the page's weight
 * and must not be part of the first download (DESIGN.md §3, mainBundleGzipKB).
 */
import { lazy, Suspense } from 'react';
import type { RunsPlotProps } from './RunsRecharts';

const RunsRechartsView = lazy(() => import('./RunsRecharts').then((module) => ({ default: module.RunsRecharts })));

export function RunsRecharts(props: RunsPlotProps) {
  return (
    <Suspense fallback={<div className="chart-loading" style={{ height: props.height }} aria-busy="true" />}>
      <RunsRechartsView {...props} />
    </Suspense>
  );
}
