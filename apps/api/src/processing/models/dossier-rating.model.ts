import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DossierRating', { description: 'Đánh giá mức độ hài lòng của công dân.' })
export class DossierRatingModel {
  @Field(() => Int, { description: 'Từ 1 đến 5 sao.' })
  score: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  ratedAt: Date;
}
