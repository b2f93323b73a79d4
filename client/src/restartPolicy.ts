/**
 * When the language server dies: restart it, unless it keeps dying (more
 * than `maxRestarts` times within `windowMs`); then stop, and tell the user
 * once per session (after that, only the output channel hears of it).
 */
export interface CrashDecision {
  restart: boolean;
  tellUser: boolean;
}

export class CrashPolicy {
  private crashes: number[] = [];
  private told = false;

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The connection to the server closed. */
  closed(): CrashDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    if (this.crashes.length <= this.maxRestarts) return { restart: true, tellUser: false };
    const tellUser = !this.told;
    this.told = true;
    return { restart: false, tellUser };
  }

  /** The user restarted the server by hand: count afresh. */
  reset(): void {
    this.crashes = [];
  }
}
