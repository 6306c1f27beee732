/** RangeTestChart, loaded when a test has run: recharts stays out of the first download (mainBundleGzipKB). */
import { lazy, Suspense } from 'react';
import type { RangeTestChartProps } from './RangeTestChart';

const Chart = lazy(() => import('./RangeTestChart').then((module) => ({ default: module.RangeTestChart })));

export function LazyRangeTestChart(props: RangeTestChartProps) {
  return (
    <Suspense fallback={<div className="chart-loading" style={{ height: props.height }} aria-busy="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}
