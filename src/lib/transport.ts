/**
 * How many procedure calls one HTTP request to /api/trpc may carry. The browser's batch link
 * splits larger batches (src/trpc/react.tsx); the server refuses a request with more (413), so
 * nobody can make one request run hundreds of queries. The app's busiest page batches about five.
 */
export const MAX_BATCH_CALLS = 10;

export const batchTooLargeMessage = `一次请求最多包含${MAX_BATCH_CALLS}个操作，请刷新页面后重试`;
