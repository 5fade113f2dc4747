import { Role } from '@dvc/shared/domain';
import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/auth.decorators';
import { ApiClientsService } from './api-clients.service';
import { CreateApiClientInput, UpdateApiClientInput } from './dto/integration.inputs';
import {
  ApiClient,
  ApiToken,
  CreatedApiToken,
  CreatedWebhook,
  WebhookDelivery,
} from './models/integration.models';
import { WebhooksService } from './webhooks.service';

const id = (description: string) => ({ type: () => ID, description });

/** Administration of integrators: API clients, their tokens and webhooks (administrators only). */
@Roles(Role.ADMIN)
@Resolver()
export class IntegrationResolver {
  constructor(
    private readonly clients: ApiClientsService,
    private readonly webhooks: WebhooksService,
  ) {}

  @Query(() => [ApiClient], {
    description: 'Các ứng dụng tích hợp, với phạm vi, mã truy cập (lần dùng gần nhất) và số yêu cầu.',
    complexity: 50,
  })
  apiClients(): Promise<ApiClient[]> {
    return this.clients.list();
  }

  @Mutation(() => ApiClient, { description: 'Tạo ứng dụng tích hợp cho một cơ quan hoặc toàn cổng.' })
  createApiClient(
    @Args('input', { description: 'Tên, cơ quan và phạm vi của ứng dụng.' }) input: CreateApiClientInput,
  ): Promise<ApiClient> {
    return this.clients.create(input);
  }

  @Mutation(() => ApiClient, { description: 'Sửa tên, phạm vi hoặc bật/ngừng ứng dụng tích hợp.' })
  updateApiClient(
    @Args('id', id('Ứng dụng cần sửa.')) clientId: string,
    @Args('input', { description: 'Các thay đổi; trường bỏ trống giữ nguyên.' }) input: UpdateApiClientInput,
  ): Promise<ApiClient> {
    return this.clients.update(clientId, input);
  }

  @Mutation(() => ApiClient, { description: 'Ngừng ứng dụng: mọi mã truy cập của nó bị từ chối ngay.' })
  deactivateApiClient(@Args('id', id('Ứng dụng cần ngừng.')) clientId: string): Promise<ApiClient> {
    return this.clients.update(clientId, { active: false });
  }

  @Mutation(() => CreatedApiToken, {
    description:
      'Tạo mã truy cập (tối đa 2 mã còn hiệu lực mỗi ứng dụng); giá trị bí mật chỉ trả về một lần.',
  })
  createApiToken(
    @Args('clientId', id('Ứng dụng nhận mã.')) clientId: string,
    @Args('expiresAt', {
      type: () => GraphQLISODateTime,
      nullable: true,
      description: 'Hết hạn lúc (bỏ trống: không hết hạn).',
    })
    expiresAt?: Date | null,
  ): Promise<CreatedApiToken> {
    return this.clients.createToken(clientId, expiresAt);
  }

  @Mutation(() => ApiToken, { description: 'Thu hồi mã truy cập; có hiệu lực ngay từ yêu cầu tiếp theo.' })
  revokeApiToken(@Args('id', id('Mã truy cập cần thu hồi.')) tokenId: string): Promise<ApiToken> {
    return this.clients.revokeToken(tokenId);
  }

  @Mutation(() => CreatedWebhook, {
    description:
      'Đăng ký webhook; khóa ký whsec_… chỉ trả về một lần. Khi vận hành thật: chỉ https, không địa chỉ nội bộ.',
  })
  createWebhook(
    @Args('clientId', id('Ứng dụng sở hữu webhook.')) clientId: string,
    @Args('url', { description: 'Địa chỉ nhận.' }) url: string,
    @Args('events', { type: () => [String], description: 'Sự kiện cần nhận, ví dụ dossier.submitted.' })
    events: string[],
  ): Promise<CreatedWebhook> {
    return this.webhooks.create(clientId, url, events);
  }

  @Mutation(() => Boolean, { description: 'Xóa webhook cùng hàng đợi và nhật ký gửi của nó.' })
  deleteWebhook(@Args('id', id('Webhook cần xóa.')) webhookId: string): Promise<boolean> {
    return this.webhooks.delete(webhookId);
  }

  @Query(() => [WebhookDelivery], {
    description: 'Nhật ký gửi của webhook: 50 sự kiện gần nhất, mỗi lần gửi với mã trạng thái và thời gian.',
    complexity: 50,
  })
  webhookDeliveries(
    @Args('webhookId', id('Webhook cần xem.')) webhookId: string,
  ): Promise<WebhookDelivery[]> {
    return this.webhooks.deliveries(webhookId);
  }

  @Mutation(() => WebhookDelivery, { description: 'Gửi lại một sự kiện (cùng webhook-id và nội dung).' })
  redeliverWebhookEvent(
    @Args('deliveryId', id('Sự kiện cần gửi lại.')) deliveryId: string,
  ): Promise<WebhookDelivery> {
    return this.webhooks.redeliver(deliveryId);
  }
}
