import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DossierAction,
  DossierStatus,
  dueDateOnReceipt,
  fromVnWallClock,
  transition,
  vnDateParts,
} from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { In, Repository } from 'typeorm';
import { TransactionRunner } from '../common/database/transaction-runner';
import { StorageDriver, StoredFile } from '../common/storage/storage';
import { AppConfig } from '../config/app-config';
import { Seeder } from '../database/seeds/seeder';
import { DossierCodeService } from '../dossier/dossier-code.service';
import { dossierSearchText } from '../dossier/dossier-save.service';
import { DossierFileEntity } from '../dossier/entities/dossier-file.entity';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { ProcessingStepEntity } from '../dossier/entities/processing-step.entity';
import { CatalogReader } from '../service/catalog-reader.service';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { demoApplicant, DemoPeople, demoStepActor, findDemoPeople } from './demo-dossier-people';
import { DEMO_STORIES, demoFormValues, DemoStep, DemoStory } from './demo-processing-stories';
import { demoResultPdf } from './demo-result-pdf';
import { DossierResultEntity } from './entities/dossier-result.entity';
import { SupplementRequestEntity } from './entities/supplement-request.entity';

const DAY_MS = 86_400_000;

/**
 * Demo data of the back office (never in production): for the officer `canbo` (Sở Tư pháp Thành phố
 * Hà Nội), one dossier of `congdan` in each status after submission, with its history, the open
 * supplement request and the result with its PDF. Written straight into the tables (fast); dossiers
 * already there are left alone, so a second run changes nothing.
 */
@Injectable()
export class DemoProcessingSeeder implements Seeder {
  readonly name = 'demo back office';
  private readonly logger = new Logger(DemoProcessingSeeder.name);

  constructor(
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    @InjectRepository(ServiceProcedureEntity)
    private readonly procedureRepo: Repository<ServiceProcedureEntity>,
    private readonly catalog: CatalogReader,
    private readonly codes: DossierCodeService,
    private readonly storage: StorageDriver,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (this.config.isProduction) return;
    const people = await findDemoPeople(this.dossiers.manager);
    const agency = people?.officer.agencyId ? await this.catalog.getAgency(people.officer.agencyId) : null;
    if (!people || !agency) return; // demo accounts or catalog not seeded
    const existing = new Set(
      (await this.dossiers.findBy({ id: In(DEMO_STORIES.map((s) => s.id)) })).map((d) => d.id),
    );
    const missing = DEMO_STORIES.filter((s) => !existing.has(s.id));
    if (!missing.length) return;
    const procedures = await this.procedures(agency.id);
    if (!procedures.length) return;
    // One PDF stands for every citizen attachment: each rendering costs tens of milliseconds.
    const attachment = await demoResultPdf({
      agencyName: agency.name,
      title: 'Tài liệu đính kèm',
      code: '',
      applicantName: people.citizen.fullName,
      issuedAt: new Date(),
      officerName: '',
    });
    for (const [i, story] of missing.entries()) {
      await this.write(story, procedures[i % procedures.length], agency, people, attachment);
    }
    this.logger.log(`${missing.length} demo dossiers for the officer "canbo"`);
  }

  /** The agency's procedures, the most asked for first. */
  private async procedures(agencyId: string): Promise<ServiceProcedureEntity[]> {
    return this.procedureRepo.find({
      where: { agencyId, active: true },
      order: { popularity: 'DESC', code: 'ASC' },
    });
  }

  private async write(
    story: DemoStory,
    procedure: ServiceProcedureEntity,
    agency: AgencyEntity,
    people: DemoPeople,
    attachment: Buffer,
  ): Promise<void> {
    const { citizen, officer } = people;
    const at = (step: DemoStep): Date => {
      const p = vnDateParts(new Date(Date.now() - step.daysAgo * DAY_MS));
      const [h, m] = step.time.split(':').map(Number);
      return fromVnWallClock(p.year, p.month, p.day, h, m);
    };
    const applicant = demoApplicant(citizen);
    const submittedAt = at(story.steps[0]);
    const last = story.steps[story.steps.length - 1];
    await this.codes.prepare(agency.id, submittedAt);
    const code = await this.tx.run((em) => this.codes.next(em, agency.id, agency.code, submittedAt));

    // Files before the rows (outside the transaction), removed again if the rows fail.
    const components = await this.catalog.getComponents(procedure.id);
    const files: DemoFile[] = [];
    try {
      for (const c of components.filter((x) => x.required && x.acceptedTypes.includes('pdf'))) {
        files.push({
          componentId: c.id,
          kind: 'ATTACHMENT',
          name: 'ho-so-kem-theo.pdf',
          at: submittedAt,
          stored: await this.put(attachment),
        });
      }
      if (story.result) {
        const bytes = await demoResultPdf({
          agencyName: agency.name,
          title: story.result.title,
          code,
          applicantName: applicant.fullName ?? '',
          issuedAt: at(last),
          officerName: officer.fullName,
        });
        files.push({
          componentId: story.id,
          kind: 'RESULT',
          name: 'ket-qua.pdf',
          at: at(last),
          stored: await this.put(bytes),
        });
      }
      const fields = await this.catalog.getFormDefinition(procedure.id);
      await this.tx.run(async (em) => {
        let status: DossierStatus = DossierStatus.DRAFT;
        let dueDate: Date | null = null;
        const steps = story.steps.map((step, i) => {
          const from = status;
          status = transition(from, step.action);
          if (step.action === DossierAction.RECEIVE)
            dueDate = dueDateOnReceipt(at(step), procedure.processingDays);
          return {
            id: randomUUID(),
            dossierId: story.id,
            position: i + 1,
            action: step.action,
            fromStatus: from,
            toStatus: status,
            note: step.note ?? null,
            ...demoStepActor(step.action !== DossierAction.SUBMIT, people, agency),
            createdAt: at(step),
          };
        });
        const dossier: DossierEntity = {
          id: story.id,
          code,
          ownerId: citizen.id,
          serviceId: procedure.id,
          agencyId: agency.id,
          status,
          applicant,
          formData: demoFormValues(fields, applicant.fullName ?? ''),
          searchText: dossierSearchText(code, procedure, applicant.fullName),
          version: steps.length + 1,
          createdAt: new Date(submittedAt.getTime() - 20 * 60_000),
          updatedAt: at(last),
          submittedAt,
          dueDate,
        };
        // simple-json columns: TypeORM's deep-partial insert type cannot describe open records.
        await em.insert(DossierEntity, dossier as never);
        await em.insert(ProcessingStepEntity, steps);
        await em.insert(
          DossierFileEntity,
          files.map((f) => ({
            id: randomUUID(),
            dossierId: story.id,
            componentId: f.componentId,
            kind: f.kind,
            fileName: f.name,
            size: f.stored.size,
            mimeType: f.stored.mimeType,
            detectedType: f.stored.detectedType,
            sha256: f.stored.sha256,
            storageKey: f.stored.key,
            uploadedBy: f.kind === 'RESULT' ? officer.id : citizen.id,
            uploadedAt: f.at,
          })),
        );
        if (story.supplement) {
          const step = story.steps.find((s) => s.action === DossierAction.REQUEST_SUPPLEMENT) as DemoStep;
          await em.insert(SupplementRequestEntity, {
            id: randomUUID(),
            dossierId: story.id,
            note: story.supplement.note,
            items: [
              {
                componentId: components[0]?.id ?? null,
                fieldKey: components[0] ? null : (fields[0]?.key ?? null),
                comment: story.supplement.comment,
              },
            ],
            previousStatus: DossierStatus.RECEIVED,
            requestedAt: at(step),
            requestedById: officer.id,
            requestedBy: officer.fullName,
            resolvedAt: null,
          });
        }
        if (story.result) {
          await em.insert(DossierResultEntity, {
            dossierId: story.id,
            note: last.note ?? null,
            officerId: officer.id,
            officerName: officer.fullName,
            agencyId: agency.id,
            issuedAt: at(last),
          });
        }
      });
    } catch (error) {
      await Promise.all(files.map((f) => this.storage.delete(f.stored.key).catch(() => undefined)));
      throw error;
    }
  }

  private put(bytes: Buffer): Promise<StoredFile> {
    return this.storage.put(Readable.from([bytes]), {
      maxBytes: bytes.length + 1,
      acceptedTypes: ['pdf'],
      fileName: 'demo.pdf',
    });
  }
}

interface DemoFile {
  componentId: string;
  kind: 'ATTACHMENT' | 'RESULT';
  name: string;
  at: Date;
  stored: StoredFile;
}
