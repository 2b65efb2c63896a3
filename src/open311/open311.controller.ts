import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Open311ErrorFilter } from './open311-error.filter';
import { Open311KeysService } from './open311-keys.service';
import { CONTENT_TYPE, Element, ElementList, Format, render } from './open311.format';
import { Params, Open311Service } from './open311.service';

/** `name.xml` / `name.json` → its name and format; anything else is not an Open311 address (404). */
function split(file: string): { name: string; format: Format } {
  const m = /^(.+)\.(xml|json)$/i.exec(file);
  if (!m) throw AppError.notFound();
  return { name: m[1], format: m[2].toLowerCase() as Format };
}

/**
 * Open311 GeoReport v2 at `/open311/v2/`: discovery, services, service definitions, requests (GET
 * list, POST create with an api_key), one request, tokens; each `.xml` or `.json`. Reading is
 * public (CORS open, as open data); writing needs an API key (see Open311KeysService).
 */
@Controller('open311/v2')
@UseFilters(Open311ErrorFilter)
export class Open311Controller {
  constructor(
    private readonly open311: Open311Service,
    private readonly keys: Open311KeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':file')
  async root(@Param('file') file: string, @Query() query: Params, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.admit(req);
    const { name, format } = split(file);
    this.open311.checkJurisdiction(query);
    switch (name) {
      case 'discovery':
        return send(res, format, 'discovery', await this.open311.discovery(this.baseUrl(req)));
      case 'services':
        return send(res, format, 'services', await this.open311.services());
      case 'requests':
        return send(res, format, 'service_requests', await this.open311.list(query, this.baseUrl(req)));
      default:
        throw AppError.notFound();
    }
  }

  @Public()
  @Get('services/:file')
  async definition(@Param('file') file: string, @Query() query: Params, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.admit(req);
    const { name, format } = split(file);
    this.open311.checkJurisdiction(query);
    return send(res, format, 'service_definition', await this.open311.definition(name));
  }

  @Public()
  @Get('requests/:file')
  async request(@Param('file') file: string, @Query() query: Params, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.admit(req);
    const { name, format } = split(file);
    this.open311.checkJurisdiction(query);
    return send(res, format, 'service_requests', await this.open311.one(name, this.baseUrl(req)));
  }

  @Public()
  @Get('tokens/:file')
  async token(@Param('file') file: string, @Query() query: Params, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.admit(req);
    const { name, format } = split(file);
    this.open311.checkJurisdiction(query);
    return send(res, format, 'service_requests', await this.open311.token(name));
  }

  /** POST requests.(xml|json), form-encoded; the parameters may also come in the query string (the body wins). */
  @Public()
  @Post(':file')
  async create(@Param('file') file: string, @Query() query: Params, @Body() body: Params, @Res() res: Response): Promise<void> {
    const { name, format } = split(file);
    if (name !== 'requests') throw AppError.notFound();
    const params = { ...query, ...(body && typeof body === 'object' ? body : {}) };
    this.open311.checkJurisdiction(params);
    // 200 with the new id, as the specification's example (some clients check for exactly 200).
    return send(res, format, 'service_requests', await this.open311.create(params));
  }

  /** Every GET counts against its IP address's limit first (POSTs count against their key's). */
  private admit(req: Request): Promise<void> {
    return this.keys.admitRead(req.ip ?? 'unknown');
  }

  private baseUrl(req: Request): string {
    return (this.config.PUBLIC_URL ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
  }
}

function send(res: Response, format: Format, root: string, doc: Element | ElementList): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res
    .status(200)
    .type(CONTENT_TYPE[format])
    .send(render(format, root, doc));
}
