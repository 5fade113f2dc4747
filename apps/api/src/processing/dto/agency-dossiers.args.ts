import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DossierStatus } from '../../dossier/models/dossier-enums';

/** The queue's page sizes: the default fills a screen, the maximum bounds one query's cost. */
export const AGENCY_QUEUE_DEFAULT_PAGE_SIZE = 20;
export const AGENCY_QUEUE_MAX_PAGE_SIZE = 100;

@InputType('AgencyDossierFilter', { description: 'Bộ lọc hàng đợi hồ sơ của cơ quan.' })
export class AgencyDossierFilter {
  @Field(() => DossierStatus, { description: 'Chỉ hồ sơ ở trạng thái này.', nullable: true })
  status?: DossierStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ hồ sơ quá hạn; false: không quá hạn.' })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã hồ sơ, tên người nộp hoặc tên dịch vụ, không phân biệt dấu và hoa thường.',
  })
  search?: string | null;

  @Field(() => ID, { description: 'Chỉ hồ sơ của thủ tục này.', nullable: true })
  serviceId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Gửi từ thời điểm này (bao gồm).' })
  submittedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Gửi trước thời điểm này.' })
  submittedTo?: Date | null;
}

@ArgsType()
export class AgencyDossiersArgs {
  @Field(() => AgencyDossierFilter, { description: 'Điều kiện lọc.', nullable: true })
  filter?: AgencyDossierFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Trang, từ 1.' })
  page: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: AGENCY_QUEUE_DEFAULT_PAGE_SIZE,
    description: `Số mục mỗi trang (tối đa ${AGENCY_QUEUE_MAX_PAGE_SIZE}).`,
  })
  pageSize: number;
}
