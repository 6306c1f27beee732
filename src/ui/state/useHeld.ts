/** A React value that can be held: what a component shows while the next value is not ready to show yet. */
import { useState } from 'react';

/** `value`, or while `hold` is true the value it had before. `value` must keep its identity between renders (memoised), or this renders forever. */
export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}
