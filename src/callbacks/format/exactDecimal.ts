/**
 * Exact decimal digits of an IEEE-754 double, computed with BigInt.
 *
 * Mirrors the three modes of David Gay's `_Py_dg_dtoa` that CPython's
 * `float.__repr__` and `format()` use:
 *   - shortest: the fewest digits that read back as the same double (repr),
 *   - significant: `n` significant digits (`e` and `g` formats),
 *   - fixed: `n` digits after the decimal point (`f` format).
 * Rounding is round-half-even on the exact binary value, like CPython (and
 * unlike Number#toFixed, which rounds exact ties away from zero).
 */

/** value = 0.DIGITS × 10^decpt; trailing zeros are stripped, as dtoa does. */
export interface DecimalDigits {
  /** Sign bit of the double (true for -0.0 too). */
  readonly negative: boolean;
  /** '0' for zero; '' when a fixed-mode result rounds to zero. */
  readonly digits: string;
  readonly decpt: number;
}

interface Binary {
  readonly mant: bigint; // |x| = mant × 2^exp2
  readonly exp2: number;
}

const pow10Cache = new Map<number, bigint>();
function pow10(k: number): bigint {
  let p = pow10Cache.get(k);
  if (p === undefined) {
    p = 10n ** BigInt(k);
    if (k <= 1100) pow10Cache.set(k, p); // enough for every double; keep huge ones out
  }
  return p;
}

function decompose(x: number): Binary {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  return biased === 0
    ? { mant: frac, exp2: -1074 }
    : { mant: frac | (1n << 52n), exp2: biased - 1075 };
}

/** [num, den] with num/den = m × 2^exp2 × 10^k exactly. */
function scaled(m: bigint, exp2: number, k: number): [bigint, bigint] {
  let num = m;
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return [num, den];
}

function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twiceRem = (num % den) * 2n;
  return twiceRem > den || (twiceRem === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** The decpt with 10^(decpt-1) <= |x| < 10^decpt (|x| nonzero). */
function decimalPoint(b: Binary, approx: number): number {
  let decpt = Math.floor(Math.log10(approx)) + 1;
  const below = (p: number): boolean => {
    const [num, den] = scaled(b.mant, b.exp2, -p);
    return num < den; // |x| < 10^p
  };
  while (below(decpt - 1)) decpt--;
  while (!below(decpt)) decpt++;
  return decpt;
}

function stripZeros(q: bigint, decpt: number): DecimalDigitsBody {
  let s = q.toString();
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  s = s.slice(0, end);
  return { digits: s, decpt };
}

type DecimalDigitsBody = Omit<DecimalDigits, 'negative'>;

function finite(x: number, body: (b: Binary, abs: number) => DecimalDigitsBody): DecimalDigits {
  if (!Number.isFinite(x)) throw new RangeError('exactDecimal needs a finite number');
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  return { negative, ...body(decompose(x), Math.abs(x)) };
}

/** `n` significant digits (n >= 1), correctly rounded: dtoa mode 2. */
export function significantDigits(x: number, n: number): DecimalDigits {
  return finite(x, (b, abs) => {
    let decpt = decimalPoint(b, abs);
    let q = roundHalfEven(...scaled(b.mant, b.exp2, n - decpt));
    if (q === pow10(n)) {
      q = pow10(n - 1);
      decpt++;
    }
    return stripZeros(q, decpt);
  });
}

/** Digits up to `n` places after the point (n >= 0): dtoa mode 3. */
export function fixedDigits(x: number, n: number): DecimalDigits {
  return finite(x, (b) => {
    const q = roundHalfEven(...scaled(b.mant, b.exp2, n));
    if (q === 0n) return { digits: '', decpt: -n };
    return stripZeros(q, q.toString().length - n);
  });
}

/**
 * Shortest digits that round-trip (dtoa mode 0): the fewest significant
 * digits whose value lies inside the rounding interval of x (interval ends
 * included when the mantissa is even), the closest such value if several.
 */
export function shortestDigits(x: number): DecimalDigits {
  return finite(x, (b, abs) => {
    const decpt = decimalPoint(b, abs);
    // Work in units of 2^(exp2-2): the low end of the interval is only a
    // quarter-ulp away when x is a power of two above the subnormal range.
    const v = b.mant * 4n;
    const lowerIsCloser = b.mant === 1n << 52n && b.exp2 > -1074;
    const lo = v - (lowerIsCloser ? 1n : 2n);
    const hi = v + 2n;
    const inclusive = (b.mant & 1n) === 0n;
    for (let n = 1; ; n++) {
      const k = n - decpt;
      const [vNum, den] = scaled(v, b.exp2 - 2, k);
      const [loNum] = scaled(lo, b.exp2 - 2, k);
      const [hiNum] = scaled(hi, b.exp2 - 2, k);
      const inside = (c: bigint): boolean => {
        const t = c * den;
        return inclusive ? t >= loNum && t <= hiNum : t > loNum && t < hiNum;
      };
      const down = vNum / den;
      const up = down + 1n;
      const dDown = vNum - down * den;
      const dUp = up * den - vNum;
      const order = dUp < dDown || (dUp === dDown && (up & 1n) === 0n) ? [up, down] : [down, up];
      for (const c of order) {
        if (inside(c)) {
          const carry = c.toString().length > n ? 1 : 0;
          return stripZeros(c, decpt + carry);
        }
      }
    }
  });
}
