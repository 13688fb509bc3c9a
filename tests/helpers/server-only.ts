// Stands in for the 'server-only' guard package, which throws outside a React Server build.
export {};
