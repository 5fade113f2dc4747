import { registerEnumType } from '@nestjs/graphql';
import { AgencyLevel, FormFieldType, OnlineLevel } from '@dvc/shared/domain';

registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: 'Cấp cơ quan: bộ/ngành, tỉnh/thành phố (và các sở), xã/phường/đặc khu.',
});

registerEnumType(OnlineLevel, {
  name: 'OnlineLevel',
  description: 'Mức độ dịch vụ công trực tuyến (Nghị định 42/2022): toàn trình hoặc một phần.',
});

registerEnumType(FormFieldType, {
  name: 'FormFieldType',
  description: 'Kiểu trường của form thông tin tiếp nhận hồ sơ.',
});

export { AgencyLevel, FormFieldType, OnlineLevel };
