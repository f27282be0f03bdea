// @ts-check
/**
 * Every error code of the API (SPEC §4) — and the few the page finds itself — as a sentence that says
 * what happened and what to do. The server's own (English) message and the request id follow it.
 */

/**
 * @typedef {{ code: string, status?: number, message?: string, requestId?: string, year?: number, fileName?: string }} PageError
 */

/** @type {Record<string, (e: PageError) => string>} */
const MESSAGES = {
  empty_body: () => '没有收到内容。请粘贴报告全文，或选择一个文件。',
  invalid_json: () => '请求无法解析（JSON 格式有误）。请刷新页面后重试。',
  missing_content: () => '内容为空。请粘贴报告全文，或选择一个报告文件（.html / .htm / .txt / .pdf / .docx）。',
  undecodable: () => '无法读出这份内容的文字编码（UTF-8、GBK、GB18030、Big5 都不符）。请在浏览器中打开原网页，复制全文后粘贴到这里。',
  unauthorized: () => '转换服务要求身份验证，本页面无法调用它。',
  not_found: () => '找不到转换服务的地址。',
  payload_too_large: () => '内容太大，超过了转换服务的大小上限（默认 5 MB）。请只粘贴报告本身，或保存网页时不带图片和附件。',
  unsupported_media_type: () => '不支持这种文件。请粘贴文本，或上传 .html / .htm / .txt / .pdf / .docx 文件（旧版 Word 的 .doc 请先另存为 .docx）。',
  not_a_report: () => '这似乎不是政府信息公开工作年度报告：既没有找到标准表格，也没有找到报告标题。',
  unsupported_format: (e) =>
    `这是${e.year ? ` ${e.year} 年度的` : '一份 2019 年以前的'}报告。2019 年以前的年度报告没有统一的表格格式，暂不支持转换。`,
  internal: () => '转换器内部出错。错误已记录（不含文档内容）；请稍后再试，或报告此问题并附上请求编号。',
  network: () => '无法连接转换服务。请检查网络或服务是否在运行，然后重试。',
  bad_response: (e) => `转换服务返回了无法识别的响应（HTTP ${e.status ?? '?'}）。`,
  page_error: () => '本页面的脚本出错，无法显示这个结果。请刷新页面后重试；接口 POST /v1/convert 仍可直接使用。',
  nothing_to_convert: () => '请先粘贴报告全文，或选择一个报告文件（.html / .htm / .txt / .pdf / .docx）。',
  wrong_file_type: (e) => `只支持 .html、.htm、.txt、.pdf、.docx 文件；“${e.fileName ?? ''}”不是这几种。`,
  no_text_layer: () => '这份 PDF 只有图片（扫描件），没有可读取的文字层。请上传带文字的 PDF，或报告的网页、Word 版本。',
  encrypted_document: () => '这份文件设有密码，无法读取。请上传未加密的版本。',
  too_many_pages: () => '这份 PDF 页数太多，超过了转换服务的上限（默认 50 页）。年度报告通常只有 5 到 20 页。',
}

/**
 * @param {PageError} error
 * @returns {{ title: string, detail: string }}
 */
export function describeError(error) {
  const say = MESSAGES[error.code]
  const title = say ? say(error) : `转换失败（${error.code}${error.status ? `，HTTP ${error.status}` : ''}）。`
  const detail = [
    error.message ? `服务说明：${error.message}` : '',
    error.requestId ? `请求编号：${error.requestId}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
  return { title, detail }
}

/** Codes the page can explain; the page's tests walk this list. */
export const EXPLAINED_CODES = Object.keys(MESSAGES)
