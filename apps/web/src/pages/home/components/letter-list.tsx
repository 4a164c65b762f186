import { Link } from 'wouter';
import { FormattedMessage } from 'react-intl';
import type { LetterStatus } from '../../../gql/graphql';
import { statusMessage } from '../../../letter-status';

/** Letters, each a link to its page with its stage; `empty` is said when there are none. */
export function LetterList({
  items,
  empty,
}: {
  items: { id: string; slug: string; title: string; status: string }[];
  empty: string;
}) {
  if (items.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul>
      {items.map((letter) => (
        <li key={letter.id}>
          <FormattedMessage
            id="home.letterList.item"
            defaultMessage="{letter} {status}"
            values={{
              letter: (
                <Link href={`/letters/${letter.slug}`}>
                  <bdi>{letter.title}</bdi>
                </Link>
              ),
              status: (
                <span className="tag">
                  <FormattedMessage {...statusMessage(letter.status as LetterStatus)} />
                </span>
              ),
            }}
          />
        </li>
      ))}
    </ul>
  );
}
