/**
 * RunsChart, loaded on first use: recharts is most of the page's weight and
 * must not be part of the first download (DESIGN.md §3, mainBundleGzipKB).
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const RunsChartView = lazy(() => import('./RunsChart').then((module) => ({ default: module.RunsChart })));

export function RunsChart(props: ComponentProps<typeof RunsChartView>) {
  return (
    <Suspense fallback={<div className="chart-loading" style={{ height: props.height ?? 200 }} aria-busy="true" />}>
      <RunsChartView {...props} />
    </Suspense>
  );
}
