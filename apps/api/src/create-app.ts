import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@undersigned/common';
import { AppModule } from './app.module';
import { requireJsonPosts } from './csrf.middleware';

/** Errors from the body parser happen before Nest's filters; answer them in the contract's shape. */
function bodyErrorHandler(
  error: { status?: number; type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (!error.status || error.status >= 500) return next(error);
  const message = error.type === 'entity.too.large' ? 'Request body too large' : 'Malformed request body';
  res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

/** Builds the API application (not yet listening); shared by main.ts and the tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Who the client is (req.ip, the rate limit's key): X-Forwarded-For counts only from trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.use('/graphql', requireJsonPosts);
  app.use(json({ limit: config.bodyLimitBytes }));
  app.use(bodyErrorHandler);
  return app;
}
