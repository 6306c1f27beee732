/** Value-axis tick labels: three significant digits, exponents outside 0.001–10,000. */
export const formatTick = (value: number) => (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4 ? String(Number(value.toPrecision(3))) : value.toExponential(0));
