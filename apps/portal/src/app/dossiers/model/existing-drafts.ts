import {
  DossierListItemFragment,
  IntakeServiceByIdDocument,
  IntakeServiceFragment,
  MyDossiersDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** How many unsent dossiers of one service Đăng ký offers to continue. */
export const DRAFTS_OFFERED = 5;

/**
 * The caller's unsent dossiers of a service, newest first. A failed check answers none: not being
 * able to offer "Tiếp tục hồ sơ đang soạn" must never keep the citizen from a new form.
 */
export async function draftsOfService(apollo: Apollo, serviceId: string): Promise<DossierListItemFragment[]> {
  const res = await firstValueFrom(
    apollo.query({
      query: MyDossiersDocument,
      variables: { filter: { group: 'DRAFTS', serviceId }, page: 1, pageSize: DRAFTS_OFFERED },
      fetchPolicy: 'network-only',
    }),
  ).catch(() => null);
  return (res?.data?.myDossiers.items ?? []).filter((d) => d.status === 'DRAFT');
}

/** What the page for a new dossier needs: the procedure's intake form and the drafts to offer. */
export async function newDossierStart(
  apollo: Apollo,
  serviceId: string,
): Promise<{ service: IntakeServiceFragment | null; drafts: DossierListItemFragment[] }> {
  const [res, drafts] = await Promise.all([
    firstValueFrom(
      apollo.query({
        query: IntakeServiceByIdDocument,
        variables: { id: serviceId },
        fetchPolicy: 'network-only',
      }),
    ),
    draftsOfService(apollo, serviceId),
  ]);
  return { service: res.data?.service ?? null, drafts };
}
