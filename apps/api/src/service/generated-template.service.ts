import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { StorageDriver } from '../common/storage/storage';
import { FORM_PDF_VERSION, renderFormPdf } from '../forms/form-pdf';
import { buildFormSheet, formTitle, SheetCatalog, sheetCatalog } from '../forms/form-sheet';
import { AgencyEntity } from './entities/agency.entity';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { toFormFieldDefinition } from '@dvc/shared/domain';

/** The file name a generated template downloads as. */
export function generatedTemplateName(componentName: string): string {
  return `${formTitle(componentName)}.pdf`;
}

/**
 * Generated templates ("…theo mẫu" components, forms/): made on the first download, then served from
 * storage like an uploaded one. Lazily rather than at seed time: drawing the 52 seeded forms took
 * 1.2 s of CPU on a quiet 2-core machine (0.3 s of it loading the fonts) and 9 s under load, which
 * every fresh start and every integration suite (each seeds its own database) would pay for files
 * that are mostly never downloaded. A first download costs one form (tens of milliseconds).
 * The cached file carries a fingerprint of its sources (component, procedure, agency, form fields,
 * generator version), so an edited catalog gets a fresh form on the next download.
 */
@Injectable()
export class GeneratedTemplates {
  private readonly logger = new Logger(GeneratedTemplates.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly storage: StorageDriver,
  ) {}

  /** The component with an up-to-date generated file under templateKey (made now if needed). */
  async ensure(component: DocumentComponentEntity): Promise<DocumentComponentEntity> {
    const catalog = await this.catalogOf(component);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ version: FORM_PDF_VERSION, catalog }))
      .digest('hex');
    if (component.templateKey && component.templateFingerprint === fingerprint) return component;

    const pdf = await renderFormPdf(buildFormSheet(catalog));
    const fileName = generatedTemplateName(component.name);
    const stored = await this.storage.put(Readable.from(pdf), {
      maxBytes: pdf.length,
      acceptedTypes: ['pdf'],
      fileName,
    });
    const won = await this.tx.run(async (em) => {
      const current = await em.findOneBy(DocumentComponentEntity, { id: component.id });
      // An administrator uploaded or removed a template meanwhile, or another download was quicker.
      if (!current?.templateGenerated || current.templateFingerprint === fingerprint) return null;
      // Compare-and-set on the key read above: of racing first downloads (MySQL runs them truly in
      // parallel; the row lock makes the later UPDATE see the committed key), exactly one wins.
      const result = await em
        .createQueryBuilder()
        .update(DocumentComponentEntity)
        .set({
          templateKey: stored.key,
          templateName: fileName,
          templateMimeType: stored.mimeType,
          templateSize: stored.size,
          templateFingerprint: fingerprint,
        })
        .where('id = :id', { id: component.id })
        .andWhere('template_generated = 1')
        .andWhere(current.templateKey ? 'template_key = :old' : 'template_key IS NULL', {
          old: current.templateKey,
        })
        .execute();
      return result.affected ? { replaced: current.templateKey } : null;
    });
    if (won?.replaced) await this.removeFile(won.replaced);
    if (!won) await this.removeFile(stored.key);
    const current = await this.dataSource
      .getRepository(DocumentComponentEntity)
      .findOneBy({ id: component.id });
    if (!current?.templateKey) throw DomainError.notFound();
    return current;
  }

  private async catalogOf(component: DocumentComponentEntity): Promise<SheetCatalog> {
    const procedure = await this.dataSource
      .getRepository(ServiceProcedureEntity)
      .findOneBy({ id: component.procedureId });
    const agency = procedure
      ? await this.dataSource.getRepository(AgencyEntity).findOneBy({ id: procedure.agencyId })
      : null;
    if (!procedure || !agency) throw DomainError.notFound();
    const fields = await this.dataSource.getRepository(FormFieldEntity).find({
      where: { procedureId: procedure.id, active: true },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    return sheetCatalog(component, procedure, agency, fields.map(toFormFieldDefinition));
  }

  private async removeFile(key: string): Promise<void> {
    await this.storage.delete(key).catch((error: unknown) => {
      this.logger.error(`Could not delete generated template ${key}: ${(error as Error).message}`);
    });
  }
}
