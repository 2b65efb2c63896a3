import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { OPEN_DATA_DATASETS, OpenDataProvider, sendOpenData, tableSchemaOf } from '../common/open-data/open-data';

/**
 * Every domain's open data, public and generic: `GET /open-data` lists the datasets the domains
 * declared (`OpenDataDataset(name)`), `GET /open-data/<name>.csv|json` streams one (with `ETag`
 * and `Last-Modified`, 304 when unchanged) and `GET /open-data/schemas/<name>.json` gives its
 * Table Schema. This folder knows no domain.
 */
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly capabilities: Capabilities) {}

  @Public()
  @Get()
  async index(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
    res.setHeader('Access-Control-Allow-Origin', '*');
    const datasets = await Promise.all(
      this.capabilities.all(OPEN_DATA_DATASETS).map(async ({ key, provider }) => {
        const version = await provider.version();
        return {
          name: key,
          title: provider.dataset.title,
          description: provider.dataset.description,
          version: provider.dataset.version,
          lastModified: version.lastModified.toISOString(),
          csv: `/open-data/${key}.csv`,
          json: `/open-data/${key}.json`,
          schema: `/open-data/schemas/${key}.json`,
          license: 'Licence Ouverte / Open Licence 2.0',
        };
      }),
    );
    return { datasets };
  }

  @Public()
  @Get('schemas/:file')
  schema(@Param('file') file: string, @Res({ passthrough: true }) res: Response) {
    const provider = this.providerOf(file, ['json']).provider;
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Access-Control-Allow-Origin', '*');
    return tableSchemaOf(provider.dataset);
  }

  @Public()
  @Get(':file')
  async file(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { provider, format } = this.providerOf(file, ['csv', 'json']);
    const version = await provider.version();
    await sendOpenData(req, res, provider.dataset, format as 'csv' | 'json', version, () => provider.rows());
  }

  /** `<name>.<format>` to its dataset's provider; 404 for an unknown name or format. */
  private providerOf(file: string, formats: string[]): { provider: OpenDataProvider; format: string } {
    const dot = file.lastIndexOf('.');
    const [name, format] = dot > 0 ? [file.slice(0, dot), file.slice(dot + 1)] : [file, ''];
    const provider = formats.includes(format) ? this.capabilities.get(OPEN_DATA_DATASETS, name) : undefined;
    if (!provider) throw AppError.notFound('OPEN_DATA_FILE_NOT_FOUND');
    return { provider, format };
  }
}
