import { BlockList, isIPv4, isIPv6 } from "node:net";
import type { Context } from "koa";

/**
 * The address of the machine at the other end of the TCP connection. Headers such as
 * X-Forwarded-For are ignored on purpose: anyone can send them, and this platform is not meant to
 * sit behind a proxy (behind one on the same host, every client would look local).
 */
export function clientAddress(ctx: Context): string {
  return plain(ctx.req.socket.remoteAddress ?? "");
}

/** ::ffff:192.0.2.1 (an IPv4 client of a dual-stack socket) → 192.0.2.1; IPv6 zone ids dropped. */
function plain(address: string): string {
  const unzoned = address.split("%")[0] ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(unzoned);
  return mapped?.[1] ?? unzoned;
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const privateNetworks = new BlockList();
for (const [network, prefix] of [
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["169.254.0.0", 16],
] as const) {
  privateNetworks.addSubnet(network, prefix, "ipv4");
}
privateNetworks.addSubnet("fc00::", 7, "ipv6");
privateNetworks.addSubnet("fe80::", 10, "ipv6");

function inList(list: BlockList, address: string): boolean {
  const a = plain(address);
  if (isIPv4(a)) return list.check(a, "ipv4");
  if (isIPv6(a)) return list.check(a, "ipv6");
  return false;
}

export const isLoopback = (address: string): boolean => inList(loopback, address);

/**
 * Roughly where a client is, for the QR confirmation page. Without a geo-IP database (none is
 * available offline) the honest answer is the kind of network and the address itself.
 */
export function addressPlace(address: string): string {
  const a = plain(address);
  if (!isIPv4(a) && !isIPv6(a)) return "未知";
  if (isLoopback(a)) return `本机（${a}）`;
  if (inList(privateNetworks, a)) return `局域网（${a}）`;
  return `互联网（${a}）`;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad becomes the last two). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const split = (part: string) => (part ? part.split(":") : []);
  const groups =
    tail === undefined
      ? split(head)
      : [...split(head), ...Array(8 - split(head).length - split(tail).length).fill("0"), ...split(tail)];
  return groups.map((g) => Number.parseInt(g, 16));
}

/**
 * The key a client's failed sign-ins are counted under. One IPv6 subscriber usually holds a whole
 * /64 and can pick any address in it, so IPv6 clients are counted per /64 network.
 */
export function throttleKeyOf(address: string): string {
  const a = plain(address);
  if (!isIPv6(a)) return a;
  return `${ipv6Groups(a)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The key this request's client is throttled under. */
export const clientKey = (ctx: Context): string => throttleKeyOf(clientAddress(ctx));
