import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AgencyLevel } from '@dvc/shared/domain';
import { Repository } from 'typeorm';
import { AgencyEntity } from './entities/agency.entity';
import { SectorEntity } from './entities/sector.entity';

const LEVEL_ORDER: Record<AgencyLevel, number> = { MINISTRY: 0, PROVINCE: 1, COMMUNE: 2 };

/** Agencies and sectors as the catalog console sees them: inactive ones too, never cached. */
@Injectable()
export class CatalogAdminListService {
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencyRows: Repository<AgencyEntity>,
    @InjectRepository(SectorEntity) private readonly sectorRows: Repository<SectorEntity>,
  ) {}

  async agencies(): Promise<AgencyEntity[]> {
    const rows = await this.agencyRows.find();
    return rows.sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'vi'),
    );
  }

  async sectors(): Promise<SectorEntity[]> {
    const rows = await this.sectorRows.find();
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }
}
