import type { OutgoingMail } from '../common/mail/mail.service';

const PORTAL = 'Cổng Dịch vụ công trực tuyến';

/** The invitation: a one-time link to set the password (the reset page, with a longer-lived token). */
export function invitationMail(
  to: string,
  fullName: string,
  username: string,
  role: string,
  link: string,
): OutgoingMail {
  const as = role === 'ADMIN' ? 'quản trị viên' : 'cán bộ';
  return {
    to,
    subject: `[${PORTAL}] Mời tham gia với vai trò ${as}`,
    text:
      `Kính gửi ${fullName},\n\n` +
      `Quản trị viên đã tạo cho Ông/Bà tài khoản ${as} trên ${PORTAL}, tên đăng nhập: ${username}.\n` +
      `Vui lòng mở liên kết dưới đây để đặt mật khẩu:\n\n${link}\n\n` +
      `Liên kết có hiệu lực trong 3 ngày và chỉ dùng được một lần. ` +
      `Nếu Ông/Bà không chờ đợi thư này, vui lòng bỏ qua.\n\n` +
      `Đây là thư tự động, vui lòng không trả lời thư này.\n${PORTAL}`,
  };
}
