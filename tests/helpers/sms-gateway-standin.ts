import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the SMS gateway the HTTP notifier talks to (README, "Notifications"): one
 * endpoint that takes `POST /v1/sms` with `Authorization: Bearer <key>` and a JSON body
 * `{ from, to, text, reference }`, and an `Idempotency-Key` header equal to `reference`. Like a
 * careful real gateway it checks all of that, refuses a malformed mobile number with 400, and
 * accepts a repeated idempotency key without sending the message twice. Tests can queue answers
 * (a 503, a hang) for the next requests.
 */
export type StandinSms = { from: string; to: string; text: string; reference: string };

export type SmsGatewayStandin = {
  url: string;
  apiKey: string;
  /** Messages accepted (and "sent"), each once. */
  sent: StandinSms[];
  /** Every request with the status it got. */
  requests: { status: number; headers: IncomingMessage["headers"]; body: string }[];
  /** The next requests get these answers instead ("hang": no answer at all). */
  answerNext(...answers: (number | "hang")[]): void;
  close(): Promise<void>;
};

const MOBILE = /^1\d{10}$/;

export async function startSmsGatewayStandin(apiKey = "sms-standin-key"): Promise<SmsGatewayStandin> {
  const sent: StandinSms[] = [];
  const requests: SmsGatewayStandin["requests"] = [];
  const queued: (number | "hang")[] = [];
  const seenKeys = new Set<string>();

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const answer = (status: number, json: unknown) => {
      requests.push({ status, headers: req.headers, body });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    const next = queued.shift();
    if (next === "hang") return;
    if (next !== undefined) return answer(next, { error: "scripted" });
    if (req.method !== "POST" || req.url !== "/v1/sms") return answer(404, { error: "no such endpoint" });
    if (req.headers.authorization !== `Bearer ${apiKey}`) return answer(401, { error: "bad key" });
    if (!req.headers["content-type"]?.startsWith("application/json")) return answer(415, { error: "json only" });
    let message: Partial<StandinSms>;
    try {
      message = JSON.parse(body) as Partial<StandinSms>;
    } catch {
      return answer(400, { error: "malformed json" });
    }
    const { from, to, text, reference } = message;
    if (typeof from !== "string" || typeof text !== "string" || typeof reference !== "string" || !text) {
      return answer(400, { error: "from, text and reference are required" });
    }
    if (typeof to !== "string" || !MOBILE.test(to)) return answer(400, { error: "invalid mobile number" });
    if (req.headers["idempotency-key"] !== reference) return answer(400, { error: "idempotency key must match" });
    if (!seenKeys.has(reference)) {
      seenKeys.add(reference);
      sent.push({ from, to, text, reference });
    }
    answer(200, { id: reference, status: "accepted" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/sms`,
    apiKey,
    sent,
    requests,
    answerNext: (...answers) => queued.push(...answers),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
