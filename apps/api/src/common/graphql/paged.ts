import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One page of a list, as every paged query answers it. */
export interface PageOf<T> {
  items: T[];
  totalCount: number;
  page: number;
  pageSize: number;
}

/**
 * The page a list query asked for: page from 1, page size from 1 to `maxSize` (`defaultSize` when
 * absent or 0); fractions are cut.
 */
export function requestedPage(
  args: { page?: number | null; pageSize?: number | null },
  defaultSize: number,
  maxSize: number,
): { page: number; pageSize: number } {
  return {
    page: Math.max(1, Math.floor(args.page || 1)),
    pageSize: Math.min(maxSize, Math.max(1, Math.floor(args.pageSize || defaultSize))),
  };
}

/** Descriptions that differ from the usual ones (e.g. what "matching" means for this list). */
export interface PagedTexts {
  items?: string;
  totalCount?: string;
  pageSize?: string;
}

/**
 * The fields every page type shares (items, totalCount, page, pageSize), for a GraphQL page type to
 * extend: `@ObjectType('DossierPage', …) class DossierPage extends Paged(DossierEntity) {}`. A page
 * adds its own fields (pageCount, unreadCount, countsByStatus) in the subclass.
 */
export function Paged<T>(itemType: Type<T>, texts: PagedTexts = {}): Type<PageOf<T>> {
  @ObjectType({ isAbstract: true })
  abstract class Page implements PageOf<T> {
    @Field(() => [itemType], { description: texts.items ?? 'Các mục của trang.' })
    items: T[];

    @Field(() => Int, { description: texts.totalCount ?? 'Tổng số mục khớp điều kiện.' })
    totalCount: number;

    @Field(() => Int, { description: 'Trang hiện tại, từ 1.' })
    page: number;

    @Field(() => Int, { description: texts.pageSize ?? 'Số mục mỗi trang.' })
    pageSize: number;
  }
  return Page as unknown as Type<PageOf<T>>;
}
