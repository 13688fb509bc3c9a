import { raw } from "./html";

// Inline so the provider serves no static files and every page is one response; the CSP allows
// exactly this stylesheet by its hash (http/security-headers.ts).
export const styles = raw(`
*{box-sizing:border-box}
body{margin:0;background:#eef3f9;color:#1f2d3d;font:14px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif}
a{color:#1d5fbf;text-decoration:none}a:hover,p a,li a,dd a,.notice a{text-decoration:underline}
.top{background:linear-gradient(90deg,#0d4aa6,#1d6fd8);color:#fff;box-shadow:0 2px 6px rgba(13,74,166,.3)}
.top .inner{max-width:1100px;margin:0 auto;padding:14px 24px;display:flex;align-items:center;gap:14px}
.emblem{width:40px;height:40px;border-radius:50%;background:#fff;color:#c8161d;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:18px;flex:none}
.top h1{margin:0;font-size:22px;letter-spacing:2px;font-weight:600}
.top .sub{font-size:12px;opacity:.85;letter-spacing:1px}
main{max-width:1100px;margin:0 auto;padding:40px 24px;display:flex;justify-content:center}
.card{background:#fff;width:440px;max-width:100%;border-radius:6px;box-shadow:0 4px 18px rgba(31,45,61,.1);overflow:hidden}
.card.wide{width:760px}
.card-head{padding:18px 28px;border-bottom:1px solid #e4eaf2;font-size:18px;font-weight:600;color:#0d4aa6}
.card-body{padding:24px 28px}
.tabs{display:flex;border-bottom:1px solid #e4eaf2}
.tabs label{flex:1;text-align:center;padding:12px 0;cursor:pointer;color:#5a6b7d;border-bottom:2px solid transparent}
.tab-input{position:absolute;opacity:0;pointer-events:none}
.panel{display:none}
#tab-password:checked~.tabs label[for=tab-password],#tab-qr:checked~.tabs label[for=tab-qr]{color:#0d4aa6;border-bottom-color:#0d4aa6;font-weight:600}
#tab-password:checked~.panels .panel-password,#tab-qr:checked~.panels .panel-qr{display:block}
.field{margin-bottom:16px}
.field label{display:block;margin-bottom:6px;color:#3c4b5c}
.req{color:#d9363e;margin-right:2px}
.field input{width:100%;height:40px;padding:0 12px;border:1px solid #c9d4e2;border-radius:4px;font-size:14px;outline:none;background:#fff}
.field input:focus{border-color:#1d6fd8;box-shadow:0 0 0 2px rgba(29,111,216,.15)}
.field.invalid input{border-color:#d9363e}
.field .error{color:#d9363e;font-size:13px;margin-top:4px}
.field .hint{color:#5a6b7d;font-size:12px;margin-top:4px}
.captcha-row{display:flex;gap:10px;align-items:center}
.captcha-row input{flex:1}
.captcha-img{flex:none;width:120px;height:40px;padding:0;border:1px solid #c9d4e2;border-radius:4px;background:#f2f6fc;cursor:pointer;overflow:hidden}
.captcha-img svg{display:block}
.btn{display:inline-block;width:100%;height:42px;border:0;border-radius:4px;background:#1d6fd8;color:#fff;font-size:16px;letter-spacing:4px;cursor:pointer}
.btn:hover{background:#0d4aa6}
.btn-link{display:block;line-height:42px;text-decoration:none}a.btn-link:hover{text-decoration:none}
.btn.secondary{background:#fff;color:#5a6b7d;border:1px solid #c9d4e2;letter-spacing:2px}
.btn-row{display:flex;gap:12px}
.btn-row.reverse{flex-direction:row-reverse}
.links{display:flex;justify-content:space-between;margin-top:14px;font-size:13px}
.notice{padding:10px 14px;border-radius:4px;margin-bottom:16px;font-size:13px}
.notice.success{background:#edf7ed;color:#1e6b34;border:1px solid #b7dfb9}
.notice.error{background:#fdeeee;color:#a8262d;border:1px solid #f3c1c3}
.notice.info{background:#eef5fe;color:#1d4f91;border:1px solid #c3daf7}
.qr-box{position:relative;width:200px;height:200px;margin:8px auto 12px;border:1px solid #e4eaf2;padding:8px;background:#fff}
.qr-box svg{width:100%;height:100%;display:block}
.qr-mask{display:none;position:absolute;inset:0;background:rgba(255,255,255,.94);flex-direction:column;align-items:center;justify-content:center;gap:8px;color:#3c4b5c}
.qr-box.expired .qr-mask{display:flex}
.qr-tip{text-align:center;color:#5a6b7d}
.qr-status{text-align:center;color:#1e6b34;min-height:22px}
.requester{display:grid;grid-template-columns:auto 1fr;gap:6px 14px;margin:0 0 10px;padding:12px 14px;background:#f5f8fc;border:1px solid #e4eaf2;border-radius:4px}
.requester dt{color:#5a6b7d}
.requester dd{margin:0;font-weight:600;color:#1f2d3d;word-break:break-all}
.center{text-align:center}
.muted{color:#5a6b7d;font-size:12px}
table{width:100%;border-collapse:collapse}
th,td{border-bottom:1px solid #e4eaf2;padding:8px 10px;text-align:left;vertical-align:top}
th{background:#f5f8fc;color:#3c4b5c;font-weight:600;white-space:nowrap}
footer{text-align:center;color:#5a6b7d;font-size:12px;padding:0 24px 32px}
`);
