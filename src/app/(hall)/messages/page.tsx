import { notificationLabels as L } from "@/components/notifications/labels";
import { MessageCentre } from "@/components/notifications/message-centre";
import { PageTitle } from "@/components/page-title";

/** 消息中心: every signed-in person's messages (the hall layout requires sign-in). */
export default function MessagesPage() {
  return (
    <div>
      <PageTitle title={L.title} subtitle={L.subtitle} />
      <MessageCentre />
    </div>
  );
}
