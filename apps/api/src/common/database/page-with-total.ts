import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * One page of an ordered query and the total it belongs to. The total is a second statement, made only
 * when the page cannot tell it: a page that holds something but is not full ends the list, and an
 * empty first page means an empty list. Most citizens' dossiers fit on the first page.
 */
export async function pageWithTotal<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: number,
  pageSize: number,
): Promise<[T[], number]> {
  const offset = (page - 1) * pageSize;
  const items = await query.clone().skip(offset).take(pageSize).getMany();
  if (items.length > 0 && items.length < pageSize) return [items, offset + items.length];
  if (items.length === 0 && page === 1) return [items, 0];
  return [items, await query.getCount()];
}
