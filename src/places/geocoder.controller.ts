import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { GeocoderAnswer, GeocoderService } from './geocoder.service';

/**
 * `GET /geocoder/search?q=…[&limit=&lat=&lon=]` and `GET /geocoder/reverse?lat=…&lon=…`, public:
 * `{ results: [{ label, city, lat, lng }] }`. 400 BAD_USER_INPUT naming the parameter, 429 over
 * the per-IP limit, 503 GEOCODER_UNAVAILABLE (unreachable, too slow, busy), 502 GEOCODER_BAD_ANSWER.
 */
@Controller('geocoder')
export class GeocoderController {
  constructor(private readonly geocoder: GeocoderService) {}

  @Public()
  @Get('search')
  async search(@Query() query: Record<string, unknown>, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const answer = await this.geocoder.search(req.ip ?? 'unknown', { q: query.q, limit: query.limit, lat: query.lat, lon: query.lon });
    return send(answer, req, res);
  }

  @Public()
  @Get('reverse')
  async reverse(@Query() query: Record<string, unknown>, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const answer = await this.geocoder.reverse(req.ip ?? 'unknown', { lat: query.lat, lon: query.lon });
    return send(answer, req, res);
  }
}

function send(answer: GeocoderAnswer, req: Request, res: Response) {
  if (!answer.ok) {
    res.status(answer.status).setHeader('Cache-Control', 'no-store');
    const code = answer.status === 503 ? 'SERVICE_UNAVAILABLE' : 'BAD_GATEWAY';
    return { error: { code, reason: answer.reason, requestId: (req as { id?: string }).id } };
  }
  // Addresses change rarely; the browser may reuse an answer while the resident types and erases.
  res.setHeader('Cache-Control', 'private, max-age=600');
  return { results: answer.results };
}
