import { PageTitle } from "@/components/page-title";

export default function AdminHome() {
  return <PageTitle title="管理后台" />;
}
