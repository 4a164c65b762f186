import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from './actor';

export const JWT_ISSUER = 'undersigned';
export const JWT_AUDIENCE = 'undersigned-api';

export interface AccessTokenClaims {
  sub: string;
  /** Set by the signer from `expiresIn`; seconds since the epoch. */
  exp?: number;
  /** The session (refresh-token family) it was issued for. */
  sid?: string;
  /** How that session began (AuthMethod values, as OpenID's `amr`). */
  amr?: string[];
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Actor {
    return {
      userId: claims.sub,
      expiresAt: claims.exp === undefined ? undefined : claims.exp * 1000,
      sessionId: claims.sid,
      methods: claims.amr ?? [],
    };
  }
}
