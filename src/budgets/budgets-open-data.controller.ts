import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { BUDGET_RESULTS } from './budget-results.open-data';
import { BudgetsService } from './budgets.service';
import { sendOpenData, tableSchemaOf } from './open-data';

/**
 * The participatory budget's open data, public: `GET /open-data/budget-results.csv` and `.json`
 * (streamed, with `ETag` and `Last-Modified`, 304 when unchanged) and its Table Schema at
 * `GET /open-data/schemas/budget-results.json`.
 */
@Controller('open-data')
export class BudgetsOpenDataController {
  constructor(private readonly budgets: BudgetsService) {}

  @Public()
  @Get('budget-results.csv')
  csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'csv');
  }

  @Public()
  @Get('budget-results.json')
  json(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'json');
  }

  @Public()
  @Get('schemas/budget-results.json')
  schema(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Access-Control-Allow-Origin', '*');
    return tableSchemaOf(BUDGET_RESULTS);
  }

  private async send(req: Request, res: Response, format: 'csv' | 'json'): Promise<void> {
    const version = await this.budgets.resultsOpenDataVersion();
    await sendOpenData(req, res, BUDGET_RESULTS, format, version, () => this.budgets.resultsOpenDataRows());
  }
}
