/** RangeTestChart, loaded when a test has run: recharts stays out of the first download (mainBundleGzipKB). */
import { lazy, Suspense } from 'react';
import type * as RangeTestChartModule from './RangeTestChart';
import type { RangeTestChartProps } from './RangeTestChart';

let loading: Promise<typeof RangeTestChartModule> | null = null;

/** Starts loading the chart's code while the test runs, so it is there when the curve arrives. */
export function preloadRangeTestChart(): Promise<typeof RangeTestChartModule> {
  loading ??= import('./RangeTestChart');
  return loading;
}

const Chart = lazy(() => preloadRangeTestChart().then((module) => ({ default: module.RangeTestChart })));

export function LazyRangeTestChart(props: RangeTestChartProps) {
  return (
    <Suspense fallback={<div className="chart-loading" style={{ height: props.height }} aria-busy="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}
