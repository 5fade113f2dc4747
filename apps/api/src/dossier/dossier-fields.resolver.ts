import { ResolveField, Resolver } from '@nestjs/graphql';
import { availableActions, DossierAction, DossierStatus, Role } from '@dvc/shared/domain';
import type { AuthUser } from '../common/auth/auth-user';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { CatalogLoaders } from '../service/catalog.loaders';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { dossierListComplexity } from './dossier-complexity';
import { DossierLoaders } from './dossier.loaders';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { DossierEntity } from './entities/dossier.entity';
import { ProcessingStepEntity } from './entities/processing-step.entity';

/** Relations of a dossier, through per-request DataLoaders. */
@Resolver(() => DossierEntity)
export class DossierFieldsResolver {
  constructor(
    private readonly loaders: DossierLoaders,
    private readonly catalog: CatalogLoaders,
  ) {}

  @ResolveField(() => ServiceProcedureEntity, { description: 'Dịch vụ công (thủ tục) của hồ sơ.' })
  async service(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<ServiceProcedureEntity> {
    const procedure = await this.catalog.procedure(ctx.loaders).load(d.serviceId);
    if (!procedure) throw new Error(`Procedure ${d.serviceId} of dossier ${d.id} is missing`);
    return procedure;
  }

  @ResolveField(() => AgencyEntity, { nullable: true, description: 'Cơ quan tiếp nhận hồ sơ.' })
  agency(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<AgencyEntity | null> {
    return this.catalog.agency(ctx.loaders).load(d.agencyId);
  }

  @ResolveField(() => [DossierFileEntity], {
    description: 'Tệp đính kèm, theo thành phần hồ sơ.',
    complexity: dossierListComplexity,
  })
  files(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<DossierFileEntity[]> {
    return this.loaders.files$(ctx.loaders).load(d.id);
  }

  @ResolveField(() => [ProcessingStepEntity], {
    description: 'Quá trình xử lý, theo thứ tự thời gian.',
    complexity: dossierListComplexity,
  })
  history(d: DossierEntity, _args: unknown, ctx: GraphQLContext): Promise<ProcessingStepEntity[]> {
    return this.loaders.history(ctx.loaders).load(d.id);
  }

  // result, supplementRequest, rejectionReason, rating and overdue: processing/processing-fields.resolver.ts

  @ResolveField(() => [DossierAction], {
    description:
      'Thao tác người dùng hiện tại được thực hiện: của công dân trên hồ sơ của mình, của cán bộ trên hồ sơ gửi đến cơ quan mình.',
  })
  availableActions(d: DossierEntity, _args: unknown, ctx: GraphQLContext): DossierAction[] {
    const user: AuthUser | undefined = ctx.req.user;
    if (!user) return []; // an API token: no actions of its own here
    const mine =
      user.role === Role.OFFICER
        ? !!user.agencyId && user.agencyId === d.agencyId && d.status !== DossierStatus.DRAFT
        : d.ownerId === user.id;
    return mine ? availableActions(d.status, user.role) : [];
  }
}

@Resolver(() => DossierFileEntity)
export class DossierFileResolver {
  @ResolveField(() => String, { description: 'Đường dẫn tải tệp (GET, cần đăng nhập).' })
  downloadUrl(f: DossierFileEntity): string {
    return `/files/${f.id}`;
  }
}
