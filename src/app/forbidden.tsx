import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border border-red-200 bg-white p-8 text-center shadow-sm">
      <p className="text-5xl font-bold text-red-600">403</p>
      <h1 className="mt-4 text-xl font-semibold">无权访问</h1>
      <p className="mt-2 text-slate-600">您的账号没有访问此页面所需的角色。如需开通，请联系系统管理员。</p>
      <Link href="/hall" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        返回个人网厅
      </Link>
    </div>
  );
}
