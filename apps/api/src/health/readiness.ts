import { Injectable } from '@nestjs/common';

/**
 * Whether this instance should receive traffic. Set to draining on SIGTERM (graceful-shutdown.ts),
 * so /health/ready answers 503 and the load balancer stops sending new requests here.
 */
@Injectable()
export class Readiness {
  draining = false;
}
