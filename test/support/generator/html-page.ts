import type { Doc } from './doc.ts'
import { articleHtml, esc, type HtmlVariant } from './html-official.ts'
import * as L from './labels.ts'
import type { Random } from './random.ts'

/** A whole page around the article: a bare fragment, a plain page, a site's chrome, or a layout table. */
export function pageHtml(r: Random, doc: Doc, variant: HtmlVariant): string {
  const article = articleHtml(r, doc, variant)
  const title = doc.blocks.find((b) => b.kind === 'title')
  const headTitle = doc.headTitle ?? `${title && 'text' in title ? title.text.replace(/\n/g, '') : ''}_门户网站`
  const head = `<head><meta charset="utf-8"><title>${esc(headTitle)}</title><style>td{border:1px solid #ccc}</style><script>var a = "<p>一、总体情况</p>";</script></head>`
  if (variant === 'navigation') {
    const nav = `<div class="top">今天是${r.int(2019, 2026)}年${r.int(1, 12)}月${r.int(1, 28)}日 星期${r.pick(['一', '三', '五'])}</div><ul class="nav">${L.NAV_TOP.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul>\n<div class="crumb">${esc(r.pick(L.BREADCRUMB))}</div>`
    const side = `<div class="side"><h4>信息公开目录</h4><ul><li>机构职能</li><li>政策文件</li><li>政府信息公开年报</li></ul></div>`
    const footer = `<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div><div class="related"><h4>相关链接</h4><ul><li>国务院办公厅</li><li>省人民政府</li></ul></div>\n<div class="footer">${L.FOOTER.map((f) => `<p>${esc(f)}</p>`).join('')}</div>`
    return `<!DOCTYPE html><html>${head}<body>${nav}\n${r.bool() ? side : ''}\n<div class="article">\n${article}\n</div>\n${footer}</body></html>`
  }
  if (variant === 'nested') {
    const nav = `<table width="100%"><tr>${L.NAV_TOP.map((n) => `<td><a href="#">${n}</a></td>`).join('')}</tr></table>`
    return `<html>${head}<body>${nav}\n<table width="980" align="center"><tr><td>\n<table width="100%"><tr><td valign="top">\n${article}\n</td></tr></table>\n</td></tr><tr><td>${esc(L.FOOTER[1])}</td></tr></table></body></html>`
  }
  // A page whose only title is its <title> is always a whole page.
  return doc.headTitle !== undefined || r.bool() ? `<!DOCTYPE html><html>${head}<body>\n${article}\n</body></html>` : article
}
