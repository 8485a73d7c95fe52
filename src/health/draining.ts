/**
 * Whether the service has been told to stop and is draining: from then on readiness answers 503
 * ("the service is stopping") while requests are still served, so that load balancers and
 * Kubernetes take the replica out of rotation before it closes its listener. Without this window
 * a request a load balancer sends in the instant the listener closes can be lost (measured with
 * the HAProxy replicas test: 1 to 3 requests per SIGTERM; docs/operations.md).
 */
export class Draining {
  #since: number | undefined;

  /** True once `drain` has been called. */
  get started(): boolean {
    return this.#since !== undefined;
  }

  /**
   * Starts draining and resolves after `ms` milliseconds (SHUTDOWN_DRAIN_MS), the time a load
   * balancer needs to notice: for HAProxy's `inter 1s fall 2`, two check intervals plus one.
   */
  async drain(ms: number): Promise<void> {
    this.#since ??= Date.now();
    if (ms > 0) {
      await new Promise((resolveLater) => setTimeout(resolveLater, ms));
    }
  }
}
