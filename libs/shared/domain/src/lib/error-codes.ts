/**
 * Stable error codes: a public contract. Integrators branch on `extensions.code`, so a code is never
 * renamed or reused; add new ones at the end of their group.
 */
export const ErrorCode = {
  // Generic
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  BAD_REQUEST: 'BAD_REQUEST',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  /** A request a browser could have been tricked into sending (no preflight header): refused. */
  CSRF_REJECTED: 'CSRF_REJECTED',
  /** Several operations in one HTTP request (a JSON array): not accepted. */
  BATCH_NOT_ALLOWED: 'BATCH_NOT_ALLOWED',
  /** `__schema` / `__type` while introspection is off (production default; GRAPHQL_PLAYGROUND=true). */
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  // Accounts
  CAPTCHA_INVALID: 'CAPTCHA_INVALID',
  USERNAME_TAKEN: 'USERNAME_TAKEN',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  CITIZEN_ID_TAKEN: 'CITIZEN_ID_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_NOT_VERIFIED: 'ACCOUNT_NOT_VERIFIED',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  TOKEN_INVALID: 'TOKEN_INVALID',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  // Catalog
  CODE_TAKEN: 'CODE_TAKEN',
  SERVICE_INACTIVE: 'SERVICE_INACTIVE',
  // Dossiers
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  STALE_DOSSIER: 'STALE_DOSSIER',
  DOSSIER_INCOMPLETE: 'DOSSIER_INCOMPLETE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED: 'FILE_TYPE_NOT_ALLOWED',
  TOO_MANY_FILES: 'TOO_MANY_FILES',
  UPLOAD_FAILED: 'UPLOAD_FAILED',
  ALREADY_RATED: 'ALREADY_RATED',
  // Infrastructure (scale-out): a dependency is down; the request changed nothing, retry later.
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  STORAGE_UNAVAILABLE: 'STORAGE_UNAVAILABLE',
  // Administration
  LAST_ADMIN: 'LAST_ADMIN',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Default user-facing messages. The API answers in Vietnamese; the portal may translate by code. */
export const ERROR_MESSAGES: Record<ErrorCode, { vi: string; en: string }> = {
  VALIDATION_FAILED: {
    vi: 'Thông tin chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
    en: 'Some information is not valid; please check the highlighted fields.',
  },
  UNAUTHENTICATED: { vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Please log in to continue.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  TOO_MANY_ATTEMPTS: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.',
    en: 'Too many attempts. Please try again later.',
  },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  QUERY_TOO_COMPLEX: {
    vi: 'Truy vấn quá phức tạp, vui lòng chia nhỏ yêu cầu.',
    en: 'The query is too complex; please split it.',
  },
  INTERNAL_ERROR: {
    vi: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
    en: 'Something went wrong on our side. Please try again later.',
  },
  CSRF_REJECTED: {
    vi: 'Yêu cầu bị từ chối để bảo vệ tài khoản của bạn (có thể bị gửi từ trang web khác). Vui lòng tải lại trang và thử lại.',
    en: 'The request was refused to protect your account (it may come from another website). Please reload the page and try again.',
  },
  BATCH_NOT_ALLOWED: {
    vi: 'Máy chủ không nhận nhiều thao tác GraphQL trong một yêu cầu; vui lòng gửi từng thao tác riêng.',
    en: 'Several GraphQL operations in one request are not accepted; please send them one by one.',
  },
  INTROSPECTION_DISABLED: {
    vi: 'Máy chủ này không cho phép truy vấn cấu trúc (introspection); lược đồ GraphQL có tại /graphql/schema.graphql.',
    en: 'Introspection is turned off on this server; the GraphQL schema is at /graphql/schema.graphql.',
  },
  CAPTCHA_INVALID: {
    vi: 'Mã xác nhận không đúng hoặc đã hết hạn.',
    en: 'The verification code is wrong or has expired.',
  },
  USERNAME_TAKEN: { vi: 'Tên đăng nhập đã được sử dụng.', en: 'This username is already taken.' },
  EMAIL_TAKEN: { vi: 'Địa chỉ e-mail đã được sử dụng.', en: 'This e-mail address is already in use.' },
  CITIZEN_ID_TAKEN: { vi: 'Số CCCD đã được đăng ký.', en: 'This citizen ID is already registered.' },
  INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The username or password is incorrect.',
  },
  ACCOUNT_NOT_VERIFIED: {
    vi: 'Tài khoản chưa được xác thực. Vui lòng kiểm tra e-mail để xác thực tài khoản.',
    en: 'This account is not verified yet. Please check your e-mail.',
  },
  ACCOUNT_DISABLED: { vi: 'Tài khoản đã bị khóa.', en: 'This account is disabled.' },
  TOKEN_INVALID: {
    vi: 'Liên kết không hợp lệ hoặc đã được sử dụng.',
    en: 'The link is not valid or has already been used.',
  },
  TOKEN_EXPIRED: { vi: 'Liên kết đã hết hạn.', en: 'The link has expired.' },
  WEAK_PASSWORD: {
    vi: 'Mật khẩu quá yếu hoặc quá phổ biến.',
    en: 'The password is too weak or too common.',
  },
  WRONG_PASSWORD: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is incorrect.' },
  CONSENT_REQUIRED: {
    vi: 'Vui lòng đồng ý với Chính sách bảo vệ dữ liệu cá nhân để đăng ký.',
    en: 'Please accept the personal data protection policy to register.',
  },
  CODE_TAKEN: { vi: 'Mã này đã được sử dụng.', en: 'This code is already in use.' },
  SERVICE_INACTIVE: {
    vi: 'Dịch vụ công này hiện không tiếp nhận hồ sơ.',
    en: 'This service is not accepting applications.',
  },
  INVALID_TRANSITION: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.',
    en: 'This action is not possible in the dossier’s current status.',
  },
  STALE_DOSSIER: {
    vi: 'Hồ sơ đã được thay đổi ở nơi khác. Vui lòng tải lại trang trước khi lưu.',
    en: 'The dossier was changed elsewhere. Please reload before saving.',
  },
  DOSSIER_INCOMPLETE: {
    vi: 'Hồ sơ chưa đầy đủ thông tin hoặc thành phần bắt buộc.',
    en: 'The dossier is missing required information or documents.',
  },
  FILE_TOO_LARGE: { vi: 'Tệp tin vượt quá dung lượng cho phép.', en: 'The file is too large.' },
  FILE_TYPE_NOT_ALLOWED: {
    vi: 'Định dạng tệp tin không được chấp nhận.',
    en: 'This file type is not accepted.',
  },
  TOO_MANY_FILES: { vi: 'Số lượng tệp tin vượt quá giới hạn.', en: 'Too many files.' },
  UPLOAD_FAILED: {
    vi: 'Tải tệp tin lên không thành công, vui lòng thử lại.',
    en: 'The upload failed; please try again.',
  },
  ALREADY_RATED: {
    vi: 'Bạn đã đánh giá mức độ hài lòng cho hồ sơ này.',
    en: 'You have already rated this application.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Hệ thống tạm thời gián đoạn, chưa có thay đổi nào được lưu. Vui lòng thử lại sau ít phút.',
    en: 'The service is temporarily unavailable; nothing was saved. Please try again in a few minutes.',
  },
  STORAGE_UNAVAILABLE: {
    vi: 'Kho lưu trữ tệp tạm thời không truy cập được, hồ sơ chưa thay đổi. Vui lòng thử lại sau ít phút.',
    en: 'File storage is temporarily unreachable; the application is unchanged. Please try again in a few minutes.',
  },
  LAST_ADMIN: {
    vi: 'Không thể khóa hoặc hạ quyền quản trị viên cuối cùng đang hoạt động.',
    en: 'The last active administrator cannot be deactivated or demoted.',
  },
};

/** Shape of `extensions` on every GraphQL error we send. */
export interface ErrorExtensions {
  code: ErrorCode | string;
  /** For VALIDATION_FAILED: field path → Vietnamese message. */
  fields?: Record<string, string>;
  /** For TOO_MANY_ATTEMPTS: seconds to wait. */
  retryAfterSeconds?: number;
  [key: string]: unknown;
}
