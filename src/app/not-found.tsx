import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border bg-white p-8 text-center shadow-sm">
      <p className="text-5xl font-bold text-slate-500">404</p>
      <h1 className="mt-4 text-xl font-semibold">页面不存在</h1>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        返回首页
      </Link>
    </div>
  );
}
