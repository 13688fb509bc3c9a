"use client";

import { FileLinks } from "@/components/attachments/attachment-files";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ApplicationDiff, EntryChange, FieldChange, FileChange, ModuleDiff } from "@/lib/application/diff";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import { reviewLabels as L } from "./labels";

/**
 * 本次修改: what the applicant changed between the previous submission and this one, module by
 * module — each changed field before → after, the entries added, removed and changed, and the
 * files added (openable) and removed. What a reviewer reads first after a 重新提交.
 */
export function ChangesPanel({
  changes,
  sequence,
  files,
}: {
  changes: ApplicationDiff;
  sequence: number;
  /** The snapshot's files, to open an added one. */
  files: AttachmentView[];
}) {
  return (
    <section
      id="changes"
      aria-labelledby="changes-title"
      data-testid="changes"
      className="scroll-mt-4 rounded-lg border border-amber-200 bg-white shadow-sm"
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-amber-100 bg-amber-50 px-5 py-3">
        <h2 id="changes-title" className="text-base font-semibold text-amber-900">
          {L.changesTitle}
        </h2>
        <Badge tone="amber">{L.submissionSequence(sequence)}</Badge>
      </header>
      <div className="space-y-4 p-5">
        {changes.modules.length === 0 ? (
          <p className="text-sm text-slate-600">{L.changesNone}</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">{L.changesIntro(sequence)}</p>
            {changes.modules.map((module) => (
              <ModuleChanges key={module.scope} module={module} files={files} />
            ))}
          </>
        )}
      </div>
    </section>
  );
}

function ModuleChanges({ module, files }: { module: ModuleDiff; files: AttachmentView[] }) {
  const headingId = `changes-${module.scope}`;
  return (
    <section
      aria-labelledby={headingId}
      data-changed-module={module.scope}
      className="rounded-md border border-slate-200"
    >
      <h3
        id={headingId}
        className="border-b border-slate-100 bg-slate-50 px-4 py-2 text-sm font-semibold text-slate-900"
      >
        {module.label}
      </h3>
      <div className="space-y-3 p-4">
        {module.fields.length > 0 && <FieldChanges label={module.label} fields={module.fields} />}
        {module.entriesAdded.map((e) => (
          <EntryChanges key={`added-${e.entryId}`} entry={e} kind="added" />
        ))}
        {module.entriesChanged.map((e) => (
          <EntryChanges key={`changed-${e.entryId}`} entry={e} kind="changed" />
        ))}
        {module.entriesRemoved.map((e) => (
          <EntryChanges key={`removed-${e.entryId}`} entry={e} kind="removed" />
        ))}
        {module.filesAdded.length > 0 && <FileChanges kind="added" changes={module.filesAdded} files={files} />}
        {module.filesRemoved.length > 0 && <FileChanges kind="removed" changes={module.filesRemoved} files={files} />}
      </div>
    </section>
  );
}

const shown = (value: string | null) =>
  value === null ? (
    <span className="text-slate-500">{L.empty}</span>
  ) : (
    <span className="whitespace-pre-wrap">{value}</span>
  );

/** Field by field: 修改前 struck through, 修改后 in green. */
function FieldChanges({ label, fields }: { label: string; fields: FieldChange[] }) {
  return (
    <table aria-label={label} className="w-full table-fixed text-sm">
      <thead className="text-left text-xs text-slate-500">
        <tr>
          <th scope="col" className="w-1/5 pb-1 font-medium">
            {L.fieldColumn}
          </th>
          <th scope="col" className="pb-1 font-medium">
            {L.beforeColumn}
          </th>
          <th scope="col" className="pb-1 font-medium">
            {L.afterColumn}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {fields.map((f) => (
          <tr key={f.key} data-field={f.key}>
            <th scope="row" className="py-1.5 pr-3 text-left align-top font-normal text-slate-600">
              {f.label}
            </th>
            <td className="break-words py-1.5 pr-3 align-top text-slate-500 line-through decoration-red-400">
              {shown(f.before)}
            </td>
            <td className="break-words py-1.5 align-top font-medium text-green-800">{shown(f.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const entryKinds: Record<"added" | "removed" | "changed", { label: string; tone: BadgeTone }> = {
  added: { label: L.entryAdded, tone: "green" },
  removed: { label: L.entryRemoved, tone: "red" },
  changed: { label: L.entryChanged, tone: "amber" },
};

function EntryChanges({ entry, kind }: { entry: EntryChange; kind: keyof typeof entryKinds }) {
  const { label, tone } = entryKinds[kind];
  const title = entry.title || L.untitled;
  return (
    <div data-entry-change={kind} className="rounded border border-slate-100 bg-slate-50/60 px-3 py-2">
      <p className="mb-1 flex items-center gap-2 text-sm">
        <Badge tone={tone}>{label}</Badge>
        <span className={`font-medium text-slate-900 ${kind === "removed" ? "line-through" : ""}`}>{title}</span>
      </p>
      {kind === "changed" && <FieldChanges label={title} fields={entry.fields} />}
      {kind === "added" && (
        <dl className="grid gap-x-6 gap-y-1 text-xs sm:grid-cols-2">
          {entry.fields
            .filter((f) => f.after !== null)
            .map((f) => (
              <div key={f.key} className="flex gap-1">
                <dt className="shrink-0 text-slate-500">{f.label}：</dt>
                <dd className="text-slate-800">{f.after}</dd>
              </div>
            ))}
        </dl>
      )}
    </div>
  );
}

function FileChanges({
  kind,
  changes,
  files,
}: {
  kind: "added" | "removed";
  changes: FileChange[];
  files: AttachmentView[];
}) {
  const added = kind === "added";
  return (
    <div data-file-change={kind}>
      <p className="mb-1 flex items-center gap-2 text-sm">
        <Badge tone={added ? "green" : "red"}>{added ? L.fileAdded : L.fileRemoved}</Badge>
      </p>
      <ul className="space-y-1 text-sm">
        {changes.map((change) => {
          const file = added ? files.find((f) => f.id === change.id) : undefined;
          return (
            <li key={`${change.id}-${change.sha256}`} className="flex flex-wrap items-baseline gap-2">
              <span className="text-slate-500">{change.slotLabel}：</span>
              {file ? (
                <FileLinks files={[file]} />
              ) : (
                <span className={added ? "text-slate-800" : "text-slate-500 line-through"}>{change.name}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
