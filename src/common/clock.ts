import { Injectable } from '@nestjs/common';

/**
 * The only source of "now" for business rules (deadlines, windows, token expiry), so tests can move
 * time without sleeping. Tests override the provider; the database's own `now()` is used only for
 * row timestamps.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test hook: moves this clock forward (never used by the server itself). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
