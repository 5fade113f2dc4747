import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DossierRating', { description: 'Đánh giá mức độ hài lòng của công dân.' })
export class DossierRatingModel {
  @Field(() => Int, { description: 'Từ 1 đến 5 sao.' })
  score: number;

  @Field(() => String, { description: 'Nhận xét của người dân.', nullable: true })
  comment: string | null;

  @Field({ description: 'Thời điểm đánh giá.' })
  ratedAt: Date;
}
