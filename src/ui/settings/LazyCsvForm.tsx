/** The CSV form, fetched on first use with its parser (papaparse), so neither is in the first page load. */
import { lazy, Suspense } from 'react';
import type { CsvDatasetFormProps } from './csv/CsvDatasetForm';

const CsvDatasetForm = lazy(() => import('./csv/CsvDatasetForm'));

export function LazyCsvForm(props: CsvDatasetFormProps) {
  return (
    <Suspense fallback={<p className="muted">Loading the CSV reader…</p>}>
      <CsvDatasetForm {...props} />
    </Suspense>
  );
}
