import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";

/**
 * Starts a command in a process group of its own. `npx next start` runs the server as a
 * grandchild, so signalling the direct child alone would leave the server holding its port.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, { ...options, detached: true });
}

/** Stops everything a spawnGroup() child started, even when the child itself has already exited. */
export function stopGroup(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // the group has already gone
  }
}
