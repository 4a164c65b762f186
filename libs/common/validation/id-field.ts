import { Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** A required `ID` input field that must be a UUID; the error names the field. */
export const IdField = (): PropertyDecorator => (target: object, key: string | symbol) => {
  Field(() => ID)(target, key);
  IsUUID('all', { message: `${String(key)} must be a UUID` })(target, key);
};

/** An optional `ID` input field that, when given, must be a UUID. */
export const OptionalIdField =
  (description?: string): PropertyDecorator =>
  (target: object, key: string | symbol) => {
    Field(() => ID, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsUUID('all', { message: `${String(key)} must be a UUID` })(target, key);
  };
