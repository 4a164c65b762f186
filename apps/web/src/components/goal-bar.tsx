import { useId } from 'react';

/** The supporters' count against the current goal. */
export function GoalBar({ supporters, goal }: { supporters: number; goal: number | null }) {
  const id = useId();
  return (
    <div className="goal">
      <p id={id} aria-live="polite" data-testid="supporter-count">
        <strong>{supporters.toLocaleString()}</strong> {supporters === 1 ? 'supporter' : 'supporters'}
        {goal ? <> of a goal of {goal.toLocaleString()}</> : null}
      </p>
      {goal ? <progress aria-labelledby={id} max={goal} value={Math.min(supporters, goal)} /> : null}
    </div>
  );
}
