/**
 * What a refusal means, beside its transport code (CONFLICT, FORBIDDEN …). The server puts it on
 * `error.data.reason`; browser code branches on it (through `readServerError`), never on a code
 * plus a field name or on the wording of a message. Refusals that need no special handling carry none.
 */
export type ErrorReason =
  /** The record was saved or deleted elsewhere (another tab, another device) since this copy was loaded. */
  | "STALE_VERSION"
  /** Two requests wrote the same rows at once and the database let only one through; a retry may succeed. */
  | "WRITE_CONFLICT"
  /** The entry meant to give up the 参评/代表性 mark no longer holds it. */
  | "MARK_CHANGED"
  /** Every 参评/代表性 place of the module is taken by other entries. */
  | "MARK_TAKEN"
  /** Both 破格推荐专家 places are filled. */
  | "EXPERTS_FULL"
  /** The application, module or notice cannot be changed in its current status. */
  | "NOT_EDITABLE"
  /** 数据验证信息 still lists problems: the application cannot be submitted yet. */
  | "VALIDATION_FAILED"
  /** The notice is not taking applications now: not started, ended or closed. */
  | "WINDOW_CLOSED"
  /** Someone acted first: the record's status changed (approved, withdrawn, published, revoked …). */
  | "ALREADY_HANDLED"
  /** What is being created already exists: a unique name or code, a role, an active binding. */
  | "ALREADY_EXISTS"
  /** Something else depends on the record as it is (an application under review, notices of a series). */
  | "IN_USE"
  /** A count limit is reached, such as the files a slot accepts. */
  | "LIMIT_REACHED";
