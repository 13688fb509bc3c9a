import { Button } from "@/components/ui/button";
import { formLabels as L } from "./labels";
import { ModulePanel } from "./module-panel";

/** 破格推荐专家 before 基本信息 is saved with 破格 and 「两名专家推荐破格」: why it is not open yet. */
export function ExpertsGate({ onGoToBasicInfo }: { onGoToBasicInfo: () => void }) {
  return (
    <ModulePanel module="exceptionalExperts">
      <div className="space-y-3 text-sm text-slate-700">
        <p>{L.expertsNeedBasicInfo}</p>
        <Button variant="secondary" onClick={onGoToBasicInfo}>
          {L.goToBasicInfo}
        </Button>
      </div>
    </ModulePanel>
  );
}
