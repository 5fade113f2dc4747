import type { Fixtures } from './generate';

/** One measured operation: the autocannon requests it cycles through, and who sends them. */
export interface Operation {
  name: string;
  /** Which target in the table it answers to (requests/s as a share of B1). */
  target: number | null;
  auth: 'none' | 'citizen' | 'officer';
  bodies(f: Fixtures): string[];
  /** Reported apart (argon2 by design): no ratio target, no p99 target. */
  apart?: boolean;
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const SERVICES = `query Services($filter: ServiceFilter, $page: Int, $pageSize: Int) {
  services(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize
    items { id code name onlineLevel processingDays feeText feeAmount
      agency { id name level } sector { id name } components { id name required } }
  }
}`;
const SEARCHES = [
  'dang ky khai sinh',
  'ĐĂNG KÝ KẾT HÔN',
  'giay phep xay dung',
  'ho kinh doanh',
  'cu tru',
  'tro giup phap ly',
  'quoc tich',
  '',
];

const SERVICE = `query IntakeServiceById($id: ID!) {
  service(id: $id) { id code name active processingDays agency { id name }
    components { id position name description required originals copies acceptedTypes maxSizeMb isDeclaration requiresSignature template { fileName url size } }
    formFields { id position key label help type required options { value label } minLength maxLength min max pattern }
  }
}`;

const MY_DOSSIERS = `query MyDossiers($filter: MyDossiersFilter, $page: Int, $pageSize: Int) {
  myDossiers(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize pageCount
    items { id code status version createdAt updatedAt submittedAt summary availableActions service { id name } }
  }
}`;

const DOSSIER = `query DossierDetail($id: ID!) {
  dossier(id: $id) { id code status version serviceId createdAt updatedAt submittedAt dueDate formData availableActions
    applicant { fullName } service { id name }
    history { id action fromStatus toStatus note actorName actorRole agencyName createdAt }
    files { id componentId fileName size mimeType uploadedAt downloadUrl }
  }
}`;

const QUEUE = `query Queue($filter: AgencyDossierFilter, $page: Int, $pageSize: Int) {
  agencyDossiers(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize countsByStatus { status count }
    items { id code status submittedAt dueDate overdue availableActions version applicant { fullName } service { id name } }
  }
}`;

export const OPERATIONS: Operation[] = [
  { name: 'system', target: null, auth: 'none', bodies: () => [body('{ system { name } }')] },
  {
    name: 'services',
    target: 0.8,
    auth: 'none',
    bodies: () =>
      SEARCHES.map((search) => body(SERVICES, { filter: search ? { search } : {}, page: 1, pageSize: 20 })),
  },
  {
    name: 'service(id)',
    target: 0.8,
    auth: 'none',
    bodies: (f) => f.serviceIds.map((id) => body(SERVICE, { id })),
  },
  {
    name: 'myDossiers',
    target: 0.5,
    auth: 'citizen',
    bodies: () => [1, 2, 3, 4, 5].map((page) => body(MY_DOSSIERS, { page, pageSize: 20 })),
  },
  {
    name: 'dossier(id)',
    target: 0.5,
    auth: 'citizen',
    bodies: (f) => f.dossierIds.slice(0, 50).map((id) => body(DOSSIER, { id })),
  },
  {
    name: 'agencyDossiers',
    target: 0.5,
    auth: 'officer',
    bodies: () =>
      [{}, { status: 'SUBMITTED' }, { status: 'IN_PROGRESS' }, {}].map((filter, i) =>
        body(QUEUE, { filter, page: 1 + i, pageSize: 20 }),
      ),
  },
  {
    name: 'login',
    target: null,
    auth: 'none',
    apart: true,
    bodies: (f) => [
      body('mutation($input: LoginInput!) { login(input: $input) { rememberMe } }', {
        input: { username: f.citizen, password: 'Demo@2025', rememberMe: false },
      }),
    ],
  },
];

/** What EXPLAIN is shown for: the list and count statements of the two paged queues, as the API builds them. */
export const EXPLAINED: {
  name: string;
  sql: string;
  params: (ids: { owner: string; agency: string }) => unknown[];
}[] = [
  {
    name: 'myDossiers page',
    sql: 'SELECT d.id FROM dossiers d WHERE d.owner_id = ? ORDER BY d.created_at DESC, d.id DESC LIMIT 20 OFFSET 20',
    params: ({ owner }) => [owner],
  },
  {
    name: 'myDossiers count',
    sql: 'SELECT COUNT(DISTINCT d.id) FROM dossiers d WHERE d.owner_id = ?',
    params: ({ owner }) => [owner],
  },
  {
    name: 'agencyDossiers counts by status',
    sql: 'SELECT d.status, COUNT(*) FROM dossiers d WHERE d.agency_id = ? AND d.submitted_at IS NOT NULL GROUP BY d.status',
    params: ({ agency }) => [agency],
  },
  {
    name: 'agencyDossiers page',
    sql: 'SELECT d.id FROM dossiers d WHERE d.agency_id = ? AND d.submitted_at IS NOT NULL ORDER BY d.submitted_at ASC, d.id ASC LIMIT 20 OFFSET 20',
    params: ({ agency }) => [agency],
  },
  {
    name: 'agencyDossiers page, one status',
    sql: "SELECT d.id FROM dossiers d WHERE d.agency_id = ? AND d.submitted_at IS NOT NULL AND d.status = 'IN_PROGRESS' ORDER BY d.submitted_at ASC, d.id ASC LIMIT 20",
    params: ({ agency }) => [agency],
  },
];
