import { useState } from 'react';

/** The two versions chosen to compare (the last two at first), and whether their changes show. */
export function useVersionComparison(numbers: number[]) {
  const [from, setFrom] = useState(numbers[Math.max(0, numbers.length - 2)] ?? 1);
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? 1);
  const [show, setShow] = useState(false);
  return { from, setFrom, to, setTo, show, setShow };
}
