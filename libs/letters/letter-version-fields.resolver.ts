import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { spendText, type RequestContext } from '@undersigned/common';
import { LetterVersionObject } from './dto/letter-version.object';

/** A version's body, counted against the response's text budget wherever a version appears. */
@Resolver(() => LetterVersionObject)
export class LetterVersionFieldsResolver {
  @ResolveField(() => String, { description: 'Markdown' })
  body(@Parent() version: LetterVersionObject, @Context() context: RequestContext): string {
    return spendText(context, version.body);
  }
}
