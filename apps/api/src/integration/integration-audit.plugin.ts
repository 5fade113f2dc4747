import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { InjectRepository } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { DomainError } from '../common/errors/domain-error';
import { IntegrationAuditEntity } from './entities/integration-audit.entity';

/**
 * An append-only row for every mutation made with an API token (tokens have no REST writes), with
 * its outcome, refusals by the access guard included; reads are only counted on the token. Written
 * after the operation, outside its transaction, before the answer leaves: an audit row for a change
 * that was refused or rolled back says so.
 *
 * An Apollo plugin, not a global Nest interceptor: with any global interceptor, Nest wraps every
 * resolver call of every request in RxJS and AsyncResource.bind, which the CPU profile of the API
 * under load showed as a tenth of a cheap request's cost (README.md, Performance). This costs
 * nothing to a request without a token, nor to a token's queries.
 */
@Plugin()
export class IntegrationAuditPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(
    @InjectRepository(IntegrationAuditEntity) private readonly audit: Repository<IntegrationAuditEntity>,
  ) {}

  async requestDidStart({
    contextValue,
  }: {
    contextValue: GraphQLContext;
  }): Promise<GraphQLRequestListener<GraphQLContext> | void> {
    const client = contextValue.req?.apiClient;
    if (!client) return;
    const outcomes: { operation: string; outcome: string }[] = [];
    return {
      executionDidStart: async ({ operation }) => {
        if (operation.operation !== 'mutation') return;
        return {
          willResolveField: ({ info }) => {
            if (info.parentType.name !== 'Mutation') return;
            const operationName = `Mutation ${info.fieldName}`;
            // Nest's exception filters hand a refusal back as the resolver's value, not as a throw.
            return (error, result) =>
              outcomes.push({
                operation: operationName,
                outcome: outcomeOf(error ?? (result instanceof Error ? result : null)),
              });
          },
        };
      },
      willSendResponse: async () => {
        if (!outcomes.length) return;
        const createdAt = new Date();
        await this.audit.insert(
          outcomes.map(({ operation, outcome }) => ({
            id: randomUUID(),
            clientId: client.clientId,
            tokenId: client.tokenId,
            operation: operation.slice(0, 100),
            outcome: outcome.slice(0, 40),
            ip: contextValue.req.clientIp ?? null,
            createdAt,
          })),
        );
      },
    };
  }
}

/** 'OK', the error code of a refusal (DomainError, possibly wrapped by GraphQL), or 'ERROR'. */
function outcomeOf(error: Error | null): string {
  if (!error) return 'OK';
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) return original.code;
  const code = (original as GraphQLError).extensions?.['code'];
  return typeof code === 'string' ? code : 'ERROR';
}
