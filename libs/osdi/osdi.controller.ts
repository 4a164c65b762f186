import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { Allow, CurrentActor, Permission, unauthenticated, type Actor } from '@undersigned/common';
import { OSDI_CONTENT_TYPE, OSDI_CURIES, OSDI_MAX_PAGE_SIZE, OSDI_ORIGIN_SYSTEM, pageOf } from './hal';
import { OsdiAdvocacyService } from './osdi-advocacy.service';
import { OsdiPetitionsService } from './osdi-petitions.service';

type PageQuery = { page?: string; per_page?: string };
type Hal = Record<string, unknown>;

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 });

/** The organisation an API key acts for (the guard admitted keys only: Permission.API_KEY). */
function organisationOf(actor: Actor): string {
  if (!actor.apiKey) throw unauthenticated("This needs an organisation's API key");
  return actor.apiKey.organisationId;
}

/**
 * OSDI 1.1, read only (HAL+JSON), for the organisation of the API key presented in `OSDI-API-Token`
 * (Action Network's header) or `Authorization: Bearer`: what it leads, nothing else (NOT_FOUND).
 */
@Controller('osdi/v1')
@Allow(Permission.API_KEY)
export class OsdiController {
  constructor(
    private readonly petitions: OsdiPetitionsService,
    private readonly advocacy: OsdiAdvocacyService,
  ) {}

  @Get()
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  entryPoint(@CurrentActor() actor: Actor): Hal {
    organisationOf(actor);
    const base = this.petitions.base;
    return {
      motd: 'Undersigned: the letters your organisation leads, their signatures and outreaches',
      vendor_name: OSDI_ORIGIN_SYSTEM,
      product_name: OSDI_ORIGIN_SYSTEM,
      osdi_version: '1.1',
      max_pagesize: OSDI_MAX_PAGE_SIZE,
      _links: {
        curies: OSDI_CURIES,
        self: { href: base },
        'osdi:petitions': { href: `${base}/petitions`, title: 'The letters this organisation leads' },
        'osdi:advocacy_campaigns': {
          href: `${base}/advocacy_campaigns`,
          title: 'Its letters supporters send to their own representatives',
        },
      },
    };
  }

  @Get('petitions')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  listPetitions(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Hal> {
    return this.petitions.petitions(organisationOf(actor), pageOf(query));
  }

  @Get('petitions/:id')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  petition(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<Hal> {
    return this.petitions.petitionById(organisationOf(actor), id);
  }

  @Get('petitions/:id/signatures')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  signatures(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query() query: PageQuery): Promise<Hal> {
    return this.petitions.signatures(organisationOf(actor), id, pageOf(query));
  }

  @Get('petitions/:id/signatures/:signatureId')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  signature(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('signatureId', uuid) signatureId: string,
  ): Promise<Hal> {
    return this.petitions.signatureById(organisationOf(actor), id, signatureId);
  }

  @Get('people/:id')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  person(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<Hal> {
    return this.petitions.person(organisationOf(actor), id);
  }

  @Get('advocacy_campaigns')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  campaigns(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Hal> {
    return this.advocacy.campaigns(organisationOf(actor), pageOf(query));
  }

  @Get('advocacy_campaigns/:id')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  campaign(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<Hal> {
    return this.advocacy.campaignById(organisationOf(actor), id);
  }

  @Get('advocacy_campaigns/:id/outreaches')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  outreaches(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query() query: PageQuery): Promise<Hal> {
    return this.advocacy.outreaches(organisationOf(actor), id, pageOf(query));
  }

  @Get('advocacy_campaigns/:id/outreaches/:outreachId')
  @Header('Content-Type', OSDI_CONTENT_TYPE)
  outreach(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('outreachId', uuid) outreachId: string,
  ): Promise<Hal> {
    return this.advocacy.outreachById(organisationOf(actor), id, outreachId);
  }
}
