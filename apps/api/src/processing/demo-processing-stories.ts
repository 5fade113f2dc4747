import { DossierAction, DossierStatus, FormFieldDefinition, FormValues } from '@dvc/shared/domain';

/** One step of a demo dossier's history: days before today, at a time of the office day. */
export interface DemoStep {
  action: DossierAction;
  daysAgo: number;
  time: string;
  note?: string;
}

/** A demo dossier of the officer `canbo`'s agency, owned by `congdan`, ending in `status`. */
export interface DemoStory {
  /** Fixed, so the seeder recognises what it already wrote (idempotent). */
  id: string;
  status: DossierStatus;
  steps: DemoStep[];
  supplement?: { note: string; comment: string };
  result?: { title: string };
}

const A = DossierAction;
const S = DossierStatus;

export const DEMO_STORIES: DemoStory[] = [
  {
    id: '0d0c5eed-0000-4000-8000-000000000001',
    status: S.SUBMITTED,
    steps: [{ action: A.SUBMIT, daysAgo: 1, time: '15:20' }],
  },
  {
    id: '0d0c5eed-0000-4000-8000-000000000002',
    status: S.RECEIVED,
    steps: [
      { action: A.SUBMIT, daysAgo: 3, time: '09:05' },
      { action: A.RECEIVE, daysAgo: 2, time: '08:30', note: 'Hồ sơ hợp lệ, đã tiếp nhận.' },
    ],
  },
  {
    id: '0d0c5eed-0000-4000-8000-000000000003',
    status: S.IN_PROGRESS,
    steps: [
      { action: A.SUBMIT, daysAgo: 9, time: '10:40' },
      { action: A.RECEIVE, daysAgo: 8, time: '08:15', note: 'Đã tiếp nhận.' },
      {
        action: A.START_PROCESSING,
        daysAgo: 7,
        time: '14:00',
        note: 'Chuyển phòng chuyên môn thẩm định, xác minh.',
      },
    ],
  },
  {
    id: '0d0c5eed-0000-4000-8000-000000000004',
    status: S.SUPPLEMENT_REQUESTED,
    steps: [
      { action: A.SUBMIT, daysAgo: 5, time: '16:10' },
      { action: A.RECEIVE, daysAgo: 4, time: '09:00', note: 'Đã tiếp nhận.' },
      {
        action: A.REQUEST_SUPPLEMENT,
        daysAgo: 2,
        time: '10:30',
        note: 'Đề nghị bổ sung trước khi giải quyết.',
      },
    ],
    supplement: {
      note: 'Đề nghị bổ sung trước khi giải quyết.',
      comment: 'Bản chụp bị mờ, không đọc được số giấy tờ. Vui lòng tải lên bản chụp rõ nét.',
    },
  },
  {
    id: '0d0c5eed-0000-4000-8000-000000000005',
    status: S.COMPLETED,
    steps: [
      { action: A.SUBMIT, daysAgo: 14, time: '08:50' },
      { action: A.RECEIVE, daysAgo: 13, time: '08:20', note: 'Đã tiếp nhận.' },
      { action: A.START_PROCESSING, daysAgo: 13, time: '13:45', note: 'Bắt đầu thẩm định.' },
      {
        action: A.COMPLETE,
        daysAgo: 3,
        time: '15:30',
        note: 'Đã ký số kết quả. Công dân tải kết quả tại mục Xem kết quả.',
      },
    ],
    result: { title: 'Kết quả giải quyết thủ tục hành chính' },
  },
  {
    id: '0d0c5eed-0000-4000-8000-000000000006',
    status: S.REJECTED,
    steps: [
      { action: A.SUBMIT, daysAgo: 7, time: '11:15' },
      {
        action: A.REJECT,
        daysAgo: 6,
        time: '09:40',
        note: 'Hồ sơ không thuộc thẩm quyền giải quyết của Sở Tư pháp; đề nghị nộp tại UBND cấp xã nơi cư trú.',
      },
    ],
  },
];

/** Plausible values for an intake form, so the officer's review page shows a filled-in form. */
export function demoFormValues(fields: FormFieldDefinition[], applicantName: string): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const value = demoValue(f, applicantName);
    if (value !== undefined) values[f.key] = value;
  }
  return values;
}

function demoValue(f: FormFieldDefinition, name: string): unknown {
  switch (f.type) {
    case 'TEXT':
      return /tên|họ/i.test(f.label) ? name : 'Thông tin mẫu';
    case 'TEXTAREA':
      return 'Nội dung mẫu của hồ sơ demo.';
    case 'NUMBER':
      return f.min ?? 1;
    case 'DATE':
      return '1990-05-15';
    case 'SELECT':
      return f.options?.[0]?.value;
    case 'CHECKBOX':
      return true;
    case 'EMAIL':
      return 'congdan@dichvucong.local';
    case 'PHONE':
      return '0912345678';
    case 'CITIZEN_ID':
      return '001090012345';
    case 'ADDRESS':
      return { provinceCode: '01', commune: 'Phường Hoàn Kiếm', street: '12 Hàng Bài' };
    default:
      return undefined;
  }
}
