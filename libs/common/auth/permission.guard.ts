import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCode, unauthenticated } from '../errors';
import type { Actor } from './actor';
import { ALLOW_KEY, Permission } from './permission';
import { requestOf } from './request-of';

/** The one global guard: checks the access token and the operation's declared permission. */
@Injectable()
export class PermissionGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): unknown {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (permission === undefined) {
      // Fail closed: an operation nobody declared a permission for is reachable by nobody.
      throw new DomainError(ErrorCode.FORBIDDEN, 'Operation not allowed');
    }
    const request = requestOf(context);
    if (!request.headers?.authorization) {
      if (permission === Permission.PUBLIC) return true;
      throw unauthenticated();
    }
    await super.canActivate(context);
    return true;
  }

  override handleRequest<T = Actor>(error: unknown, actor: T | false): T {
    if (error || !actor) throw unauthenticated('Invalid or expired access token');
    return actor;
  }
}
