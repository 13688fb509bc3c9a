import { describe, expect, it } from "vitest";
import { addressPlace, isLoopback, throttleKeyOf } from "../../src/idp/http/client-address";

describe("client addresses", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["192.0.2.2", false],
    ["::ffff:192.168.1.5", false],
    ["10.0.0.1", false],
    ["fd00::2", false],
    ["", false],
  ])("%s is loopback: %s", (address, loopback) => {
    expect(isLoopback(address)).toBe(loopback);
  });

  it.each([
    ["127.0.0.1", "本机（127.0.0.1）"],
    ["::1", "本机（::1）"],
    ["::ffff:127.0.0.1", "本机（127.0.0.1）"],
    ["10.1.2.3", "局域网（10.1.2.3）"],
    ["172.16.0.9", "局域网（172.16.0.9）"],
    ["172.32.0.9", "互联网（172.32.0.9）"],
    ["192.168.1.5", "局域网（192.168.1.5）"],
    ["::ffff:192.168.1.5", "局域网（192.168.1.5）"],
    ["169.254.3.4", "局域网（169.254.3.4）"],
    ["fd00::2", "局域网（fd00::2）"],
    ["fe80::1", "局域网（fe80::1）"],
    ["203.0.113.7", "互联网（203.0.113.7）"],
    ["2001:db8::1", "互联网（2001:db8::1）"],
    ["", "未知"],
  ])("%s is described as %s", (address, place) => {
    expect(addressPlace(address)).toBe(place);
  });

  it("throttles IPv4 clients by address and IPv6 clients by their /64 network", () => {
    expect(throttleKeyOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(throttleKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttleKeyOf("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(throttleKeyOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });
});
