import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/auth.decorators';
import { SystemInfo } from './system-info.model';

@Resolver(() => SystemInfo)
export class SystemResolver {
  @Public()
  @Query(() => SystemInfo, { description: 'Thông tin phiên bản của máy chủ.' })
  system(): SystemInfo {
    return {
      name: 'Cổng Dịch vụ công trực tuyến',
      version: '0.1.0',
      serverTime: new Date(),
      displayTimeZone: 'Asia/Ho_Chi_Minh',
    };
  }
}
