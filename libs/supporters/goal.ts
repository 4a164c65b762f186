/** The goal after `goal` once it is reached: the next of 1, 2.5, 5 × 10ⁿ above it (50 → 100 → 250 → 500 → 1,000 …). */
export function nextGoal(goal: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [1, 2.5, 5]) {
      const candidate = step * scale;
      if (Number.isInteger(candidate) && candidate > goal) return candidate;
    }
  }
}
