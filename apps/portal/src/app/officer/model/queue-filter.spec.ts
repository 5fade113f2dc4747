import { filterFromParams, filterToParams, invalidDay, queueVariables, statusTabs } from './queue-filter';

describe('officer queue filter', () => {
  it('reads the address bar, ignoring unknown statuses and bad pages', () => {
    expect(filterFromParams({ status: 'SUBMITTED', overdue: '1', q: '  Nguyễn ', page: '3' })).toEqual({
      status: 'SUBMITTED',
      overdue: true,
      search: 'Nguyễn',
      serviceId: null,
      from: '',
      to: '',
      page: 3,
    });
    const odd = filterFromParams({ status: 'DRAFT', page: '-2' });
    expect(odd.status).toBeNull();
    expect(odd.page).toBe(1);
  });

  it('writes back only what is set, and round-trips', () => {
    const filter = filterFromParams({ status: 'RECEIVED', service: 's1', from: '01/12/2026' });
    expect(filterToParams(filter)).toEqual({
      status: 'RECEIVED',
      overdue: null,
      q: null,
      service: 's1',
      from: '01/12/2026',
      to: null,
      page: null,
    });
    expect(filterFromParams(filterToParams({ ...filter, page: 2 }) as Record<string, string>)).toEqual({
      ...filter,
      page: 2,
    });
  });

  it('maps to agencyDossiers variables: dd/MM/yyyy days become Vietnam day boundaries', () => {
    const vars = queueVariables(
      {
        status: 'IN_PROGRESS',
        overdue: true,
        search: 'khai sinh',
        serviceId: 'svc',
        from: '01/12/2026',
        to: '2/12/2026',
        page: 2,
      },
      20,
    );
    expect(vars).toEqual({
      filter: {
        status: 'IN_PROGRESS',
        overdue: true,
        search: 'khai sinh',
        serviceId: 'svc',
        // 00:00 and 23:59:59.999 in UTC+7.
        submittedFrom: '2026-11-30T17:00:00.000Z',
        submittedTo: '2026-12-02T16:59:59.999Z',
      },
      page: 2,
      pageSize: 20,
    });
  });

  it('sends no criteria for an empty filter and skips dates that are not real', () => {
    const vars = queueVariables(filterFromParams({ from: '31/02/2026', to: 'abc' }));
    expect(vars.filter).toEqual({});
    expect(vars.page).toBe(1);
    expect(invalidDay('31/02/2026')).toBe(true);
    expect(invalidDay('')).toBe(false);
    expect(invalidDay('28/02/2026')).toBe(false);
  });

  it('builds the tabs: all first with the sum, every status with its count or 0', () => {
    const tabs = statusTabs([
      { status: 'SUBMITTED', count: 4 },
      { status: 'COMPLETED', count: 2 },
    ]);
    expect(tabs[0]).toEqual({ status: null, count: 6 });
    expect(tabs.map((t) => t.status)).toEqual([
      null,
      'SUBMITTED',
      'RECEIVED',
      'IN_PROGRESS',
      'SUPPLEMENT_REQUESTED',
      'COMPLETED',
      'REJECTED',
    ]);
    expect(tabs.find((t) => t.status === 'RECEIVED')?.count).toBe(0);
  });
});
