import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';

/** The `/open-data` files of every domain that declares a dataset (see common/open-data). */
@Module({ controllers: [OpenDataController] })
export class OpenDataModule {}
