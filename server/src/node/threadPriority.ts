/**
 * Lowers the scheduling priority of the calling thread, not of its process.
 *
 * On Linux the nice value is an attribute of each thread: setpriority(2)
 * given a thread's id (its TID, which /proc/thread-self names) changes that
 * thread alone. Elsewhere a thread has no such handle here, and nothing is
 * changed.
 *
 * The CLI's pipeline uses it for its worker (see cli/parallel.ts): the main
 * thread, which parses, sets the pace of the whole batch, and the worker,
 * which keeps up with time to spare, then yields the cores to the main thread
 * and to the engine's own threads (the parallel garbage collector's helpers,
 * the optimizing compiler) when they compete. Where no thread competes it
 * changes nothing.
 *
 * The value only rises (a higher nice value is a lower priority), as any
 * process may do to its own threads; every failure is silent and leaves the
 * priority as it was.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The highest nice value (the lowest priority) on Linux. */
const LOWEST = 19;

/**
 * Adds `by` to the calling thread's nice value (at most 19) when the thread is
 * not the process's main thread and the system can set one thread's
 * priority. Returns the thread's id when it did.
 */
export function lowerThreadPriority(by: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    // "<pid>/task/<tid>"
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return undefined;
    setPriority(tid, Math.min(LOWEST, getPriority(tid) + by));
    return tid;
  } catch {
    return undefined;
  }
}
