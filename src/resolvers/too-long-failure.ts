import type { Problem } from '../domain/problem';
import { itemProblemPlace } from '../domain/records/item-problem-place';
import { sayProblem } from '../domain/say-problem';
import type { Say } from '../domain/words/say';
import { failure } from './envelope';

/** TOO_LARGE for panel text over its limit, each field named as the panel names it ("Expected behaviour 2 is 2,001 characters; …"). */
export function tooLongFailure(problems: Problem[], say: Say) {
  const message = problems.map((p) => `${itemProblemPlace(p.path, say)} ${sayProblem(p, say)}`).join('. ');
  return failure('TOO_LARGE', `${message}.`, problems);
}
