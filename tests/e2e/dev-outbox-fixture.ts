import { migrate } from "../../scripts/db/migrate";
import { PrismaClient } from "../../src/generated/prisma/client";
import { databaseTargetFromEnv, openAdapter } from "../../src/server/db/adapter";
import { enqueueNotifications } from "../../src/server/domain/notifications/enqueue-notifications";

/**
 * `tsx --conditions=react-server tests/e2e/dev-outbox-fixture.ts <pglite dir> <mobile>`: a fresh
 * database for the development-mode server of notifications.spec.ts, holding one message whose SMS
 * waits in the outbox, so that the server's delivery job has something to send at start.
 */
const [dataDir, mobile] = process.argv.slice(2);
if (!dataDir || !mobile) throw new Error("usage: dev-outbox-fixture.ts <pglite dir> <mobile>");
process.env.PGLITE_DATA_DIR = dataDir;
await migrate();
const adapter = openAdapter(databaseTargetFromEnv());
const db = new PrismaClient({ adapter: adapter.factory });
try {
  const person = await db.user.create({ data: { name: "开发短信", mobile } });
  await db.$transaction((tx) =>
    enqueueNotifications(tx, [
      {
        kind: "BINDING_REJECTED",
        recipientId: person.id,
        params: { unitName: "吉林省智能制造研究院有限公司", reason: "请先完成入职登记" },
        link: "/hall/binding",
      },
    ]),
  );
} finally {
  await db.$disconnect();
  await adapter.close();
}
