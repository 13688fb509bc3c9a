import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import { type AttachmentSlotCode, type FileFormat, fileFormats, slotOf } from "@/lib/attachments/slots";
import { AppError } from "@/server/errors";

/** Bytes file-type needs to recognise any format it knows. */
const HEAD_BYTES = 4100;

export type Inspection = { size: number; sha256: string; format: FileFormat; contentType: string };

/**
 * Watches an upload stream as it passes through to storage: counts and hashes every chunk, stops it
 * as soon as it exceeds the slot's size limit, and decides its type from its first bytes (never from
 * the name or the browser's claim), stopping it there when the slot does not take that type.
 * Memory use is one chunk plus the first 4 KB, whatever the file's size.
 */
export function createUploadInspector(slot: AttachmentSlotCode, fileName: string) {
  const rules = slotOf(slot);
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let format: FileFormat | undefined;

  const decide = async () => {
    const detected = await fileTypeFromBuffer(Buffer.concat(head));
    const allowed = rules.formats.find((f) => fileFormats[f].mime === detected?.mime);
    if (!allowed) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", detected ? m.wrongType(slot, detected.ext) : m.unknownType(slot), {
        field: "file",
      });
    }
    format = allowed;
  };

  async function* inspect(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (size > rules.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", m.tooLarge(slot, null), { field: "file" });
      hash.update(chunk);
      if (format === undefined && headLength < HEAD_BYTES) {
        head.push(Buffer.from(chunk));
        headLength += chunk.byteLength;
        if (headLength >= HEAD_BYTES) await decide();
      }
      yield chunk;
    }
    if (size === 0) throw new AppError("BAD_REQUEST", m.empty(fileName), { field: "file" });
    if (format === undefined) await decide();
  }

  const result = (): Inspection => {
    if (format === undefined) throw new Error("The upload has not been inspected to its end");
    return { size, sha256: hash.digest("hex"), format, contentType: fileFormats[format].mime };
  };

  return { inspect, result };
}
