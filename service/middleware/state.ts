/** What the service's middleware keep on `ctx.state`. */
export interface ServiceState {
  /** Set by requestId(). */
  requestId: string;
  /** Set by clientAddress(). */
  clientIp: string;
}
