/**
 * TensorBoard's smoothing: an exponential moving average over the whole
 * series, debiased so the first points are not pulled towards zero. A value
 * that is not finite is passed through and does not feed the average.
 * Never applied to the learning rate, which is drawn as it is.
 */
export function smoothDebiasedEma(values: readonly (number | null)[], weight: number): (number | null)[] {
  if (weight <= 0) return [...values];
  const w = Math.min(weight, 0.999);
  let average = 0;
  let count = 0;
  return values.map((value) => {
    if (value === null || !Number.isFinite(value)) return value;
    average = average * w + (1 - w) * value;
    count += 1;
    return average / (1 - w ** count);
  });
}
