import { cleanApplicant, DossierApplicant, Role } from '@dvc/shared/domain';
import { EntityManager } from 'typeorm';
import { AccountEntity, personalDetails } from '../account/entities/account.entity';
import { ProcessingStepEntity } from '../dossier/entities/processing-step.entity';

/** Who the demo dossiers (back office, statistics) are between: the citizen and the officer. */
export interface DemoPeople {
  citizen: AccountEntity;
  officer: AccountEntity;
}

/** The demo accounts `congdan` and `canbo`; null while they are not seeded. */
export async function findDemoPeople(em: EntityManager): Promise<DemoPeople | null> {
  const citizen = await em.findOneBy(AccountEntity, { username: 'congdan', role: Role.CITIZEN });
  const officer = await em.findOneBy(AccountEntity, { username: 'canbo', role: Role.OFFICER });
  return citizen && officer ? { citizen, officer } : null;
}

/** The demo citizen as the applicant, with a Hà Nội address where the profile has none. */
export function demoApplicant(citizen: AccountEntity): DossierApplicant {
  return cleanApplicant({
    ...personalDetails(citizen),
    email: citizen.email,
    provinceCode: citizen.provinceCode ?? '01',
    commune: citizen.commune ?? 'Phường Hoàn Kiếm',
    street: citizen.street ?? '12 Hàng Bài',
  });
}

/** Who took a demo processing step: the officer for their agency, or the citizen. */
export function demoStepActor(
  byOfficer: boolean,
  { citizen, officer }: DemoPeople,
  agency: { id: string; name: string },
): Pick<ProcessingStepEntity, 'actorId' | 'actorName' | 'actorRole' | 'agencyId' | 'agencyName'> {
  return byOfficer
    ? {
        actorId: officer.id,
        actorName: officer.fullName,
        actorRole: Role.OFFICER,
        agencyId: agency.id,
        agencyName: agency.name,
      }
    : {
        actorId: citizen.id,
        actorName: citizen.fullName,
        actorRole: Role.CITIZEN,
        agencyId: null,
        agencyName: null,
      };
}
