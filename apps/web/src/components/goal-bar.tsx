import { useId } from 'react';
import { FormattedMessage } from 'react-intl';

/** The supporters' count against the current goal. */
export function GoalBar({ supporters, goal }: { supporters: number; goal: number | null }) {
  const id = useId();
  return (
    <div className="goal">
      <p id={id} aria-live="polite" data-testid="supporter-count">
        <FormattedMessage
          id="goalBar.supporters"
          defaultMessage="{count, plural, one {<b>#</b> supporter} other {<b>#</b> supporters}}"
          values={{ count: supporters, b: (chunks) => <strong>{chunks}</strong> }}
        />
        {goal ? (
          <FormattedMessage id="goalBar.goal" defaultMessage=" of a goal of {goal, number}" values={{ goal }} />
        ) : null}
      </p>
      {goal ? <progress aria-labelledby={id} max={goal} value={Math.min(supporters, goal)} /> : null}
    </div>
  );
}
