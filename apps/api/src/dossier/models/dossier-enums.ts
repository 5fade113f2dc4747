import { DossierAction, DossierGroup, DossierStatus } from '@dvc/shared/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(DossierStatus, {
  name: 'DossierStatus',
  description:
    'Trạng thái hồ sơ: Chưa gửi, Đã gửi, Đã tiếp nhận, Đang xử lý, Yêu cầu bổ sung, Đã có kết quả, Từ chối.',
});

registerEnumType(DossierGroup, {
  name: 'DossierGroup',
  description: 'Nhóm hồ sơ đã đăng ký: DRAFTS (đang thực hiện, chưa gửi), SENT (đã gửi), ALL.',
});

registerEnumType(DossierAction, {
  name: 'DossierAction',
  description: 'Thao tác trên hồ sơ (bảng chuyển trạng thái dùng chung trong libs/shared/domain).',
});

export { DossierAction, DossierGroup, DossierStatus };
