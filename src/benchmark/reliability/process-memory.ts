import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** Resident memory of a process now, in MB (VmRSS in /proc/PID/status); undefined once it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** The JVM children of `parentPid` (the embedded Neo4j), found by scanning /proc. */
export function javaChildren(parentPid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
      const afterComm = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(afterComm[1]) === parentPid && /\(java\)/.test(stat.slice(0, stat.lastIndexOf(")") + 1))) {
        children.push(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** TCP ports `pid` listens on (Bolt, once Neo4j is ready), from /proc/PID/net/tcp{,6} and its fds. */
export function listeningPorts(pid: number): number[] {
  try {
    const inodes = new Set<string>();
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (socket?.[1]) {
          inodes.add(socket[1]);
        }
      } catch {
        // Closed meanwhile.
      }
    }
    const ports: number[] = [];
    for (const table of ["tcp", "tcp6"]) {
      for (const line of readFileSync(`/proc/${pid}/net/${table}`, "utf8").split("\n").slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address is HEX_IP:HEX_PORT, st 0A is LISTEN, the inode is the tenth field.
        if (fields[3] === "0A" && fields[9] && inodes.has(fields[9])) {
          ports.push(parseInt(fields[1]?.split(":")[1] ?? "0", 16));
        }
      }
    }
    return ports;
  } catch {
    return [];
  }
}

/** Past this, the service is killed rather than let it take a shared machine down (issue 11: 4.3 GB). */
export const GUARD_MB = 1_500;

/**
 * Highest RSS of the service's Node process and of its JVM children, sampled every 250 ms. A
 * service over GUARD_MB is killed with SIGKILL (and the peak says so).
 */
export class PeakMemory {
  nodeMb = 0;
  neo4jMb = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly servicePid: () => number | undefined) {}

  start(): this {
    this.timer = setInterval(() => this.sample(), 250);
    return this;
  }

  stop(): this {
    clearInterval(this.timer);
    this.sample();
    return this;
  }

  private sample(): void {
    const pid = this.servicePid();
    if (pid === undefined) {
      return;
    }
    const node = rssMb(pid) ?? 0;
    this.nodeMb = Math.max(this.nodeMb, node);
    if (node > GUARD_MB) {
      process.kill(pid, "SIGKILL");
    }
    const jvm = javaChildren(pid).reduce((sum, child) => sum + (rssMb(child) ?? 0), 0);
    this.neo4jMb = Math.max(this.neo4jMb, jvm);
  }
}
