"use client";

import { useState } from "react";
import { Card } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { actionErrorMessage } from "@/components/ui/server-error";
import { api } from "@/trpc/react";
import { BindingHistory } from "./binding-history";
import { CreditCodeSearchForm } from "./credit-code-search-form";
import { type CurrentBinding, CurrentBindingCard } from "./current-binding-card";
import { FoundUnitCard } from "./found-unit-card";
import { bindingLabels as L } from "./labels";
import { UnitCodeHelp } from "./unit-name-search";
import { useCreditCodeSearch } from "./use-credit-code-search";

type Flash = { tone: "success" | "error"; text: string };

/** 个人绑定单位: the current state, 查询 → 绑定 / 解除绑定, and the 绑定记录 below. */
export function BindingCenter({ initialCurrent }: { initialCurrent: CurrentBinding }) {
  const [searched, setSearched] = useState<string | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  const search = useCreditCodeSearch({
    onStart: () => {
      setSearched(null);
      setFlash(null);
    },
    onFound: setSearched,
  });
  const lookup = api.binding.lookup.useQuery({ creditCode: searched ?? "" }, { enabled: searched !== null });

  return (
    <div className="space-y-6">
      <CurrentBindingCard initial={initialCurrent} />
      <Card title={L.searchTitle}>
        <div className="space-y-4">
          <p className="text-sm text-slate-600">{L.rule}</p>
          <CreditCodeSearchForm search={search} />
          <UnitCodeHelp onUseCode={search.search} />
          {flash && <Alert tone={flash.tone}>{flash.text}</Alert>}
          {searched && lookup.error && <Alert tone="error">{actionErrorMessage(lookup.error)}</Alert>}
          {searched && lookup.data && (
            <FoundUnitCard
              result={lookup.data}
              onDone={(text) => setFlash({ tone: "success", text })}
              onFailed={(text) => setFlash({ tone: "error", text })}
              onSearch={search.search}
            />
          )}
        </div>
      </Card>
      <BindingHistory />
    </div>
  );
}
