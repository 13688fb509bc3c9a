"use client";

import { useState } from "react";
import { EmptyState } from "@/components/page-title";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/inputs";
import { Panel } from "@/components/ui/panel";
import { ApplySteps } from "./apply-steps";
import { applyLabels as L } from "./labels";
import { NoticeNotes } from "./notice-notes";
import { NoticePicker } from "./notice-picker";
import type { OpenNotice } from "./open-notice";
import { RecommendingUnit, type RecommendingUnitView } from "./recommending-unit";

/**
 * 专业技术职称评审申报 as the manual walks it: read the notes and tick 条件自检, see the recommending
 * unit at the bottom, 「确认并开始申报」, then 「申报」 on a notice. The tick only gates the page;
 * the server checks the window and the binding again when 申报 is clicked.
 */
export function ApplyWizard({ notices, recommending }: { notices: OpenNotice[]; recommending: RecommendingUnitView }) {
  const [step, setStep] = useState<"check" | "pick">("check");
  const [confirmed, setConfirmed] = useState(false);

  if (step === "pick" && recommending?.approved) {
    return (
      <>
        <ApplySteps current={1} />
        <NoticePicker notices={notices} unitName={recommending.unit.name} onBack={() => setStep("check")} />
      </>
    );
  }

  const blockedBy =
    notices.length === 0
      ? L.blockedNoNotice
      : !recommending?.approved
        ? L.blockedNoUnit
        : !confirmed
          ? L.blockedNotConfirmed
          : null;

  return (
    <>
      <ApplySteps current={0} />
      <div className="space-y-6">
        <Panel title={L.notesTitle} labelledBy="apply-notes-title">
          {notices.length === 0 ? (
            <EmptyState>{L.noOpenNotices}</EmptyState>
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-slate-600">{L.notesIntro}</p>
              {notices.map((n, i) => (
                <NoticeNotes key={n.id} notice={n} open={i === 0} />
              ))}
              <div className="pt-2">
                <Checkbox
                  id="apply-conditions-confirmed"
                  label={L.confirm}
                  checked={confirmed}
                  onChange={(e) => setConfirmed(e.target.checked)}
                />
              </div>
            </div>
          )}
        </Panel>
        <Panel title={L.unitTitle} labelledBy="apply-unit-title">
          {recommending?.approved && <p className="mb-2 text-sm text-slate-600">{L.unitChosen}</p>}
          <RecommendingUnit recommending={recommending} />
        </Panel>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            disabled={blockedBy !== null}
            aria-describedby={blockedBy ? "apply-start-blocked" : undefined}
            onClick={() => setStep("pick")}
          >
            {L.startButton}
          </Button>
          {blockedBy && (
            <p id="apply-start-blocked" className="text-sm text-slate-500">
              {blockedBy}
            </p>
          )}
        </div>
      </div>
    </>
  );
}
