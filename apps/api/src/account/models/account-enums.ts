import { Gender, Role } from '@dvc/shared/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(Role, {
  name: 'Role',
  description: 'Vai trò của tài khoản: công dân (tự đăng ký), cán bộ, quản trị.',
});

registerEnumType(Gender, { name: 'Gender', description: 'Giới tính: Nam, Nữ, Khác.' });

export { Gender, Role };
