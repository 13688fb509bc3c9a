import { defineConfig } from "prisma/config";

// Migrations are applied by scripts/db (the WebAssembly schema engine, see README); the stock CLI
// is used for `prisma generate`, and `prisma migrate deploy` works wherever native engines exist.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
