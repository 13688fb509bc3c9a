import { describe, expect, it } from "vitest";
import { makeOrgWithPublisher } from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 提交 against 解除绑定 at the same moment. Both lock the applicant's binding row before they look
 * at the other's work, so one of them wins whole: a submitted application still bound to its unit,
 * or an unbound applicant whose application stayed a draft — never a submitted application without
 * its unit. Only PostgreSQL runs the two at once (PGlite serialises them); both run the same file.
 */
const t = useTestDb(makeOrgWithPublisher);

describe("提交 racing 解除绑定", () => {
  it("leaves either a bound submitted application or an unbound draft, round after round", async () => {
    const rounds = t.backend === "postgres" ? 15 : 2;
    const storage = testStorage();
    const outcomes = { submitted: 0, unbound: 0 };
    for (let round = 0; round < rounds; round++) {
      const { api, applicationId, person } = await completeDraft(t.db, storage, t.org, t.publisherId, `并发${round}`);
      const binding = await t.db.unitBinding.findFirstOrThrow({ where: { userId: person.id, status: "APPROVED" } });
      const submit = () => api.submission.submit({ applicationId, promise: true });
      const unbind = () => api.binding.unbind({ bindingId: binding.id });
      const [submitted, unbound] =
        round % 2 === 0
          ? await Promise.allSettled([submit(), unbind()])
          : await Promise.allSettled([unbind(), submit()]).then(([u, s]) => [s, u]);

      const application = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
      const bindingNow = await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } });
      expect(
        [submitted.status, unbound.status].filter((s) => s === "fulfilled"),
        `round ${round}`,
      ).toHaveLength(1);
      if (submitted.status === "fulfilled") {
        expect(application.status).toBe("SUBMITTED");
        expect(bindingNow.status).toBe("APPROVED");
        expect(unbound).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
        outcomes.submitted++;
      } else {
        expect(application).toMatchObject({ status: "DRAFT", stage: null });
        expect(bindingNow.status).toBe("UNBOUND");
        expect(submitted).toMatchObject({ status: "rejected", reason: { code: "BAD_REQUEST" } });
        expect(await t.db.flowEvent.count({ where: { applicationId } })).toBe(0);
        outcomes.unbound++;
      }
    }
    expect(outcomes.submitted + outcomes.unbound).toBe(rounds);
    // Started in turn one before the other, each side wins some rounds on a real server.
    if (t.backend === "postgres") expect(Math.min(outcomes.submitted, outcomes.unbound)).toBeGreaterThan(0);
  });
});
