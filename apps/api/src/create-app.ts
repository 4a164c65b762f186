import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@undersigned/common';
import { AppModule } from './app.module';
import { requireJsonPosts } from './csrf.middleware';
import { serveWebApp } from './web-app';

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
  serveWebApp(app);
  app.use('/graphql', requireJsonPosts);
  app.use(json({ limit: config.bodyLimitBytes }));
  app.use(bodyErrorHandler);
  await app.init();
  limitWebSocketMessages(app);
  return app;
}

/** Subscriptions need small messages; ws's default would buffer up to 100 MiB from anyone. */
export const WEBSOCKET_MAX_PAYLOAD_BYTES = 64 * 1024;

/**
 * @nestjs/graphql creates the graphql-ws WebSocketServer itself and exposes no option for its
 * message size, which ws reads from the server's options at each upgrade. Fails the start if that
 * shape ever changes, rather than run without the limit.
 */
function limitWebSocketMessages(app: INestApplication): void {
  const adapter = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: { options?: { maxPayload?: number } } };
  };
  const options = adapter._subscriptionService?.wss?.options;
  if (!options) throw new Error('cannot limit WebSocket message size: the subscription server was not found');
  options.maxPayload = WEBSOCKET_MAX_PAYLOAD_BYTES;
}
