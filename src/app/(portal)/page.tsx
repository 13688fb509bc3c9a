import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";

/** 网上办事大厅: the public home with the service entries. */
const services: { title: string; text: string; href: string | null }[] = [
  { title: "职称评审申报", text: "查看申报通知，在线填报职称评审材料并跟踪审核进度", href: "/hall/apply" },
  { title: "个人绑定单位", text: "通过统一社会信用代码绑定推荐单位，申报前须完成绑定", href: "/hall/binding" },
  { title: "评审结果公示", text: "查看评委会评审通过、正在公示的人员，对公示对象提出异议", href: "/publicity" },
  { title: "我的证书", text: "查看和下载本人的职称证书", href: "/hall/certificates" },
  { title: "证书查询", text: "按证书编号和持证人姓名核验职称证书真伪", href: "/certificates" },
];

export default async function PortalHome({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  const [user, { signedOut }] = await Promise.all([getCurrentUser(), searchParams]);
  return (
    <div className="space-y-8">
      {signedOut && (
        <p role="status" className="rounded border border-green-200 bg-green-50 px-4 py-2 text-green-800">
          您已安全退出。
        </p>
      )}
      <section className="rounded-xl bg-gradient-to-r from-brand-700 to-brand-500 px-8 py-10 text-white shadow">
        <h1 className="text-3xl font-bold">网上办事大厅</h1>
        <p className="mt-2 text-brand-100">职称申报评审及证书管理 · 个人网厅</p>
        <div className="mt-6">
          {user ? (
            <Link
              href="/hall"
              className="rounded bg-white px-5 py-2 font-medium text-brand-700 shadow hover:bg-brand-50"
            >
              进入个人网厅
            </Link>
          ) : (
            <Link
              href="/login?callbackUrl=%2Fhall"
              className="rounded bg-white px-5 py-2 font-medium text-brand-700 shadow hover:bg-brand-50"
            >
              个人账号登录入口
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="services">
        <h2 id="services" className="mb-4 text-lg font-semibold">
          服务事项
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {services.map((s) => (
            <li key={s.title}>
              {s.href ? (
                <Link
                  href={s.href}
                  className="block h-full rounded-lg border bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow"
                >
                  <h3 className="font-semibold text-brand-700">{s.title}</h3>
                  <p className="mt-2 text-sm text-slate-600">{s.text}</p>
                </Link>
              ) : (
                <div className="h-full rounded-lg border bg-white p-5 opacity-70 shadow-sm" aria-disabled="true">
                  <h3 className="font-semibold text-slate-600">
                    {s.title}
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-500">
                      即将开放
                    </span>
                  </h3>
                  <p className="mt-2 text-sm text-slate-500">{s.text}</p>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
