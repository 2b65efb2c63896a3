import type { Tone } from '@/ui';

/** A consultation's state as a badge tone (the word always says it; the tone only repeats it). */
export const STATE_TONES: Record<string, Tone> = { UPCOMING: 'info', OPEN: 'success', CLOSED: 'neutral' };
