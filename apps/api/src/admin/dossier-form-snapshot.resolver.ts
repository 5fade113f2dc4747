import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { GraphQLJSON } from '../dossier/models/json.scalar';
import { DossierFormSnapshotEntity } from './dossier-form-snapshot.entity';

@ObjectType('DossierFormSnapshot', {
  description: 'Biểu mẫu và thành phần hồ sơ tại thời điểm gửi lần đầu (không đổi khi thủ tục được sửa).',
})
export class DossierFormSnapshotModel {
  @Field({ description: 'Thời điểm chụp lại (lần gửi đầu tiên).' })
  takenAt: Date;
  @Field(() => GraphQLJSON, { description: 'Các trường của form (FormFieldDefinition[]).' })
  fields: unknown[];
  @Field(() => GraphQLJSON, { description: 'Thành phần hồ sơ: tên, bắt buộc, loại tệp, dung lượng, số bản.' })
  components: unknown[];
}

/**
 * Dossier.formSnapshot. Whoever may read the dossier may read what it was filled against (the
 * dossier query already applied the access rules).
 */
@Resolver(() => DossierEntity)
export class DossierFormSnapshotResolver {
  constructor(@InjectEntityManager() private readonly em: EntityManager) {}

  @ResolveField(() => DossierFormSnapshotModel, {
    nullable: true,
    description: 'Biểu mẫu và danh sách thành phần khi gửi; null với hồ sơ chưa gửi.',
  })
  async formSnapshot(@Parent() dossier: DossierEntity): Promise<DossierFormSnapshotModel | null> {
    return this.em.findOneBy(DossierFormSnapshotEntity, { dossierId: dossier.id });
  }
}
