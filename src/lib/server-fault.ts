/**
 * What a person is told when the server fails (a fault, not a refusal): never the error itself,
 * but a number that finds the one log line holding it (src/server/api/errors.ts writes both).
 */
export const SERVER_FAULT = "系统繁忙，请稍后重试";

/** The sentence shown for fault `errorId`: 「系统繁忙，请稍后重试（错误编号 0a1b2c3d）」. */
export const serverFaultMessage = (errorId: string) => `${SERVER_FAULT}（错误编号 ${errorId}）`;

/** An error number as the server makes them: eight hex digits. */
export const isErrorId = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{8}$/.test(value);
