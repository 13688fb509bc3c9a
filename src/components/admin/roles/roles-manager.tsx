"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { labelOf, roleKinds } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { useFlash } from "../use-flash";
import { roleLabels as L } from "./labels";
import { PersonRolesPanel } from "./person-roles-panel";
import { RegisterPersonForm } from "./register-person-form";

const PAGE_SIZE = 10;

type Selection = { kind: "person"; userId: string } | { kind: "register" } | null;

export function RolesManager() {
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [selection, setSelection] = useState<Selection>(null);
  const { flash, success, error, clear } = useFlash();
  const people = api.admin.roles.searchPeople.useQuery({ q, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SearchBox
          id="people-search"
          label={L.search}
          placeholder={L.searchPlaceholder}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <Button
          onClick={() => {
            clear();
            setSelection({ kind: "register" });
          }}
        >
          {L.register}
        </Button>
      </div>
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
      <Table label={L.peopleTable}>
        <THead>
          <Th>{L.name}</Th>
          <Th>{L.idCard}</Th>
          <Th>{L.signInStatus}</Th>
          <Th>{L.currentRoles}</Th>
          <Th className="w-24">{L.actions}</Th>
        </THead>
        <TBody>
          {!people.data ? (
            <TableMessage colSpan={5}>{commonLabels.loading}</TableMessage>
          ) : people.data.items.length === 0 ? (
            <TableMessage colSpan={5}>{L.searchEmpty}</TableMessage>
          ) : (
            people.data.items.map((p) => (
              <tr key={p.id} className={selection?.kind === "person" && selection.userId === p.id ? "bg-brand-50" : "hover:bg-slate-50"}>
                <Td className="font-medium text-slate-900">{p.name}</Td>
                <Td className="font-mono text-xs">{p.idCardMasked}</Td>
                <Td>{p.signedIn ? <Badge tone="green">{L.signedIn}</Badge> : <Badge tone="amber">{L.notSignedIn}</Badge>}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {p.roles.length === 0 ? (
                      <span className="text-xs text-slate-400">{L.noRoles}</span>
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
                <Td>
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
            ))
          )}
        </TBody>
      </Table>
      {people.data && <Pagination page={page} pageSize={PAGE_SIZE} total={people.data.total} onPageChange={setPage} />}
    </div>
  );
}
