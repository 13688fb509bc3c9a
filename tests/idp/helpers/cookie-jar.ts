/** Just enough of a browser cookie store for talking to one origin: name, path, expiry. */
export class CookieJar {
  private cookies = new Map<string, { name: string; value: string; path: string }>();

  store(response: Response, requestUrl: string): void {
    const defaultPath = new URL(requestUrl).pathname.replace(/\/[^/]*$/, "") || "/";
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";").map((p) => p.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = defaultPath;
      let expired = value === "";
      for (const attr of attrs) {
        const [k = "", v = ""] = attr.split("=");
        const key = k.toLowerCase();
        if (key === "path") path = v || "/";
        if (key === "max-age" && Number(v) <= 0) expired = true;
        if (key === "expires" && Date.parse(v) <= Date.now()) expired = true;
      }
      const id = `${name};${path}`;
      if (expired) this.cookies.delete(id);
      else this.cookies.set(id, { name, value, path });
    }
  }

  header(url: string): string {
    const { pathname } = new URL(url);
    return [...this.cookies.values()]
      .filter((c) => pathname === c.path || pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  names(): string[] {
    return [...this.cookies.values()].map((c) => c.name);
  }
}
