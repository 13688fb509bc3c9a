import { Alert } from "@/components/ui/alert";
import type { Flash } from "./use-flash";

export function FlashBanner({ flash }: { flash: Flash | null }) {
  return flash ? <Alert tone={flash.tone}>{flash.text}</Alert> : null;
}
