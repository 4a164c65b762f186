import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LetterVersionObject } from './dto/letter-version.object';

/** A version's body: counted against the response's text budget like every String field (countTextAgainstBudget). */
@Resolver(() => LetterVersionObject)
export class LetterVersionFieldsResolver {
  @ResolveField(() => String, { description: 'Markdown' })
  body(@Parent() version: LetterVersionObject): string {
    return version.body;
  }
}
