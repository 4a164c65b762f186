import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TwoFactorSetup')
export class TwoFactorSetupObject {
  @Field({ description: 'The TOTP secret, base32, for entering by hand' })
  secret: string;

  @Field({ description: 'The otpauth:// URL, for a QR code' })
  otpauthUrl: string;
}
