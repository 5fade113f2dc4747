import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { Roles } from '../common/auth/auth.decorators';
import { FileUpload, GraphQLUpload } from '../common/upload/file-upload';
import { CatalogAdminService } from './catalog-admin.service';
import { ComponentTemplateService } from './component-template.service';
import { CreateAgencyInput, UpdateAgencyInput } from './dto/agency.input';
import { CreateDocumentComponentInput, UpdateDocumentComponentInput } from './dto/component.input';
import { CreateFormFieldInput, UpdateFormFieldInput } from './dto/form-field.input';
import { CreateServiceInput, UpdateServiceInput } from './dto/procedure.input';
import { CreateSectorInput, UpdateSectorInput } from './dto/sector.input';
import { AgencyEntity } from './entities/agency.entity';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { ProcedureAdminService } from './procedure-admin.service';
import { ProcedurePartsService } from './procedure-parts.service';

const id = (description = 'Mã định danh.') => ({ type: () => ID, description });

/** Catalog administration: administrators only (others get FORBIDDEN, anonymous UNAUTHENTICATED). */
@Roles(Role.ADMIN)
@Resolver()
export class CatalogAdminResolver {
  constructor(
    private readonly catalogAdmin: CatalogAdminService,
    private readonly procedureAdmin: ProcedureAdminService,
    private readonly parts: ProcedurePartsService,
    private readonly templates: ComponentTemplateService,
  ) {}

  @Mutation(() => AgencyEntity, { description: 'Thêm cơ quan (quản trị).' })
  createAgency(
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: CreateAgencyInput,
  ): Promise<AgencyEntity> {
    return this.catalogAdmin.createAgency(input);
  }

  @Mutation(() => AgencyEntity, { description: 'Sửa cơ quan (quản trị).' })
  updateAgency(
    @Args('id', id()) agencyId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: UpdateAgencyInput,
  ): Promise<AgencyEntity> {
    return this.catalogAdmin.updateAgency(agencyId, input);
  }

  @Mutation(() => AgencyEntity, { description: 'Ngừng hoạt động cơ quan không còn thủ tục đang tiếp nhận.' })
  deactivateAgency(@Args('id', id()) agencyId: string): Promise<AgencyEntity> {
    return this.catalogAdmin.deactivateAgency(agencyId);
  }

  @Mutation(() => SectorEntity, { description: 'Thêm lĩnh vực (quản trị).' })
  createSector(
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: CreateSectorInput,
  ): Promise<SectorEntity> {
    return this.catalogAdmin.createSector(input);
  }

  @Mutation(() => SectorEntity, { description: 'Sửa lĩnh vực (quản trị).' })
  updateSector(
    @Args('id', id()) sectorId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: UpdateSectorInput,
  ): Promise<SectorEntity> {
    return this.catalogAdmin.updateSector(sectorId, input);
  }

  @Mutation(() => SectorEntity, { description: 'Ngừng lĩnh vực không còn thủ tục đang tiếp nhận.' })
  deactivateSector(@Args('id', id()) sectorId: string): Promise<SectorEntity> {
    return this.catalogAdmin.deactivateSector(sectorId);
  }

  @Mutation(() => ServiceProcedureEntity, { description: 'Thêm thủ tục hành chính (quản trị).' })
  createService(
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: CreateServiceInput,
  ): Promise<ServiceProcedureEntity> {
    return this.procedureAdmin.createService(input);
  }

  @Mutation(() => ServiceProcedureEntity, { description: 'Sửa thủ tục hành chính (quản trị).' })
  updateService(
    @Args('id', id()) serviceId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: UpdateServiceInput,
  ): Promise<ServiceProcedureEntity> {
    return this.procedureAdmin.updateService(serviceId, input);
  }

  @Mutation(() => ServiceProcedureEntity, {
    description: 'Ngừng tiếp nhận: thủ tục rời danh mục, hồ sơ đã nộp vẫn giữ thủ tục.',
  })
  deactivateService(@Args('id', id()) serviceId: string): Promise<ServiceProcedureEntity> {
    return this.procedureAdmin.deactivateService(serviceId);
  }

  @Mutation(() => DocumentComponentEntity, { description: 'Thêm thành phần hồ sơ cho thủ tục.' })
  createDocumentComponent(
    @Args('serviceId', id('Thủ tục nhận thành phần, trường mới.')) serviceId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: CreateDocumentComponentInput,
  ): Promise<DocumentComponentEntity> {
    return this.parts.createComponent(serviceId, input);
  }

  @Mutation(() => DocumentComponentEntity, { description: 'Sửa thành phần hồ sơ của thủ tục.' })
  updateDocumentComponent(
    @Args('id', id()) componentId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: UpdateDocumentComponentInput,
  ): Promise<DocumentComponentEntity> {
    return this.parts.updateComponent(componentId, input);
  }

  @Mutation(() => DocumentComponentEntity, {
    description: 'Ngừng một thành phần hồ sơ (hồ sơ đã nộp vẫn giữ tệp).',
  })
  deactivateDocumentComponent(@Args('id', id()) componentId: string): Promise<DocumentComponentEntity> {
    return this.parts.deactivateComponent(componentId);
  }

  @Mutation(() => FormFieldEntity, { description: 'Thêm trường vào form thông tin tiếp nhận hồ sơ.' })
  createFormField(
    @Args('serviceId', id('Thủ tục nhận thành phần, trường mới.')) serviceId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: CreateFormFieldInput,
  ): Promise<FormFieldEntity> {
    return this.parts.createFormField(serviceId, input);
  }

  @Mutation(() => FormFieldEntity, { description: 'Sửa trường của form thông tin.' })
  updateFormField(
    @Args('id', id()) fieldId: string,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: UpdateFormFieldInput,
  ): Promise<FormFieldEntity> {
    return this.parts.updateFormField(fieldId, input);
  }

  @Mutation(() => FormFieldEntity, { description: 'Ngừng một trường của form thông tin.' })
  deactivateFormField(@Args('id', id()) fieldId: string): Promise<FormFieldEntity> {
    return this.parts.deactivateFormField(fieldId);
  }

  @Mutation(() => DocumentComponentEntity, {
    description:
      'Tải lên mẫu đơn, tờ khai của thành phần hồ sơ (pdf, doc, docx, xls, xlsx, odt, ods); thay mẫu cũ nếu có.',
  })
  uploadComponentTemplate(
    @Args('componentId', id('Thành phần hồ sơ.')) componentId: string,
    @Args('file', { description: 'Tệp mẫu (multipart).', type: () => GraphQLUpload })
    file: Promise<FileUpload>,
  ): Promise<DocumentComponentEntity> {
    return this.templates.upload(componentId, file);
  }

  @Mutation(() => DocumentComponentEntity, { description: 'Gỡ mẫu đơn, tờ khai của thành phần hồ sơ.' })
  removeComponentTemplate(
    @Args('componentId', id('Thành phần hồ sơ.')) componentId: string,
  ): Promise<DocumentComponentEntity> {
    return this.templates.remove(componentId);
  }
}
