import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DOSSIER_DEFAULT_PAGE_SIZE } from '@dvc/shared/domain';
import { DossierGroup, DossierStatus } from '../models/dossier-enums';

@InputType('MyDossiersFilter', { description: 'Bộ lọc hồ sơ của tôi.' })
export class MyDossiersFilter {
  @Field(() => DossierGroup, {
    description: 'Nhóm hồ sơ: DRAFT (chưa gửi) hoặc SENT (đã gửi).',
    nullable: true,
    defaultValue: DossierGroup.ALL,
  })
  group?: DossierGroup;

  @Field(() => DossierStatus, { description: 'Chỉ hồ sơ ở trạng thái này.', nullable: true })
  status?: DossierStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã hồ sơ hoặc tên dịch vụ, không phân biệt dấu và hoa thường.',
  })
  search?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Chỉ hồ sơ của một dịch vụ công (ví dụ: có hồ sơ đang soạn của dịch vụ này chưa).',
  })
  serviceId?: string | null;
}

@ArgsType()
export class MyDossiersArgs {
  @Field(() => MyDossiersFilter, { description: 'Điều kiện lọc.', nullable: true })
  filter?: MyDossiersFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Trang, từ 1.' })
  page: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DOSSIER_DEFAULT_PAGE_SIZE,
    description: 'Số mục mỗi trang (tối đa 50).',
  })
  pageSize: number;
}
