import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { clientKey } from './client-key';

/**
 * AUTH_RATE_LIMIT: attempts per client IP per minute on the operations that take a password,
 * counted in PostgreSQL (PostgresThrottlerStorage) across every API process. The client IP is
 * express's `req.ip`: the socket's address, or X-Forwarded-For's as far as TRUST_PROXY allows.
 */
@Injectable()
export class AuthThrottleGuard extends ThrottlerGuard {
  /** Sign-up and log-in share one budget per IP: a guesser cannot double it by alternating. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }

  /**
   * The client's IPv4 address, or the /64 network of its IPv6 one: a single home or server is
   * routinely given a whole /64, so one address each would be no limit at all.
   */
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(clientKey(String(req.ip ?? '')));
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
      return { req: ctx.req, res: ctx.res };
    }
    return super.getRequestResponse(context) as { req: Request; res: Response };
  }
}
