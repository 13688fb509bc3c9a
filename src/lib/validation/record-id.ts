import { z } from "zod";

/**
 * Ids a client names in a request. Every table's key is a UUID, so anything else cannot name a
 * record: it is refused before it reaches a query (where a NUL byte or a lone surrogate would make
 * the database fail rather than find nothing). A well-formed id of a missing record, or of one the
 * caller may not see, still gets the domain's own answer (NOT_FOUND, a field message).
 */
export const invalidIdMessage = "参数无效";

/** The id of a record the request acts on. */
export const recordId = () => z.uuid(invalidIdMessage);

/** A required choice from a drop-down of records: `required` when none is chosen. */
export const chosenId = (required: string) =>
  z.string({ message: required }).min(1, { error: required, abort: true }).uuid(invalidIdMessage);

/** An optional choice from a drop-down of records: "" when none is chosen. */
export const optionalChosenId = () =>
  z
    .string()
    .refine((value) => value === "" || z.uuid().safeParse(value).success, invalidIdMessage)
    .default("");
