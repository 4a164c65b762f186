import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { assertSafeStrings } from './safe-strings';
/** @nestjs/graphql's GqlParamtype.ARGS (its enum is not exported from the package root). */
const GQL_ARGS = 3;
const INPUT_TYPES: unknown[] = [GQL_ARGS, 'body', 'query', 'param'];

/**
 * Validates what callers send (GraphQL arguments, HTTP body, query and params) and nothing else:
 * a field resolver's parent object was built by us, and validating it for every row of a page
 * would cost more than the query that fetched it. Every string is checked first, before any
 * transform runs (see assertSafeStrings).
 */
export class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!INPUT_TYPES.includes(metadata.type)) return value;
    assertSafeStrings(value, metadata.metatype, metadata.data);
    return super.transform(value, metadata);
  }
}
