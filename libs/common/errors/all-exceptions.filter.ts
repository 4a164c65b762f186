import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { loggableError } from '../logging/redact';
import { ErrorCode } from './error-code';
import { toPublicError } from './to-public-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.TWO_FACTOR_REQUIRED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.REAUTHENTICATION_REQUIRED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.STALE_VERSION]: HttpStatus.CONFLICT,
  [ErrorCode.DEADLINE_PASSED]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_STATE]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** The one place where thrown exceptions become what clients see (GraphQL errors or JSON). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    const error = toPublicError(exception);
    if (error.unexpected) {
      this.logger.error({ err: loggableError(exception) }, 'unexpected error');
    } else {
      this.logger.debug(`${error.code}: ${error.message}`);
    }
    if (host.getType<GqlContextType>() === 'graphql') {
      return new GraphQLError(error.message, { extensions: { code: error.code, logged: error.unexpected } });
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (!response.headersSent) {
      // An error is nobody's to keep: a shared cache holding a 404 (a letter under embargo, say)
      // would answer it past the hour the letter publishes. A route may have said so already.
      if (!response.getHeader('Cache-Control')) response.setHeader('Cache-Control', 'no-store');
      response
        .status(error.httpStatus ?? HTTP_STATUS[error.code])
        .json({ error: { code: error.code, message: error.message } });
    }
  }
}
