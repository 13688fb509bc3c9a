import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { lookup } from "node:dns/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

/**
 * A local stand-in for the parts of uploadthing's HTTP API that `UTApi` (uploadthing 7) calls for
 * uploadFiles, generateSignedURL + fetching the file, and deleteFiles:
 *
 * - `PUT  <ingestUrl>/<key>?expires&x-ut-identifier&x-ut-file-name&x-ut-file-size&x-ut-file-type
 *   &x-ut-content-disposition&x-ut-acl&signature` with a multipart body whose `file` part holds the
 *   bytes (the ingest server; the URL is presigned by the SDK with the API key);
 * - `GET  http://<ufsHost>/a/<appId>/<key>?expires&signature` (the file host, appId in the path);
 * - `POST <apiUrl>/v6/deleteFiles` with `{ fileKeys }` or `{ customIds }` and the
 *   `x-uploadthing-api-key` header.
 *
 * Like the real service it checks the API key header, the HMAC-SHA256 signature (hex, prefixed
 * `hmac-sha256=`, of the whole URL before `&signature=`, keyed with the API key — the algorithm of
 * @uploadthing/shared's signPayload/verifySignature, re-implemented here so the SDK is checked
 * against an independent implementation), expiry, the app id and the announced size. Private files
 * are served only through a signed URL. Bytes are kept in memory: test use only.
 */

export type StandinFile = {
  key: string;
  /** The name announced in the presigned URL (`x-ut-file-name`). */
  name: string;
  /** The name of the multipart part that carried the bytes. */
  partName: string;
  /** The type announced in the presigned URL (`x-ut-file-type`). */
  type: string;
  /** The type of the multipart part that carried the bytes. */
  partType: string;
  size: number;
  acl: string;
  contentDisposition: string;
  /** `x-ut-custom-id`: the app's own identifier of the file, unique within the app. */
  customId: string | null;
  bytes: Buffer;
};

export type StandinRequest = {
  method: string;
  /** Full URL as received (host from the Host header). */
  url: string;
  headers: IncomingMessage["headers"];
  /** What the handler made of the request: which endpoint, and the status it answered. */
  endpoint: "ingest" | "deleteFiles" | "file" | "unknown";
  status: number;
  /** File name and type of multipart parts (uploads only); never the bytes. */
  parts?: { field: string; name: string | null; type: string | null }[];
};

export type UploadthingStandin = {
  /** http://localhost:<port> */
  url: string;
  apiUrl: string;
  ingestUrl: string;
  ufsHost: string;
  ufsAppIdLocation: "path";
  appId: string;
  apiKey: string;
  region: string;
  /** The UPLOADTHING_TOKEN for this stand-in's app. */
  token: string;
  /** A token of the same shape with other values (e.g. a wrong API key). */
  tokenWith(values: { apiKey?: string; appId?: string; regions?: string[] }): string;
  /** The options that point UploadthingFileStorage (or a UTApi) at this stand-in. */
  options: { apiUrl: string; ingestUrl: string; ufsHost: string; ufsAppIdLocation: "path" };
  files: Map<string, StandinFile>;
  requests: StandinRequest[];
  close(): Promise<void>;
};

const SIGNATURE_PREFIX = "hmac-sha256=";

function makeToken(values: { apiKey: string; appId: string; regions: string[] }): string {
  return Buffer.from(JSON.stringify(values)).toString("base64");
}

/** The signature check of the real service: HMAC-SHA256 over the URL up to `&signature=`. */
function signatureValid(fullUrl: string, apiKey: string): boolean {
  const at = fullUrl.lastIndexOf("&signature=");
  if (at < 0) return false;
  const payload = fullUrl.slice(0, at);
  const given = decodeURIComponent(fullUrl.slice(at + "&signature=".length));
  if (!given.startsWith(SIGNATURE_PREFIX)) return false;
  const expected = createHmac("sha256", apiKey).update(payload).digest();
  const actual = Buffer.from(given.slice(SIGNATURE_PREFIX.length), "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The SDK encodes each x-ut-* value with encodeURIComponent before URLSearchParams encodes it again. */
function param(url: URL, name: string): string | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): number {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
  return status;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startUploadthingStandin(
  values: { apiKey?: string; appId?: string; region?: string } = {},
): Promise<UploadthingStandin> {
  const apiKey =
    values.apiKey ?? `sk_test_${createHash("sha256").update(String(Math.random())).digest("hex").slice(0, 32)}`;
  const appId = values.appId ?? "standinapp01";
  const region = values.region ?? "sea1";
  const files = new Map<string, StandinFile>();
  const requests: StandinRequest[] = [];

  // The SDK only uses plain http for a file host whose name contains "local"; listen where
  // "localhost" resolves so fetch reaches us whatever the address family.
  const { address } = await lookup("localhost");

  let base = "";

  async function ingest(req: IncomingMessage, res: ServerResponse, url: URL, record: StandinRequest): Promise<number> {
    // Refusals read the body first, so the client sees the answer rather than a reset connection.
    const refuse = async (status: number, error: string) => {
      await readAll(req).catch(() => undefined);
      return sendJson(res, status, { error });
    };
    if (req.method !== "PUT") return refuse(405, "Method not allowed");
    const key = url.pathname.slice("/ingest/".length);
    if (!/^[A-Za-z0-9]+$/.test(key)) return refuse(400, "Invalid file key");
    if (!signatureValid(`${base}${req.url}`, apiKey)) return refuse(403, "Invalid signature");
    const expires = Number(url.searchParams.get("expires"));
    if (!Number.isFinite(expires) || expires < Date.now()) return refuse(403, "URL expired");
    if (param(url, "x-ut-identifier") !== appId) return refuse(403, "Unknown app");
    const announcedSize = Number(param(url, "x-ut-file-size"));
    const name = param(url, "x-ut-file-name") ?? "";
    const type = param(url, "x-ut-file-type") ?? "";
    const customId = param(url, "x-ut-custom-id");
    if (files.has(key)) return refuse(409, "File key already used");
    if (customId !== null && [...files.values()].some((f) => f.customId === customId))
      return refuse(409, "A file with this customId already exists");

    const headers = new Headers();
    for (const [header, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(header, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(header, v);
    }
    let form: FormData;
    try {
      form = await new Request(`${base}${req.url}`, {
        method: "PUT",
        headers,
        body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
        duplex: "half",
      } as RequestInit).formData();
    } catch {
      return sendJson(res, 400, { error: "Expected a multipart body" });
    }
    record.parts = [...form.entries()].map(([field, value]) =>
      typeof value === "string" ? { field, name: null, type: null } : { field, name: value.name, type: value.type },
    );
    const part = form.get("file");
    if (part === null || typeof part === "string") return sendJson(res, 400, { error: "Missing file part" });
    const bytes = Buffer.from(await part.arrayBuffer());
    if (bytes.length !== announcedSize)
      return sendJson(res, 400, { error: "File size does not match the presigned URL" });

    files.set(key, {
      key,
      name,
      partName: part.name,
      type,
      partType: part.type,
      size: bytes.length,
      acl: param(url, "x-ut-acl") ?? "public-read",
      contentDisposition: param(url, "x-ut-content-disposition") ?? "inline",
      customId,
      bytes,
    });
    const ufsUrl = `${base}/a/${appId}/${key}`;
    return sendJson(res, 200, {
      url: ufsUrl,
      appUrl: ufsUrl,
      ufsUrl,
      fileHash: createHash("md5").update(bytes).digest("hex"),
      serverData: null,
    });
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, record: StandinRequest): Promise<number> {
    const body = await readAll(req);
    if (url.pathname === "/api/v6/deleteFiles") record.endpoint = "deleteFiles";
    if (req.method !== "POST") return sendJson(res, 405, { error: "Method not allowed" });
    const given = req.headers["x-uploadthing-api-key"];
    if (typeof given !== "string" || given !== apiKey) return sendJson(res, 401, { error: "Invalid API key" });
    if (record.endpoint !== "deleteFiles") return sendJson(res, 404, { error: "Not found" });
    let parsed: { fileKeys?: unknown; customIds?: unknown };
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return sendJson(res, 400, { error: "Invalid JSON" });
    }
    const strings = (value: unknown): value is string[] =>
      Array.isArray(value) && value.every((k) => typeof k === "string");
    let keys: string[];
    if (strings(parsed.fileKeys)) keys = parsed.fileKeys;
    else if (strings(parsed.customIds)) {
      const wanted = new Set(parsed.customIds);
      keys = [...files.values()].filter((f) => f.customId !== null && wanted.has(f.customId)).map((f) => f.key);
    } else return sendJson(res, 400, { error: "Expected fileKeys or customIds" });
    let deletedCount = 0;
    for (const key of keys) if (files.delete(key)) deletedCount += 1;
    return sendJson(res, 200, { success: true, deletedCount });
  }

  function serveFile(req: IncomingMessage, res: ServerResponse, url: URL): number {
    if (req.method !== "GET") return sendJson(res, 405, { error: "Method not allowed" });
    const [, , requestedApp, key] = url.pathname.split("/");
    if (requestedApp !== appId || !key) return sendJson(res, 404, { error: "Not found" });
    const signed = url.searchParams.has("signature");
    if (signed) {
      if (!signatureValid(`${base}${req.url}`, apiKey)) return sendJson(res, 403, { error: "Invalid signature" });
      const expires = Number(url.searchParams.get("expires"));
      if (!Number.isFinite(expires) || expires < Date.now()) return sendJson(res, 403, { error: "URL expired" });
    }
    const file = files.get(key);
    if (!file) return sendJson(res, 404, { error: "Not found" });
    if (file.acl === "private" && !signed) return sendJson(res, 403, { error: "File is private" });
    res.writeHead(200, {
      "content-type": file.type,
      "content-length": file.size,
      "content-disposition": `${file.contentDisposition}; filename="${file.name}"`,
    });
    res.end(file.bytes);
    return 200;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    const record: StandinRequest = {
      method: req.method ?? "",
      url: `${base}${req.url}`,
      headers: req.headers,
      endpoint: "unknown",
      status: 0,
    };
    requests.push(record);
    let handled: Promise<number>;
    if (url.pathname.startsWith("/ingest/")) {
      record.endpoint = "ingest";
      handled = ingest(req, res, url, record);
    } else if (url.pathname.startsWith("/api/")) {
      handled = api(req, res, url, record);
    } else if (url.pathname.startsWith("/a/")) {
      record.endpoint = "file";
      handled = Promise.resolve(serveFile(req, res, url));
    } else {
      handled = Promise.resolve(sendJson(res, 404, { error: "Not found" }));
    }
    handled.then(
      (status) => {
        record.status = status;
      },
      (error: unknown) => {
        record.status = 500;
        if (!res.headersSent) sendJson(res, 500, { error: String(error) });
        else res.destroy();
      },
    );
  });

  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://localhost:${port}`;
  const options = {
    apiUrl: `${base}/api`,
    ingestUrl: `${base}/ingest`,
    ufsHost: `localhost:${port}`,
    ufsAppIdLocation: "path" as const,
  };

  return {
    url: base,
    ...options,
    options,
    appId,
    apiKey,
    region,
    token: makeToken({ apiKey, appId, regions: [region] }),
    tokenWith: (other) =>
      makeToken({ apiKey: other.apiKey ?? apiKey, appId: other.appId ?? appId, regions: other.regions ?? [region] }),
    files,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
