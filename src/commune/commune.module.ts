import { Module } from '@nestjs/common';
import { CommuneRepository } from './commune.repository';
import { CommuneResolver } from './commune.resolver';
import { CommuneService } from './commune.service';

@Module({
  providers: [CommuneRepository, CommuneService, CommuneResolver],
  exports: [CommuneService],
})
export class CommuneModule {}
