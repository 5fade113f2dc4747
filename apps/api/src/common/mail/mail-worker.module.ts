import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxWorker } from './mail-outbox.worker';
import { MailModule } from './mail.module';

/**
 * The mail sender. Only the server (AppModule) imports it: maintenance commands (cli.ts) queue mail,
 * the running server sends it.
 */
@Module({
  imports: [MailModule, TypeOrmModule.forFeature([MailOutboxEntity])],
  providers: [MailOutboxWorker],
  exports: [MailOutboxWorker],
})
export class MailWorkerModule {}
