import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ServiceProcedureEntity } from '../entities/service-procedure.entity';

@ObjectType('ServicePage', { description: 'Một trang kết quả tìm kiếm dịch vụ công.' })
export class ServicePage {
  @Field(() => [ServiceProcedureEntity], { description: 'Các mục của trang.' })
  items: ServiceProcedureEntity[];

  @Field(() => Int, { description: 'Tổng số thủ tục khớp bộ lọc.' })
  totalCount: number;

  @Field(() => Int, { description: 'Trang hiện tại, từ 1.' })
  page: number;

  @Field(() => Int, { description: 'Số mục mỗi trang (tối đa 100).' })
  pageSize: number;
}
