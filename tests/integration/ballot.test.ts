import { describe, expect, it } from "vitest";
import { type BallotWorld, choicesOf, makeBallotWorld, recuse } from "../helpers/ballot";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 无记名投票 as the experts and the chair use it: the 2/3 threshold at its edges, 回避 and absence
 * lowering the base, changing a vote until the close, nothing changing after it, nobody seeing a
 * vote or a running tally before it, and one vote per expert per application however many
 * requests race (which only PostgreSQL runs at once).
 */
const t = useTestDb();

/** Each present expert in turn votes `choices[i]` on the item. */
async function vote(world: BallotWorld, item: string, choices: readonly ("AGREE" | "DISAGREE" | "ABSTAIN")[]) {
  for (const [i, choice] of choices.entries()) {
    await world.present[i].api.ballot.cast({ meetingApplicationId: item, choice });
  }
}

const tallyOf = (id: string) =>
  t.db.meetingApplication.findUniqueOrThrow({
    where: { id },
    select: { result: true, agree: true, disagree: true, abstain: true, presentEligible: true, threshold: true },
  });

describe("the two-thirds rule", () => {
  it("with 9 present, 6 同意 pass and 5 同意 do not", async () => {
    const world = await makeBallotWorld(t.db, { present: 9, applications: 2 });
    const [six, five] = world.items;
    await vote(world, six, choicesOf(9, 6));
    await vote(world, five, choicesOf(9, 5, 2));
    expect(await world.chair.api.ballot.close({ meetingId: world.meeting.id })).toEqual({ closed: 2, passed: 1 });
    expect(await tallyOf(six)).toEqual({
      result: "PASSED",
      agree: 6,
      disagree: 3,
      abstain: 0,
      presentEligible: 9,
      threshold: 6,
    });
    expect(await tallyOf(five)).toEqual({
      result: "FAILED",
      agree: 5,
      disagree: 2,
      abstain: 2,
      presentEligible: 9,
      threshold: 6,
    });
  });

  it("counts present experts who did not vote in the base: 6 of 9 present voting 同意 still pass, 5 do not", async () => {
    const world = await makeBallotWorld(t.db, { present: 9, applications: 2 });
    const [six, five] = world.items;
    await vote(world, six, choicesOf(6, 6));
    await vote(world, five, choicesOf(5, 5));
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    expect(await tallyOf(six)).toMatchObject({ result: "PASSED", agree: 6, presentEligible: 9, threshold: 6 });
    expect(await tallyOf(five)).toMatchObject({ result: "FAILED", agree: 5, presentEligible: 9, threshold: 6 });
  });

  it("recused experts lower the base: 9 present, 3 recused, 4 同意 of 6 pass, 3 do not", async () => {
    const world = await makeBallotWorld(t.db, { present: 9, applications: 2 });
    const [four, three] = world.items;
    for (const item of world.items) {
      for (const expert of world.present.slice(6)) await recuse(t.db, item, expert.seatId);
    }
    await vote(world, four, choicesOf(6, 4));
    await vote(world, three, choicesOf(6, 3, 1));
    expect(
      await refusal(world.present[8].api.ballot.cast({ meetingApplicationId: four, choice: "AGREE" })),
    ).toMatchObject({ code: "FORBIDDEN", message: "您已回避该申报，不能对其投票" });
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    expect(await tallyOf(four)).toEqual({
      result: "PASSED",
      agree: 4,
      disagree: 2,
      abstain: 0,
      presentEligible: 6,
      threshold: 4,
    });
    expect(await tallyOf(three)).toMatchObject({ result: "FAILED", agree: 3, abstain: 1, presentEligible: 6 });
  });

  it("an application every expert stepped aside from cannot pass with 0 of 0", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 1 });
    for (const expert of world.present) await recuse(t.db, world.items[0], expert.seatId);
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    expect(await tallyOf(world.items[0])).toEqual({
      result: "FAILED",
      agree: 0,
      disagree: 0,
      abstain: 0,
      presentEligible: 0,
      threshold: 0,
    });
  });
});

describe("who may vote", () => {
  it("an absent or declined expert cannot vote and is not in the base", async () => {
    const world = await makeBallotWorld(t.db, { present: 7, absent: 2, declined: 1, applications: 1 });
    const [item] = world.items;
    const absent = world.experts.find((e) => e.kind === "absent")!;
    const declined = world.experts.find((e) => e.kind === "declined")!;
    expect(await refusal(absent.api.ballot.cast({ meetingApplicationId: item, choice: "AGREE" }))).toMatchObject({
      code: "FORBIDDEN",
      message: "您未出席本次评审会议，不能投票",
    });
    // A declined expert has no seat any more: the meeting's ballot does not exist for them.
    expect(await refusal(declined.api.ballot.cast({ meetingApplicationId: item, choice: "AGREE" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const ballot = await absent.api.ballot.myBallot({ meetingId: world.meeting.id });
    expect(ballot).toMatchObject({ canVote: false, notice: "您未出席本次评审会议，不能投票" });
    await vote(world, item, choicesOf(7, 5));
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    expect(await tallyOf(item)).toMatchObject({ result: "PASSED", agree: 5, presentEligible: 7, threshold: 5 });
  });

  it("nobody votes before the chair opens the vote", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 1, status: "PANEL_DRAWN" });
    expect(
      await refusal(world.present[0].api.ballot.cast({ meetingApplicationId: world.items[0], choice: "AGREE" })),
    ).toMatchObject({ code: "CONFLICT", message: "投票尚未开始" });
    expect(await refusal(world.chair.api.ballot.close({ meetingId: world.meeting.id }))).toMatchObject({
      code: "CONFLICT",
      message: "会议不在投票阶段，不能结束投票",
    });
    expect(await t.db.openVote.count({ where: { meetingApplicationId: world.items[0] } })).toBe(0);
  });
});

describe("changing a vote and closing", () => {
  it("an expert may change their vote until the close, and sees only their own", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 1 });
    const [item] = world.items;
    const [first, second] = world.present;
    await first.api.ballot.cast({ meetingApplicationId: item, choice: "AGREE" });
    await first.api.ballot.cast({ meetingApplicationId: item, choice: "DISAGREE" });
    const mine = await first.api.ballot.myBallot({ meetingId: world.meeting.id });
    expect(mine).toMatchObject({ canVote: true, notice: null });
    expect(mine.items).toEqual([expect.objectContaining({ id: item, myChoice: "DISAGREE", tally: null })]);
    const theirs = await second.api.ballot.myBallot({ meetingId: world.meeting.id });
    expect(theirs.items[0]).toMatchObject({ myChoice: null, tally: null });
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    expect(await tallyOf(item)).toMatchObject({ agree: 0, disagree: 1, abstain: 0, result: "FAILED" });
  });

  it("after the close nothing changes: no vote, no second close, and the expert's own choice is gone", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 1 });
    const [item] = world.items;
    await vote(world, item, choicesOf(3, 2));
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    const before = await tallyOf(item);
    expect(
      await refusal(world.present[2].api.ballot.cast({ meetingApplicationId: item, choice: "AGREE" })),
    ).toMatchObject({ code: "CONFLICT", message: "投票已结束，不能再投票或修改" });
    expect(await refusal(world.chair.api.ballot.close({ meetingId: world.meeting.id }))).toMatchObject({
      code: "CONFLICT",
      message: "投票已结束，不能再投票或修改",
    });
    expect(await tallyOf(item)).toEqual(before);
    expect(await t.db.ballot.count({ where: { meetingApplicationId: item } })).toBe(3);
    const after = await world.present[0].api.ballot.myBallot({ meetingId: world.meeting.id });
    expect(after).toMatchObject({ canVote: false, notice: "投票已结束，不能再投票或修改" });
    expect(after.items[0]).toMatchObject({
      myChoice: null,
      tally: { result: "PASSED", agree: 2, disagree: 1, abstain: 0, presentEligible: 3, threshold: 2 },
    });
  });
});

describe("nothing is visible before the close", () => {
  it("the chair sees how many voted, not what; other experts and the admin see nothing of it", async () => {
    const world = await makeBallotWorld(t.db, { present: 4, applications: 2 });
    const [item, untouched] = world.items;
    await vote(world, item, ["AGREE", "DISAGREE", "AGREE"]);
    const progress = await world.chair.api.ballot.progress({ meetingId: world.meeting.id });
    expect(progress.items.map(({ id, voted, eligible, tally }) => ({ id, voted, eligible, tally }))).toEqual(
      expect.arrayContaining([
        { id: item, voted: 3, eligible: 4, tally: null },
        { id: untouched, voted: 0, eligible: 4, tally: null },
      ]),
    );
    expect(JSON.stringify(progress)).not.toMatch(/AGREE|DISAGREE|ABSTAIN/);
    const bystander = await world.present[3].api.ballot.myBallot({ meetingId: world.meeting.id });
    expect(bystander.items.every((i) => i.myChoice === null && i.tally === null)).toBe(true);
    expect(JSON.stringify(bystander)).not.toMatch(/AGREE|DISAGREE|ABSTAIN/);
    expect(await refusal(world.admin.ballot.progress({ meetingId: world.meeting.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(world.admin.ballot.myBallot({ meetingId: world.meeting.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await t.db.meetingApplication.findUniqueOrThrow({ where: { id: item } })).toMatchObject({
      result: null,
      agree: null,
    });
  });
});

describe("under parallel requests", () => {
  const parallel = 20;

  it("one vote per expert per application however many requests race", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 1 });
    const [item] = world.items;
    const choices = ["AGREE", "DISAGREE", "ABSTAIN"] as const;
    const results = await Promise.allSettled(
      Array.from({ length: parallel }, (_, i) =>
        world.present[0].api.ballot.cast({ meetingApplicationId: item, choice: choices[i % 3] }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled").length).toBe(parallel);
    expect(await t.db.openVote.count({ where: { meetingApplicationId: item } })).toBe(1);
    await world.chair.api.ballot.close({ meetingId: world.meeting.id });
    const tally = await tallyOf(item);
    expect(tally.agree! + tally.disagree! + tally.abstain!).toBe(1);
    expect(await t.db.ballotParticipation.count({ where: { meetingApplicationId: item } })).toBe(1);
  });

  it("a vote racing the close is either counted or refused, never lost", async () => {
    const world = await makeBallotWorld(t.db, { present: 12, applications: 1 });
    const [item] = world.items;
    const casts = world.present.map((e) => e.api.ballot.cast({ meetingApplicationId: item, choice: "AGREE" }));
    const [closed, ...votes] = await Promise.allSettled([
      world.chair.api.ballot.close({ meetingId: world.meeting.id }),
      ...casts,
    ]);
    expect(closed.status).toBe("fulfilled");
    const counted = votes.filter((v) => v.status === "fulfilled").length;
    for (const refused of votes.filter((v): v is PromiseRejectedResult => v.status === "rejected")) {
      expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "投票已结束，不能再投票或修改" });
    }
    expect(await tallyOf(item)).toMatchObject({ agree: counted, presentEligible: 12 });
    expect(await t.db.ballot.count({ where: { meetingApplicationId: item } })).toBe(counted);
    expect(await t.db.openVote.count({ where: { meetingApplicationId: item } })).toBe(0);
  });

  it("two closes at once: one counts, the other is told it is closed", async () => {
    const world = await makeBallotWorld(t.db, { present: 3, applications: 2 });
    for (const item of world.items) await vote(world, item, choicesOf(3, 2));
    const results = await Promise.allSettled([
      world.chair.api.ballot.close({ meetingId: world.meeting.id }),
      world.chair.api.ballot.close({ meetingId: world.meeting.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await t.db.ballot.count({ where: { meetingApplicationId: { in: world.items } } })).toBe(6);
  });
});
