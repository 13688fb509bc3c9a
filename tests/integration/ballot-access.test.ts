import { describe, expect, it } from "vitest";
import { type BallotWorld, makeBallotWorld } from "../helpers/ballot";
import { callerFor, makeUser } from "../helpers/fixtures";
import { makeReviewer } from "../helpers/review";
import { readRefusal, refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

/**
 * Who may call each ballot procedure: the experts on the panel vote and read their own ballot, the
 * committee's chair reads the progress and closes; everyone else is refused — by role (FORBIDDEN)
 * or, holding the role but not the seat or the committee, as if the meeting did not exist
 * (NOT_FOUND), so the refusal tells nothing about it.
 */
const t = useTestDb(async (db) => {
  const world = await makeBallotWorld(db, { present: 3, applications: 1 });
  const anyone = await callerFor(db, (await makeUser(db, "申报人")).id);
  const unitReviewer = (await makeReviewer(db, "单位审核人", "UNIT_REVIEWER", world.org)).api;
  const deptReviewer = (await makeReviewer(db, "部门审核人", "DEPT_REVIEWER", world.org)).api;
  return { world, anyone, unitReviewer, deptReviewer, signedOut: await callerFor(db, null) };
});

type Caller = BallotWorld["admin"];
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

const procedures: Record<string, (api: Caller) => Promise<unknown>> = {
  myBallot: (api) => api.ballot.myBallot({ meetingId: t.world.meeting.id }),
  cast: (api) => api.ballot.cast({ meetingApplicationId: t.world.items[0], choice: "ABSTAIN" }),
  progress: (api) => api.ballot.progress({ meetingId: t.world.meeting.id }),
};

/** Expected outcome of myBallot, cast and progress for each caller. */
const table: [string, Outcome, Outcome, Outcome, () => Caller][] = [
  ["signed out", "UNAUTHORIZED", "UNAUTHORIZED", "UNAUTHORIZED", () => t.signedOut],
  ["an applicant", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", () => t.anyone],
  ["a unit reviewer", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", () => t.unitReviewer],
  ["a department reviewer", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", () => t.deptReviewer],
  ["the admin", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", () => t.world.admin],
  ["a member of the committee not on the panel", "NOT_FOUND", "NOT_FOUND", "FORBIDDEN", () => t.world.outsider],
  ["the chair of another committee", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", () => t.world.otherChair],
  ["the committee's chair (not on the panel)", "FORBIDDEN", "FORBIDDEN", "ok", () => t.world.chair.api],
  ["an expert on the panel", "ok", "ok", "FORBIDDEN", () => t.world.present[0].api],
];

describe("ballot procedures by caller", () => {
  it.each(table)("%s: myBallot %s, cast %s, progress %s", async (_, myBallot, cast, progress, caller) => {
    const outcomes = [];
    for (const call of Object.values(procedures)) {
      const settled = await call(caller()).then(
        () => "ok" as const,
        async (e: unknown) => (await refusal(Promise.reject(e))).code,
      );
      outcomes.push(settled);
    }
    expect(outcomes).toEqual([myBallot, cast, progress]);
  });

  it("closing is the committee's chair's alone", async () => {
    const meetingId = t.world.meeting.id;
    const refused = [t.signedOut, t.anyone, t.world.admin, t.world.outsider, t.world.present[0].api];
    for (const api of refused) {
      expect(["UNAUTHORIZED", "FORBIDDEN"]).toContain((await refusal(api.ballot.close({ meetingId }))).code);
    }
    expect((await refusal(t.world.otherChair.ballot.close({ meetingId }))).code).toBe("NOT_FOUND");
    expect(await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({
      status: "VOTING",
    });
    expect(await t.world.chair.api.ballot.close({ meetingId })).toEqual({ closed: 1, passed: 0 });
  });

  it("a malformed or unknown id is refused without reaching a query", async () => {
    const expert = t.world.present[0].api;
    expect((await refusal(expert.ballot.myBallot({ meetingId: "x'; DROP TABLE" }))).code).toBe("BAD_REQUEST");
    expect(
      (await refusal(expert.ballot.cast({ meetingApplicationId: crypto.randomUUID(), choice: "AGREE" }))).code,
    ).toBe("NOT_FOUND");
    const choice = "YES" as unknown as "AGREE";
    expect((await readRefusal(expert.ballot.cast({ meetingApplicationId: t.world.items[0], choice }))).message).toBe(
      "请选择同意、不同意或弃权",
    );
  });
});
