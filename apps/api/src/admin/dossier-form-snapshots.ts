import type { EntityManager } from 'typeorm';
import type { CatalogReader } from '../service/catalog-reader.service';
import { copyRequirements } from '../service/entities/document-component.entity';
import { DossierFormSnapshotEntity, SnapshotComponent } from './dossier-form-snapshot.entity';

/**
 * Takes the snapshot in the submitting transaction (DossierTransitions, first submission only; a
 * resubmission keeps the first one). Active components and fields, as the citizen's form showed them.
 */
export async function takeFormSnapshot(
  em: EntityManager,
  catalog: CatalogReader,
  dossier: { id: string; serviceId: string },
  at: Date,
): Promise<void> {
  if (await em.existsBy(DossierFormSnapshotEntity, { dossierId: dossier.id })) return;
  const [fields, components] = await Promise.all([
    catalog.getFormDefinition(dossier.serviceId),
    catalog.getComponents(dossier.serviceId),
  ]);
  const row: DossierFormSnapshotEntity = {
    dossierId: dossier.id,
    fields: fields.map((f) => ({ ...f })),
    components: components.map((c): SnapshotComponent => ({
      id: c.id,
      position: c.position,
      ...copyRequirements(c),
    })),
    takenAt: at,
  };
  // simple-json columns: TypeORM's deep-partial insert type cannot describe open records.
  await em.insert(DossierFormSnapshotEntity, row as never);
}
