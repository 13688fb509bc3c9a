import "server-only";
import { certificateMessages } from "@/lib/certificates/messages";

/** The unique 评委会代码, explained at the form's field when taken. */
export const codeTaken = {
  model: "ReviewCommittee",
  column: "code",
  index: "ReviewCommittee_code_key",
  field: "code",
  message: certificateMessages.committeeCodeTaken,
};
