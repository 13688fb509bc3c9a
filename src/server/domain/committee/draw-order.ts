import "server-only";
import { createHmac, randomBytes } from "node:crypto";

/** A fresh seed for a draw: 128 random bits, hex. */
export const newDrawSeed = () => randomBytes(16).toString("hex");

/**
 * The seeded order of a draw: each eligible expert's rank is HMAC-SHA256(seed, expert id), and the
 * panel is taken from the lowest ranks. It is a pseudo-random permutation keyed by the seed — the
 * same pool and seed give the same order, on any machine, whatever order the database returns the
 * pool in; and an expert added to or removed from the pool moves no one else's rank, so a replay
 * names the same panel as long as the experts drawn are still eligible. Nobody can steer it without
 * knowing the seed before the draw, and the seed is chosen by the server at the draw.
 */
export function drawOrder<T extends { id: string }>(pool: readonly T[], seed: string): T[] {
  const rank = (id: string) => createHmac("sha256", seed).update(id).digest("hex");
  return pool
    .map((expert) => ({ expert, rank: rank(expert.id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((r) => r.expert);
}
