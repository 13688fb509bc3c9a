"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { actionErrorMessage } from "@/components/ui/server-error";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { labelOf, roleKinds } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { commonLabels } from "../messages";
import { GrantRoleForm } from "./grant-role-form";
import { roleLabels as L } from "./labels";

/** One person's active roles, with 撤销 per role and a form to grant another. */
export function PersonRolesPanel({
  userId,
  onMessage,
}: {
  userId: string;
  onMessage: (tone: "success" | "error", text: string) => void;
}) {
  const person = api.admin.roles.personRoles.useQuery({ userId });
  const me = api.me.get.useQuery();
  const utils = api.useUtils();
  const revoke = api.admin.roles.revoke.useMutation();

  async function revokeRole(assignmentId: string, roleLabel: string) {
    try {
      await revoke.mutateAsync({ assignmentId });
      onMessage("success", L.revoked(roleLabel));
    } catch (e) {
      onMessage("error", actionErrorMessage(e));
    } finally {
      await utils.admin.invalidate();
    }
  }

  if (!person.data) {
    return (
      <Panel title={L.manage}>
        {person.error ? (
          <Alert tone="error">{person.error.message}</Alert>
        ) : (
          <p className="text-sm text-slate-500">{commonLabels.loading}</p>
        )}
      </Panel>
    );
  }
  const p = person.data;
  return (
    <Panel title={L.personRolesTitle(p.name)} labelledBy="person-roles-title">
      <div className="space-y-5">
        <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-sm sm:grid-cols-[6rem_1fr_6rem_1fr]">
          <dt className="text-slate-500">{L.idCard}</dt>
          <dd className="font-mono">{p.idCardMasked}</dd>
          <dt className="text-slate-500">{L.signInStatus}</dt>
          <dd>
            {p.signedIn ? <Badge tone="green">{L.signedIn}</Badge> : <Badge tone="amber">{L.notSignedIn}</Badge>}
            {p.lastSignInAt && <span className="ml-2 text-xs text-slate-500">{formatDateTime(p.lastSignInAt)}</span>}
          </dd>
        </dl>
        <Table label={L.rolesTable}>
          <THead>
            <Th>{L.role}</Th>
            <Th>{L.scope}</Th>
            <Th>{L.grantedAt}</Th>
            <Th>{L.grantedBy}</Th>
            <Th className="w-20">{L.actions}</Th>
          </THead>
          <TBody>
            {p.roles.length === 0 ? (
              <TableMessage colSpan={5}>{L.noActiveRoles}</TableMessage>
            ) : (
              p.roles.map((r) => {
                const roleLabel = labelOf(roleKinds, r.role);
                const ownAdmin = r.role === "ADMIN" && me.data?.id === p.id;
                return (
                  <tr key={r.id}>
                    <Td kind="title">
                      <Badge tone={r.role === "ADMIN" ? "red" : "blue"}>{roleLabel}</Badge>
                    </Td>
                    <Td label={L.scope}>{r.scopeName ?? L.globalScope}</Td>
                    <Td label={L.grantedAt} className="text-slate-500">
                      {formatDateTime(r.grantedAt)}
                    </Td>
                    <Td label={L.grantedBy}>{r.grantedByName ?? "—"}</Td>
                    <Td kind="actions">
                      <Button
                        variant="danger"
                        size="sm"
                        disabled={ownAdmin}
                        title={ownAdmin ? L.ownAdmin : undefined}
                        pending={revoke.isPending && revoke.variables?.assignmentId === r.id}
                        onClick={() => revokeRole(r.id, roleLabel)}
                      >
                        {L.revoke}
                      </Button>
                    </Td>
                  </tr>
                );
              })
            )}
          </TBody>
        </Table>
        <div className="border-t border-slate-100 pt-4">
          <GrantRoleForm
            key={p.id}
            userId={p.id}
            personName={p.name}
            onGranted={(text) => onMessage("success", text)}
          />
        </div>
      </div>
    </Panel>
  );
}
