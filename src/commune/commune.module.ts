import { Module } from '@nestjs/common';
import { CommuneRepository } from './commune.repository';
import { CategoryFieldsResolver, CommuneResolver, DepartmentFieldsResolver } from './commune.resolver';
import { CommuneService } from './commune.service';

@Module({
  providers: [CommuneRepository, CommuneService, CommuneResolver, DepartmentFieldsResolver, CategoryFieldsResolver],
  exports: [CommuneService],
})
export class CommuneModule {}
