import { Module } from '@nestjs/common';
import { OsdiAdvocacyService } from './osdi-advocacy.service';
import { OsdiController } from './osdi.controller';
import { OsdiPetitionsService } from './osdi-petitions.service';

/** The OSDI 1.1 read API at /osdi/v1, for organisations' API keys. */
@Module({
  controllers: [OsdiController],
  providers: [OsdiPetitionsService, OsdiAdvocacyService],
})
export class OsdiModule {}
