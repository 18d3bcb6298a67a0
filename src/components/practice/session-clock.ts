// The attempt's clock: counts the time used from the wall clock (so a busy or sleeping tab loses
// nothing), shows the time left of a timed exam, announces 10 and 1 minutes left once each through a
// polite status line (the clock itself is a silent role="timer"), and calls back when time is up. An
// untimed set only counts the time used. Ships to the browser.
import { crossedThresholds, describeTimeLeft, formatClock } from '../../lib/practice/timer.ts';

export interface ClockHooks {
  /** Called every second with the time used. */
  tick(elapsedMs: number): void;
  timeUp(): void;
}

export class Clock {
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private base = 0;
  private last = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly limitMs: number | null,
    private readonly hooks: ClockHooks,
  ) {}

  start(elapsedMs: number): void {
    this.base = elapsedMs;
    this.last = elapsedMs;
    this.startedAt = Date.now();
    const box = this.host.querySelector<HTMLElement>('[data-clock-box]');
    if (box) box.hidden = this.limitMs === null;
    if (this.limitMs !== null) this.render(this.limitMs - elapsedMs);
    this.timer = setInterval(() => this.update(), 1000);
  }

  /** Stops the clock and returns the time used. */
  stop(): number {
    this.base = this.elapsed();
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    return this.base;
  }

  /** The time used so far, at most the limit. */
  elapsed(): number {
    const used = this.timer === undefined ? this.base : this.base + Math.max(0, Date.now() - this.startedAt);
    return this.limitMs === null ? used : Math.min(this.limitMs, used);
  }

  private update(): void {
    const used = this.elapsed();
    if (this.limitMs !== null) {
      const left = this.limitMs - used;
      this.render(left);
      const crossed = crossedThresholds(this.limitMs - this.last, left);
      const status = this.host.querySelector('[data-announce]');
      if (crossed.length > 0 && status) status.textContent = describeTimeLeft(crossed.at(-1)!);
    }
    this.last = used;
    this.hooks.tick(used);
    if (this.limitMs !== null && used >= this.limitMs) {
      this.stop();
      this.hooks.timeUp();
    }
  }

  private render(left: number): void {
    const clock = this.host.querySelector('[data-clock]');
    if (clock) clock.textContent = formatClock(left);
  }
}
