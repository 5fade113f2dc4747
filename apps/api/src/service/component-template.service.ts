import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { StorageDriver, StoredFile } from '../common/storage/storage';
import { FileUpload, openUpload, uploadError } from '../common/upload/file-upload';
import { AppConfig } from '../config/app-config';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { TransactionRunner } from '../common/database/transaction-runner';
import { GeneratedTemplates } from './generated-template.service';

/** What a template (mẫu đơn, tờ khai) may be: documents and spreadsheets a citizen fills in. */
export const TEMPLATE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods'] as const;

export interface TemplateDownload {
  fileName: string;
  mimeType: string;
  size: number;
  stream: Readable;
}

/**
 * Template files of document components. The file is streamed into storage first (checked by
 * content, within the global upload cap), then the row is pointed at it in a transaction; the
 * replaced file is removed only after the commit, and the new one if the commit fails.
 */
@Injectable()
export class ComponentTemplateService {
  private readonly logger = new Logger(ComponentTemplateService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly storage: StorageDriver,
    private readonly config: AppConfig,
    private readonly generated: GeneratedTemplates,
  ) {}

  async upload(
    componentId: string,
    upload: Promise<FileUpload> | FileUpload,
  ): Promise<DocumentComponentEntity> {
    if (!(await this.dataSource.getRepository(DocumentComponentEntity).existsBy({ id: componentId }))) {
      throw DomainError.notFound();
    }
    const opened = await openUpload(upload);
    let stored: StoredFile;
    try {
      stored = await this.storage.put(opened.stream, {
        maxBytes: this.config.uploadMaxFileBytes,
        acceptedTypes: TEMPLATE_TYPES,
        fileName: opened.fileName,
      });
    } catch (error) {
      throw uploadError(error, opened.fileName);
    }
    try {
      const { saved, previous } = await this.pointAt(componentId, {
        key: stored.key,
        name: opened.fileName,
        mimeType: stored.mimeType,
        size: stored.size,
      });
      if (previous) await this.removeFile(previous);
      return saved;
    } catch (error) {
      await this.removeFile(stored.key);
      throw error;
    }
  }

  async remove(componentId: string): Promise<DocumentComponentEntity> {
    const { saved, previous } = await this.pointAt(componentId, null);
    if (previous) await this.removeFile(previous);
    return saved;
  }

  /**
   * Points the component at an uploaded template file, or at none, with its audit entry in one
   * transaction. Either way the generated form is off for good. Returns the key it pointed at before.
   */
  private pointAt(
    componentId: string,
    file: { key: string; name: string; mimeType: string; size: number } | null,
  ): Promise<{ saved: DocumentComponentEntity; previous: string | null }> {
    return this.tx.run(async (em) => {
      const component = await em.findOneBy(DocumentComponentEntity, { id: componentId });
      if (!component) throw DomainError.notFound();
      const previous = component.templateKey;
      component.templateKey = file?.key ?? null;
      component.templateName = file?.name ?? null;
      component.templateMimeType = file?.mimeType ?? null;
      component.templateSize = file?.size ?? null;
      component.templateGenerated = false;
      component.templateFingerprint = null;
      const saved = await em.save(component);
      await AuditLog.record(em, {
        action: AuditAction.CATALOG_UPDATE,
        targetType: AuditTarget.COMPONENT,
        targetId: componentId,
        summary: {
          after: file ? { templateName: file.name, templateSize: file.size } : { templateName: null },
        },
      });
      return { saved, previous };
    });
  }

  /**
   * The template of a component, for anyone (templates are public forms); NOT_FOUND otherwise. A
   * generated one is made (again) first when it is missing or out of date.
   */
  async open(componentId: string): Promise<TemplateDownload> {
    let component = UUID.test(componentId)
      ? await this.dataSource.getRepository(DocumentComponentEntity).findOneBy({ id: componentId })
      : null;
    if (component?.templateGenerated) component = await this.generated.ensure(component);
    if (!component?.templateKey) throw DomainError.notFound();
    return {
      fileName: component.templateName ?? 'mau-don',
      mimeType: component.templateMimeType ?? 'application/octet-stream',
      size: component.templateSize ?? 0,
      stream: await this.storage.read(component.templateKey),
    };
  }

  private async removeFile(key: string): Promise<void> {
    await this.storage.delete(key).catch((error: unknown) => {
      this.logger.error(`Could not delete template file ${key}: ${(error as Error).message}`);
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
