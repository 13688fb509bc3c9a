import "server-only";
import { openAsBlob } from "node:fs";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { UTApi } from "uploadthing/server";
import { type FileStorage, type StagedFile, StoredFileMissing } from "./types";

export type UploadthingStorageOptions = {
  /** UPLOADTHING_TOKEN: base64 of the JSON `{ apiKey, appId, regions }` shown in the uploadthing dashboard. */
  token: string;
  stagingDir: string;
  /** Only for pointing at a stand-in: defaults to https://api.uploadthing.com. */
  apiUrl?: string;
  /** Only for pointing at a stand-in: defaults to https://<first region of the token>.ingest.uploadthing.com. */
  ingestUrl?: string;
  /** Only for pointing at a stand-in: host serving the files (defaults to ufs.sh; http when it contains "local"). */
  ufsHost?: string;
  /** Only for pointing at a stand-in: `https://<appId>.<ufsHost>/f/<key>` (default) or `<ufsHost>/a/<appId>/<key>`. */
  ufsAppIdLocation?: "subdomain" | "path";
};

/** Keys uploadthing v7 makes are Sqids (letters and digits); anything else never came from save(). */
const KEY = /^[A-Za-z0-9_-]{1,128}$/;
/** How long the URL used by open() stays valid: it is fetched at once, by this server only. */
const SIGNED_URL_TTL_SECONDS = 60;

const EXTENSIONS: Record<string, string> = {
  "application/pdf": ".pdf",
  "image/jpeg": ".jpg",
  "image/png": ".png",
};

/** Checks the shape uploadthing itself expects, so a bad token fails at start-up with a clear message. */
function parseToken(token: string): { appId: string } {
  const problem =
    "UPLOADTHING_TOKEN is not a valid uploadthing token: expected the base64 of a JSON object " +
    '{ "apiKey": "sk_…", "appId": "…", "regions": ["…"] } (copy the V7 token from the uploadthing dashboard, API Keys)';
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token.trim(), "base64").toString("utf8"));
  } catch {
    throw new Error(problem);
  }
  const value = parsed as { apiKey?: unknown; appId?: unknown; regions?: unknown } | null;
  if (
    typeof value !== "object" ||
    value === null ||
    typeof value.apiKey !== "string" ||
    !value.apiKey.startsWith("sk_") ||
    typeof value.appId !== "string" ||
    value.appId === "" ||
    !Array.isArray(value.regions) ||
    value.regions.length === 0 ||
    !value.regions.every((r) => typeof r === "string" && r !== "")
  ) {
    throw new Error(problem);
  }
  return { appId: value.appId };
}

/** The error message of a failed uploadthing response (JSON `{ error }` / `{ message }`, else the text), shortened. */
async function messageOf(response: Response): Promise<string> {
  let text = "";
  try {
    text = (await response.text()).trim();
  } catch {
    // the status alone will do
  }
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const found = typeof body.error === "string" ? body.error : typeof body.message === "string" ? body.message : null;
    if (found) text = found;
  } catch {
    // not JSON: keep the text
  }
  return `${response.status}${text ? ` ${text.slice(0, 300)}` : ""}`;
}

/**
 * Files at uploadthing (https://uploadthing.com), through its server SDK (`UTApi`). The checked
 * upload is streamed from the staging folder under a neutral name (the object's id, a random UUID,
 * and the extension of its detected type), private and as an attachment, with the id as its
 * uploadthing `customId`, so an upload whose key never came back can still be deleted; the key
 * uploadthing returns is the stored key. Reading goes through a short-lived signed URL fetched by this server, so the bytes are still
 * served by the app, behind its own authorization. Staging stays on the local disk.
 */
export class UploadthingFileStorage implements FileStorage {
  readonly backend = "uploadthing" as const;
  readonly stagingDir: string;
  private readonly config: NonNullable<ConstructorParameters<typeof UTApi>[0]>;
  /** For calls whose failures need no response body (signing URLs). */
  private readonly api: UTApi;

  constructor(options: UploadthingStorageOptions) {
    parseToken(options.token);
    this.stagingDir = options.stagingDir;
    this.config = { token: options.token.trim() };
    // Only defined overrides: the library's config reads the options first, then UPLOADTHING_* env.
    if (options.apiUrl) this.config.apiUrl = options.apiUrl;
    if (options.ingestUrl) this.config.ingestUrl = options.ingestUrl;
    if (options.ufsHost) this.config.ufsHost = options.ufsHost;
    if (options.ufsAppIdLocation) this.config.ufsAppIdLocation = options.ufsAppIdLocation;
    this.api = new UTApi(this.config);
  }

  /**
   * A UTApi whose fetch (1) sends request bodies without fetch's redirect copy: Node's fetch
   * (undici, nodejs/undici#4058) tees every request body so it could replay it on a redirect, and
   * the unread branch buffers the whole upload in memory; with `redirect: "error"` and no window
   * the request is sent as is, streaming from the file. A redirect is then a failed upload, which
   * it would be anyway for a streamed body. (2) remembers the last failed response: the SDK
   * reports failures only as "Failed to upload file" or a bare status error, while uploadthing's
   * own message is in the body.
   */
  private session(): { api: UTApi; failure: { message?: string; status?: number } } {
    const failure: { message?: string; status?: number } = {};
    const watched = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const response = await fetch(input, init?.body ? { ...init, redirect: "error", window: null } : init);
      if (!response.ok) {
        failure.status = response.status;
        failure.message = await messageOf(response.clone());
      }
      return response;
    };
    return { api: new UTApi({ ...this.config, fetch: watched }), failure };
  }

  async save(staged: StagedFile, id: string): Promise<string> {
    // A Blob backed by the file: read in chunks while the request body is sent, never whole.
    const blob = await openAsBlob(staged.path, { type: staged.contentType });
    const name = `${id}${EXTENSIONS[staged.contentType] ?? ""}`;
    // A File (its name names the multipart part) carrying the customId the SDK reads from it.
    const file = Object.assign(new File([blob], name, { type: staged.contentType, lastModified: Date.now() }), {
      customId: id,
    });
    const { api, failure } = this.session();
    const result = await api.uploadFiles(file, { acl: "private", contentDisposition: "attachment" });
    if (result.error || !result.data) {
      const detail = failure.message ?? result.error?.message ?? "no response";
      throw new Error(`uploadthing refused the upload: ${detail} (${result.error?.code ?? "UNKNOWN"})`);
    }
    return result.data.key;
  }

  async open(key: string): Promise<Readable> {
    if (!KEY.test(key)) throw new StoredFileMissing(key);
    // Signed here with the API key, no round trip to uploadthing.
    const { ufsUrl } = await this.api.generateSignedURL(key, { expiresIn: SIGNED_URL_TTL_SECONDS });
    const response = await fetch(ufsUrl);
    if (response.status === 404) {
      await response.body?.cancel();
      throw new StoredFileMissing(key);
    }
    if (!response.ok || !response.body) {
      throw new Error(`uploadthing did not serve file ${key}: ${await messageOf(response)}`);
    }
    return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  }

  async remove(key: string): Promise<void> {
    // A key save() cannot have made holds nothing.
    if (!KEY.test(key)) return;
    await this.delete(key, "fileKey");
  }

  async discard(id: string): Promise<void> {
    if (!KEY.test(id)) return;
    await this.delete(id, "customId");
  }

  private async delete(key: string, keyType: "fileKey" | "customId"): Promise<void> {
    const { api, failure } = this.session();
    try {
      const result = await api.deleteFiles(key, { keyType });
      if (!result.success) throw new Error(`uploadthing did not delete file ${key}`);
    } catch (error) {
      if (failure.status === 404) return;
      if (failure.message)
        throw new Error(`uploadthing did not delete file ${key}: ${failure.message}`, { cause: error });
      throw error;
    }
  }
}
