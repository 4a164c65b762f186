import { InputType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IdField, OptionalIdField } from './id-field';

@InputType()
class Probe {
  @IdField()
  letterId: string;

  @OptionalIdField()
  organisationId?: string | null;
}

async function errors(value: object): Promise<string[]> {
  const found = await validate(plainToInstance(Probe, value));
  return found.flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('IdField', () => {
  const uuid = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

  it('accepts UUIDs, and an absent optional id', async () => {
    expect(await errors({ letterId: uuid })).toEqual([]);
    expect(await errors({ letterId: uuid, organisationId: uuid })).toEqual([]);
  });

  it('names the field whose value is not a UUID', async () => {
    expect(await errors({ letterId: 'x', organisationId: 'y' })).toEqual([
      'letterId must be a UUID',
      'organisationId must be a UUID',
    ]);
  });
});
