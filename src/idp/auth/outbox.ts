import { randomUUID } from "node:crypto";
import type { Clock } from "../clock";

export interface SmsMessage {
  id: string;
  mobile: string;
  text: string;
  sentAt: Date;
}

/** 13812341234 → 138****1234 */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile;
}

/** Stands in for the SMS gateway: messages are kept for the developer outbox page. */
export class SmsOutbox {
  private readonly messages: SmsMessage[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly keep = 100,
  ) {}

  send(mobile: string, text: string): SmsMessage {
    const message = { id: randomUUID(), mobile, text, sentAt: new Date(this.clock()) };
    this.messages.unshift(message);
    this.messages.length = Math.min(this.messages.length, this.keep);
    return message;
  }

  /** Newest first. */
  recent(): readonly SmsMessage[] {
    return this.messages;
  }
}
