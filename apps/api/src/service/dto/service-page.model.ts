import { ObjectType } from '@nestjs/graphql';
import { Paged } from '../../common/graphql/paged';
import { ServiceProcedureEntity } from '../entities/service-procedure.entity';

@ObjectType('ServicePage', { description: 'Một trang kết quả tìm kiếm dịch vụ công.' })
export class ServicePage extends Paged(ServiceProcedureEntity, {
  totalCount: 'Tổng số thủ tục khớp bộ lọc.',
  pageSize: 'Số mục mỗi trang (tối đa 100).',
}) {}
