import { AGENCY_SCOPES, API_SCOPES, ApiScope, MAX_ACTIVE_TOKENS, PORTAL_SCOPES } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { AgencyEntity } from '../service/entities/agency.entity';
import { CreateApiClientInput, UpdateApiClientInput } from './dto/integration.inputs';
import { ApiClientEntity } from './entities/api-client.entity';
import { ApiTokenEntity } from './entities/api-token.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { IntegrationSecrets } from './integration-secrets';
import { ApiClient, ApiToken, CreatedApiToken } from './models/integration.models';
import { toWebhook } from './webhooks.service';

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** Administration of API clients and their tokens (ADMIN). Each writing method owns its transaction. */
@Injectable()
export class ApiClientsService {
  constructor(
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    private readonly secrets: IntegrationSecrets,
    private readonly tx: TransactionRunner,
  ) {}

  async list(): Promise<ApiClient[]> {
    const clients = await this.clients.find({ order: { createdAt: 'ASC' } });
    if (!clients.length) return [];
    const ids = clients.map((c) => c.id);
    const [tokens, webhooks, agencies] = await Promise.all([
      this.tokens.find({ where: { clientId: In(ids) }, order: { createdAt: 'DESC' } }),
      this.webhooks.find({ where: { clientId: In(ids) }, order: { createdAt: 'ASC' } }),
      this.clients.manager.find(AgencyEntity, {
        where: { id: In(clients.map((c) => c.agencyId).filter((a): a is string => !!a)) },
      }),
    ]);
    return clients.map((client) => {
      const own = tokens.filter((t) => t.clientId === client.id).map(toApiToken);
      return {
        ...client,
        agencyName: agencies.find((a) => a.id === client.agencyId)?.name ?? null,
        requestCount: own.reduce((sum, t) => sum + t.requestCount, 0),
        tokens: own,
        webhooks: webhooks.filter((w) => w.clientId === client.id).map(toWebhook),
      };
    });
  }

  async create(input: CreateApiClientInput): Promise<ApiClient> {
    const id = await this.tx.run(async (em) => {
      const name = checkName(input.name);
      const agencyId = input.agencyId || null;
      const scopes = checkScopes(input.scopes, agencyId);
      if (agencyId) await checkAgency(em, agencyId);
      const now = new Date();
      const client: ApiClientEntity = {
        id: randomUUID(),
        name,
        agencyId,
        scopes,
        active: true,
        createdAt: now,
        updatedAt: now,
      };
      await em.insert(ApiClientEntity, client);
      return client.id;
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateApiClientInput): Promise<ApiClient> {
    await this.tx.run(async (em) => {
      const client = await findClient(em, id);
      if (input.name != null) client.name = checkName(input.name);
      if (input.scopes != null) client.scopes = checkScopes(input.scopes, client.agencyId);
      if (input.active != null) client.active = input.active;
      client.updatedAt = new Date();
      await em.save(ApiClientEntity, client);
    });
    return this.get(id);
  }

  /**
   * A new token, its secret returned once. At most MAX_ACTIVE_TOKENS usable tokens per client: the
   * client row is updated first, so concurrent creations for one client queue behind each other.
   */
  async createToken(clientId: string, expiresAt: Date | null | undefined): Promise<CreatedApiToken> {
    const now = new Date();
    if (expiresAt && expiresAt.getTime() <= now.getTime()) {
      throw DomainError.validation({ expiresAt: 'Ngày hết hạn phải ở tương lai.' });
    }
    return this.tx.run(async (em) => {
      await findClient(em, clientId);
      await em.update(ApiClientEntity, { id: clientId }, { updatedAt: now });
      const tokens = await em.findBy(ApiTokenEntity, { clientId });
      if (tokens.filter((t) => isUsable(t, now)).length >= MAX_ACTIVE_TOKENS) {
        throw DomainError.validation({
          clientId: `Mỗi ứng dụng chỉ có tối đa ${MAX_ACTIVE_TOKENS} mã truy cập còn hiệu lực. Hãy thu hồi mã cũ trước.`,
        });
      }
      const { token, hash, prefix } = this.secrets.newToken();
      const row: ApiTokenEntity = {
        id: randomUUID(),
        clientId,
        tokenHash: hash,
        prefix,
        expiresAt: expiresAt ?? null,
        revokedAt: null,
        lastUsedAt: null,
        requestCount: 0,
        createdAt: now,
      };
      await em.insert(ApiTokenEntity, row);
      return { token: toApiToken(row), secret: token };
    });
  }

  /** Takes effect on the next request: every request looks the token up again. */
  async revokeToken(id: string): Promise<ApiToken> {
    const token = isUuid(id) ? await this.tokens.findOneBy({ id }) : null;
    if (!token) throw DomainError.notFound();
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await this.tokens.update({ id }, { revokedAt: token.revokedAt });
    }
    return toApiToken(token);
  }

  private async get(id: string): Promise<ApiClient> {
    const found = (await this.list()).find((c) => c.id === id);
    if (!found) throw DomainError.notFound();
    return found;
  }
}

export function isUsable(token: ApiTokenEntity, now = new Date()): boolean {
  return !token.revokedAt && (!token.expiresAt || token.expiresAt.getTime() > now.getTime());
}

export function toApiToken(row: ApiTokenEntity): ApiToken {
  const { id, prefix, createdAt, expiresAt, revokedAt, lastUsedAt, requestCount } = row;
  return { id, prefix, createdAt, expiresAt, revokedAt, lastUsedAt, requestCount, active: isUsable(row) };
}

async function findClient(em: EntityManager, id: string): Promise<ApiClientEntity> {
  const client = isUuid(id) ? await em.findOneBy(ApiClientEntity, { id }) : null;
  if (!client) throw DomainError.notFound();
  return client;
}

function checkName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length < 3 || name.length > 100)
    throw DomainError.validation({ name: 'Tên ứng dụng dài 3–100 ký tự.' });
  return name;
}

/** Known scopes only, at least one; dossier scopes need an agency, catalog:write the whole portal. */
export function checkScopes(values: string[], agencyId: string | null): ApiScope[] {
  const scopes = [...new Set(values)];
  const unknown = scopes.filter((s) => !API_SCOPES.includes(s as ApiScope));
  if (!scopes.length || unknown.length) {
    throw DomainError.validation({ scopes: `Phạm vi hợp lệ: ${API_SCOPES.join(', ')}.` });
  }
  const valid = scopes as ApiScope[];
  if (!agencyId && valid.some((s) => AGENCY_SCOPES.includes(s))) {
    throw DomainError.validation({ scopes: 'Phạm vi hồ sơ chỉ cấp cho ứng dụng của một cơ quan.' });
  }
  if (agencyId && valid.some((s) => PORTAL_SCOPES.includes(s))) {
    throw DomainError.validation({ scopes: 'Phạm vi catalog:write chỉ cấp cho ứng dụng của toàn cổng.' });
  }
  return API_SCOPES.filter((s) => valid.includes(s));
}

async function checkAgency(em: EntityManager, agencyId: string): Promise<void> {
  const agency = isUuid(agencyId) ? await em.findOneBy(AgencyEntity, { id: agencyId }) : null;
  if (!agency?.active)
    throw DomainError.validation({ agencyId: 'Cơ quan không tồn tại hoặc đã ngừng hoạt động.' });
}
