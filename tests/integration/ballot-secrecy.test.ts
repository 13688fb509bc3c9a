import { describe, expect, it } from "vitest";
import { makeBallotWorld } from "../helpers/ballot";
import { useTestDb } from "../helpers/use-test-db";

/**
 * The secret ballot checked in the schema and the stored rows, not through the API: after a close
 * nothing an administrator can query joins an expert to a choice. The ballot keeps the choices
 * without anyone's id; the participation keeps who voted without a choice; neither has a time; the
 * open votes — the one link, needed while votes may change — are gone; and the order of the ballot
 * rows on disk follows the tally, not the order in which the experts voted.
 */
const t = useTestDb();

type Column = { column_name: string; data_type: string; column_default: string | null };

const columnsOf = (table: string) =>
  t.db.$queryRaw<Column[]>`
    SELECT column_name, data_type, column_default FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY column_name`;

/** The tables each table's foreign keys reference. */
const referencedBy = async (table: string) =>
  (
    await t.db.$queryRaw<{ target: string }[]>`
      SELECT confrelid::regclass::text AS target FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ${`"${table}"`}::regclass ORDER BY 1`
  ).map((r) => r.target.replaceAll('"', ""));

describe("the ballot tables", () => {
  it("Ballot holds an application and a choice: no column refers to an expert, none is a time", async () => {
    const columns = await columnsOf("Ballot");
    expect(columns.map((c) => c.column_name)).toEqual(["choice", "id", "meetingApplicationId"]);
    expect(await referencedBy("Ballot")).toEqual(["MeetingApplication"]);
    expect(columns.filter((c) => /time|date/i.test(c.data_type) || c.column_default !== null)).toEqual([]);
  });

  it("BallotParticipation holds an application and a seat: no choice, no time, no id of its own", async () => {
    const columns = await columnsOf("BallotParticipation");
    expect(columns.map((c) => c.column_name)).toEqual(["meetingApplicationId", "meetingExpertId"]);
    expect(columns.filter((c) => /time|date/i.test(c.data_type) || c.column_default !== null)).toEqual([]);
  });

  it("the open votes keep no time, and never reach the write-ahead log (an unlogged table)", async () => {
    const columns = await columnsOf("OpenVote");
    expect(columns.map((c) => c.column_name)).toEqual(["choice", "meetingApplicationId", "meetingExpertId"]);
    const [persistence] = await t.db.$queryRaw<{ relpersistence: string }[]>`
      SELECT relpersistence::text AS relpersistence FROM pg_class WHERE oid = '"OpenVote"'::regclass`;
    expect(persistence.relpersistence).toBe("u");
  });

  it("ballots and participation cannot be changed or deleted, even by SQL", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 1 });
    const [item] = world.items;
    for (const expert of world.present) await expert.api.ballot.cast({ meetingApplicationId: item, choice: "AGREE" });
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    const refusals = [
      t.db.$executeRaw`UPDATE "Ballot" SET "choice" = 'DISAGREE' WHERE "meetingApplicationId" = ${item}`,
      t.db.$executeRaw`DELETE FROM "Ballot" WHERE "meetingApplicationId" = ${item}`,
      t.db
        .$executeRaw`UPDATE "BallotParticipation" SET "meetingApplicationId" = "meetingApplicationId" WHERE "meetingApplicationId" = ${item}`,
      t.db.$executeRaw`DELETE FROM "BallotParticipation" WHERE "meetingApplicationId" = ${item}`,
      t.db.$executeRawUnsafe(`TRUNCATE "Ballot"`),
    ];
    for (const attempt of refusals) await expect(attempt).rejects.toThrow(/append-only/);
    expect(await t.db.ballot.count({ where: { meetingApplicationId: item, choice: "AGREE" } })).toBe(3);
    expect(await t.db.ballotParticipation.count({ where: { meetingApplicationId: item } })).toBe(3);
  });
});

describe("after a close", () => {
  /**
   * Two meetings with the same tally on one application, voted in opposite orders by the panel
   * (first seat first in one, last seat first in the other, choices interleaved): what they leave
   * on disk must be the same sequence of choices.
   */
  async function closedMeeting(reverse: boolean) {
    const world = await makeBallotWorld(t.db, { present: 6, applications: 1 });
    const [item] = world.items;
    const plan = ["DISAGREE", "AGREE", "ABSTAIN", "AGREE", "DISAGREE", "AGREE"] as const;
    const order = reverse ? [...world.present.keys()].reverse() : [...world.present.keys()];
    for (const i of order) await world.present[i].api.ballot.cast({ meetingApplicationId: item, choice: plan[i] });
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    return { world, item };
  }

  /** Ballot rows of the item in their physical order (ctid), with the transaction that wrote them. */
  const onDisk = (item: string) =>
    t.db.$queryRaw<{ id: string; choice: string; writer: string }[]>`
      SELECT "id", "choice"::text AS choice, xmin::text AS writer FROM "Ballot"
      WHERE "meetingApplicationId" = ${item} ORDER BY ctid`;

  it("the open votes are gone and the participation has no choice, only who voted", async () => {
    const { world, item } = await closedMeeting(false);
    expect(await t.db.openVote.count()).toBe(0);
    const voters = await t.db.ballotParticipation.findMany({ where: { meetingApplicationId: item } });
    expect(voters.map((v) => v.meetingExpertId).sort()).toEqual(world.present.map((e) => e.seatId).sort());
  });

  it("the ballots' order on disk follows the tally, not the order or the seats of the votes", async () => {
    const forward = await onDisk((await closedMeeting(false)).item);
    const backward = await onDisk((await closedMeeting(true)).item);
    const choices = (rows: { choice: string }[]) => rows.map((r) => r.choice);
    expect(choices(forward)).toEqual(["AGREE", "AGREE", "AGREE", "DISAGREE", "DISAGREE", "ABSTAIN"]);
    expect(choices(backward)).toEqual(choices(forward));
    // One transaction wrote all of a close's ballots: their system columns tell nothing either.
    expect(new Set(forward.map((r) => r.writer)).size).toBe(1);
    // Random (version 4) ids: sorting by id gives no order of the votes.
    for (const row of [...forward, ...backward]) expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
  });

  it("no query joins a ballot to a voter: the only column the two tables share is the application", async () => {
    const ballot = new Set((await columnsOf("Ballot")).map((c) => c.column_name));
    const shared = (await columnsOf("BallotParticipation")).map((c) => c.column_name).filter((c) => ballot.has(c));
    expect(shared).toEqual(["meetingApplicationId"]);
  });
});
