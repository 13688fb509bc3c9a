"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/inputs";
import { api } from "@/trpc/react";
import { BindingRequestsPanel } from "./binding-requests-panel";
import { unitLabels as L } from "./labels";
import { type ReviewerUnit, UnitInfoCard } from "./unit-info-card";
import { UnitMembersPanel } from "./unit-members-panel";

type Tab = "requests" | "members";
type Flash = { tone: "success" | "error"; text: string };

const tabs: { key: Tab; label: string }[] = [
  { key: "requests", label: L.requestsTab },
  { key: "members", label: L.membersTab },
];

/** 单位工作台: one of the reviewer's units at a time, its 绑定申请 and 本单位人员. */
export function UnitWorkspace({ units }: { units: ReviewerUnit[] }) {
  const [unitId, setUnitId] = useState(units[0]!.id);
  const [tab, setTab] = useState<Tab>("requests");
  const [flash, setFlash] = useState<Flash | null>(null);
  const unit = units.find((u) => u.id === unitId) ?? units[0]!;
  const pendingCount = api.unitReview.pendingBindings.useQuery({ unitId: unit.id, page: 1, pageSize: 1 }).data?.total;

  return (
    <div className="space-y-6">
      {units.length > 1 && (
        <Field id="unit-switcher" label={L.switcher} className="max-w-sm">
          <Select
            id="unit-switcher"
            value={unit.id}
            onChange={(e) => {
              setUnitId(e.target.value);
              setFlash(null);
            }}
          >
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <UnitInfoCard unit={unit} />

      <div>
        <div role="tablist" aria-label={L.tabs} className="flex gap-1 border-b border-slate-200">
          {tabs.map((t) => (
            <button
              key={t.key}
              id={`unit-tab-${t.key}`}
              type="button"
              role="tab"
              aria-selected={tab === t.key}
              aria-controls={`unit-panel-${t.key}`}
              onClick={() => {
                setTab(t.key);
                setFlash(null);
              }}
              className="-mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-4 py-2 text-sm text-slate-600 hover:text-slate-900 aria-selected:border-brand-600 aria-selected:font-medium aria-selected:text-brand-700"
            >
              {t.label}
              {t.key === "requests" && pendingCount ? <Badge tone="amber">{pendingCount}</Badge> : null}
            </button>
          ))}
        </div>
        <div id={`unit-panel-${tab}`} role="tabpanel" aria-labelledby={`unit-tab-${tab}`} className="space-y-4 pt-4">
          {flash && <Alert tone={flash.tone}>{flash.text}</Alert>}
          {tab === "requests" ? (
            <BindingRequestsPanel
              key={unit.id}
              unitId={unit.id}
              onDone={(text) => setFlash({ tone: "success", text })}
              onFailed={(text) => setFlash({ tone: "error", text })}
            />
          ) : (
            <UnitMembersPanel key={unit.id} unitId={unit.id} />
          )}
        </div>
      </div>
    </div>
  );
}
