import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { notificationLabels as L } from "@/components/notifications/labels";
import { PageTitle } from "@/components/page-title";
import { Table, TBody, Td, THead, Th } from "@/components/ui/table";
import { env } from "@/env";
import { formatDateTime } from "@/lib/datetime";
import { maskMobile } from "@/lib/mask";
import { devOutbox } from "@/server/notifier/dev-outbox";
import { devOutboxOpen } from "@/server/notifier/dev-outbox-access";

const [sentAtColumn, channelColumn, destinationColumn, titleColumn, bodyColumn] = L.devColumns;

/**
 * The development outbox: the SMS and e-mail the dev notifier kept instead of sending. Absent (404)
 * unless devOutboxOpen allows this request: development or test, the dev notifier, this machine.
 */
export default async function DevNotificationsPage() {
  const request = await headers();
  if (!devOutboxOpen(env(), { host: request.get("host"), forwardedFor: request.get("x-forwarded-for") })) notFound();
  const entries = devOutbox().recent();
  return (
    <div>
      <PageTitle title={L.devTitle} subtitle={L.devSubtitle} />
      {entries.length === 0 ? (
        <p className="rounded border border-dashed px-4 py-6 text-center text-sm text-slate-500">{L.devEmpty}</p>
      ) : (
        <Table label={L.devTable}>
          <THead>
            {L.devColumns.map((column) => (
              <Th key={column}>{column}</Th>
            ))}
          </THead>
          <TBody>
            {entries.map((entry) => (
              <tr key={`${entry.id}-${entry.sentAt.getTime()}`}>
                <Td label={sentAtColumn} className="whitespace-nowrap">
                  {formatDateTime(entry.sentAt)}
                </Td>
                <Td label={channelColumn}>{L.channels[entry.channel]}</Td>
                <Td label={destinationColumn} className="whitespace-nowrap">
                  {entry.channel === "SMS" ? maskMobile(entry.destination) : entry.destination}
                </Td>
                <Td label={titleColumn} className="font-medium text-slate-900">
                  {entry.title}
                </Td>
                <Td label={bodyColumn} className="whitespace-pre-line">
                  {entry.body}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
