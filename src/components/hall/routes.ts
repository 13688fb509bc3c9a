/** Pages of the personal hall that link to each other. */
export const hallRoutes = {
  hall: "/hall",
  /** 个人绑定单位 */
  binding: "/hall/binding",
  /** 专业技术职称评审申报 */
  apply: "/hall/apply",
  /** A published notice: its facts and 申报注意事项 */
  notice: (id: string) => `/hall/notices/${id}`,
  application: (id: string) => `/hall/applications/${id}`,
  /** 进度跟踪 of a submitted application */
  progress: (id: string) => `/hall/applications/${id}/progress`,
  /** 我的证书 */
  certificates: "/hall/certificates",
} as const;
