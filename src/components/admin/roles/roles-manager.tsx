"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { labelOf, roleKinds } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { AdminToolbar } from "../admin-toolbar";
import { FlashBanner } from "../flash-banner";
import { useFlash } from "../use-flash";
import { roleLabels as L } from "./labels";
import { PersonRolesPanel } from "./person-roles-panel";
import { RegisterPersonForm } from "./register-person-form";

const PAGE_SIZE = 10;

type Selection = { kind: "person"; userId: string } | { kind: "register" } | null;

export function RolesManager() {
  const list = useListState(PAGE_SIZE, { q: "" });
  const [selection, setSelection] = useState<Selection>(null);
  const { flash, success, error, clear } = useFlash();
  const people = api.admin.roles.searchPeople.useQuery(list.queryInput, { placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <AdminToolbar
        search={{
          id: "people-search",
          label: L.search,
          placeholder: L.searchPlaceholder,
          onSearch: (q) => list.filterBy({ q }),
        }}
        createLabel={L.register}
        onCreate={() => {
          clear();
          setSelection({ kind: "register" });
        }}
      />
      {selection?.kind === "register" && (
        <RegisterPersonForm
          onCancel={() => setSelection(null)}
          onRegistered={(userId, message) => {
            setSelection({ kind: "person", userId });
            success(message);
          }}
        />
      )}
      {selection?.kind === "person" && (
        <PersonRolesPanel
          key={selection.userId}
          userId={selection.userId}
          onMessage={(tone, text) => (tone === "success" ? success(text) : error(text))}
        />
      )}
      <PagedTable
        label={L.peopleTable}
        columns={[
          { label: L.name },
          { label: L.idCard },
          { label: L.signInStatus },
          { label: L.currentRoles },
          { label: L.actions, className: "w-24" },
        ]}
        data={people.data}
        emptyText={L.searchEmpty}
        paging={list}
        renderRow={(p) => (
          <tr
            key={p.id}
            className={selection?.kind === "person" && selection.userId === p.id ? "bg-brand-50" : "hover:bg-slate-50"}
          >
            <Td kind="title" className="font-medium text-slate-900">
              {p.name}
            </Td>
            <Td label={L.idCard} className="font-mono text-xs">
              {p.idCardMasked}
            </Td>
            <Td label={L.signInStatus}>
              {p.signedIn ? <Badge tone="green">{L.signedIn}</Badge> : <Badge tone="amber">{L.notSignedIn}</Badge>}
            </Td>
            <Td label={L.currentRoles}>
              {/* A role with its scope can be wider than a phone's card: there its badge may wrap. */}
              <div className="flex flex-wrap gap-1 max-md:[&>span]:whitespace-normal">
                {p.roles.length === 0 ? (
                  <span className="text-xs text-slate-500">{L.noRoles}</span>
                ) : (
                  p.roles.map((r) => (
                    <Badge key={r.id} tone={r.role === "ADMIN" ? "red" : "blue"}>
                      {labelOf(roleKinds, r.role)}
                      {r.scopeName ? ` · ${r.scopeName}` : ""}
                    </Badge>
                  ))
                )}
              </div>
            </Td>
            <Td kind="actions">
              <Button
                variant="link"
                aria-label={`${L.manage}：${p.name}`}
                onClick={() => {
                  clear();
                  setSelection({ kind: "person", userId: p.id });
                }}
              >
                {L.manage}
              </Button>
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
