import type { OutgoingMail } from '../common/mail/mail.service';

const PORTAL = 'Cổng Dịch vụ công trực tuyến';
const FOOTER = `\n\nĐây là thư tự động, vui lòng không trả lời thư này.\n${PORTAL}`;

/** Now, as mails show it: Vietnamese date and time in Hanoi. */
export function vnNow(): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date());
}

/** The e-mails of the accounts feature, in Vietnamese; links are built from PUBLIC_URL by the caller. */
export const accountMails = {
  verifyEmail(to: string, fullName: string, link: string): OutgoingMail {
    return {
      to,
      subject: `[${PORTAL}] Xác thực địa chỉ e-mail`,
      text:
        `Kính gửi ${fullName},\n\n` +
        `Cảm ơn Ông/Bà đã đăng ký tài khoản trên ${PORTAL}.\n` +
        `Vui lòng mở liên kết dưới đây để xác thực địa chỉ e-mail và kích hoạt tài khoản:\n\n` +
        `${link}\n\n` +
        `Liên kết có hiệu lực trong 24 giờ và chỉ dùng được một lần. ` +
        `Nếu Ông/Bà không thực hiện đăng ký, vui lòng bỏ qua thư này.` +
        FOOTER,
    };
  },

  verifyNewEmail(to: string, fullName: string, link: string): OutgoingMail {
    return {
      to,
      subject: `[${PORTAL}] Xác thực địa chỉ e-mail mới`,
      text:
        `Kính gửi ${fullName},\n\n` +
        `Ông/Bà vừa đổi địa chỉ e-mail của tài khoản trên ${PORTAL} thành địa chỉ này.\n` +
        `Vui lòng mở liên kết dưới đây để xác thực; địa chỉ mới chỉ có hiệu lực sau khi xác thực:\n\n` +
        `${link}\n\n` +
        `Liên kết có hiệu lực trong 24 giờ và chỉ dùng được một lần. ` +
        `Nếu Ông/Bà không yêu cầu thay đổi này, vui lòng bỏ qua thư này.` +
        FOOTER,
    };
  },

  /** To the owner of an address another account tried to take (no link: nothing for them to do). */
  emailChangeAttempt(to: string, fullName: string, when: string): OutgoingMail {
    return {
      to,
      subject: `[${PORTAL}] Có người muốn dùng địa chỉ e-mail của Ông/Bà`,
      text:
        `Kính gửi ${fullName},\n\n` +
        `Lúc ${when}, một tài khoản khác trên ${PORTAL} đã yêu cầu đổi địa chỉ e-mail của mình thành ` +
        `địa chỉ này, vốn đang dùng cho tài khoản của Ông/Bà. Yêu cầu đó không có hiệu lực: địa chỉ ` +
        `vẫn thuộc tài khoản của Ông/Bà và không có gì thay đổi.\n` +
        `Nếu Ông/Bà không biết về yêu cầu này, có thể bỏ qua thư này. Nếu nghi ngờ tài khoản của mình ` +
        `bị người khác sử dụng, vui lòng đổi mật khẩu.` +
        FOOTER,
    };
  },

  resetPassword(to: string, fullName: string, link: string): OutgoingMail {
    return {
      to,
      subject: `[${PORTAL}] Đặt lại mật khẩu`,
      text:
        `Kính gửi ${fullName},\n\n` +
        `Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của Ông/Bà trên ${PORTAL}.\n` +
        `Vui lòng mở liên kết dưới đây để đặt mật khẩu mới:\n\n` +
        `${link}\n\n` +
        `Liên kết có hiệu lực trong 1 giờ và chỉ dùng được một lần. Sau khi đặt lại, mọi phiên đăng nhập ` +
        `khác của tài khoản sẽ bị đăng xuất. Nếu Ông/Bà không yêu cầu, vui lòng bỏ qua thư này; ` +
        `mật khẩu hiện tại vẫn giữ nguyên.` +
        FOOTER,
    };
  },

  passwordChanged(to: string, fullName: string, when: string): OutgoingMail {
    return {
      to,
      subject: `[${PORTAL}] Mật khẩu đã được thay đổi`,
      text:
        `Kính gửi ${fullName},\n\n` +
        `Mật khẩu tài khoản của Ông/Bà trên ${PORTAL} đã được thay đổi lúc ${when}.\n` +
        `Các phiên đăng nhập khác đã được đăng xuất. Nếu không phải Ông/Bà thực hiện, vui lòng dùng ` +
        `chức năng "Quên mật khẩu" ngay để lấy lại tài khoản.` +
        FOOTER,
    };
  },
};
