/** Milliseconds since the epoch; injectable so tests can jump past lock and code expiries. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
