import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PRIVATE_NO_STORE } from '@undersigned/common';
import { OsdiAdvocacyService } from './osdi-advocacy.service';
import { OsdiController } from './osdi.controller';
import { OsdiPetitionsService } from './osdi-petitions.service';

/**
 * Every OSDI answer is one organisation's (supporters' emails, unnamed signatories), and the key may
 * come in OSDI-API-Token, which a shared cache does not take for credentials as it does Authorization:
 * so none may be stored. Set before the guard runs, so refusals carry it too.
 */
function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', PRIVATE_NO_STORE);
  next();
}

/** The OSDI 1.1 read API at /osdi/v1, for organisations' API keys. */
@Module({
  controllers: [OsdiController],
  providers: [OsdiPetitionsService, OsdiAdvocacyService],
})
export class OsdiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(noStore).forRoutes(OsdiController);
  }
}
