import { REPORT_EXTENSIONS, REPORT_MEDIA_TYPES } from '../input/media-types.ts'

/** The file picker offers what the API reads, by name and by type (the page's script checks a dropped file against it). */
const ACCEPT = [...Object.keys(REPORT_EXTENSIONS), ...Object.keys(REPORT_MEDIA_TYPES)].join(',')

/**
 * The page's markup (SPEC §5). Static: it holds no report text, so nothing here is ever built from
 * input. The script (public/page/main.js, an ES module) fills the result in with textContent only.
 *
 * Without JavaScript the form still works: it posts to /v1/convert as multipart/form-data (field
 * `content` or `file`) and the browser shows the JSON.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开工作年度报告 → JSON</title>
<link rel="icon" href="/page/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/page/page.css">
<script type="module" src="/page/main.js"></script>
</head>
<body>
<a class="skip" href="#content">跳到输入框</a>
<header class="site">
  <h1>政府信息公开工作年度报告 → JSON</h1>
  <p>粘贴一份年度报告（网页 HTML 或文本，简体或繁体），或选择 .html / .htm / .txt / .pdf / .docx 文件：三张表逐格读出，并核对报告自身的勾稽关系。</p>
</header>
<main>
  <form id="convert-form" class="input-panel" method="post" action="/v1/convert" enctype="multipart/form-data">
    <label for="content" class="field-label">报告全文</label>
    <textarea id="content" name="content" rows="10" spellcheck="false" autocomplete="off"
      placeholder="在此粘贴报告全文，或把 .html / .htm / .txt / .pdf / .docx 文件拖到这里" aria-describedby="input-hint"></textarea>
    <p id="input-hint" class="hint">按 <kbd>Ctrl</kbd>+<kbd>Enter</kbd> 转换。文件可拖放到本区域；GBK、Big5 等编码的网页按其声明的字符集读取。</p>
    <div class="actions">
      <label class="button secondary file-button">
        <span>选择文件…</span>
        <input type="file" id="file" name="file" accept="${ACCEPT}">
      </label>
      <span id="file-chip" class="file-chip" hidden>
        <span id="file-name"></span>
        <button type="button" id="file-clear" class="link-button" aria-label="不用此文件">✕</button>
      </span>
      <button type="submit" id="convert" class="button primary">转换</button>
    </div>
    <p id="status" class="status" role="status" aria-live="polite"></p>
    <div id="error" class="error" role="alert" hidden></div>
  </form>

  <section id="result" class="result" hidden aria-labelledby="report-title">
    <div class="result-main">
      <header class="report-header">
        <h2 id="report-title" tabindex="-1"></h2>
        <dl id="report-fields" class="fields"></dl>
      </header>
      <section id="checks" class="checks" aria-labelledby="checks-title">
        <h3 id="checks-title">勾稽关系</h3>
        <p id="checks-summary"></p>
        <ol id="checks-failed" class="failed-list"></ol>
        <div id="checks-skipped"></div>
      </section>
      <section id="warnings" class="warnings" aria-labelledby="warnings-title" hidden>
        <h3 id="warnings-title">提示</h3>
        <ul id="warnings-list"></ul>
      </section>
      <div id="tables" class="tables"></div>
      <section id="source-view" class="source-view" aria-labelledby="source-title" aria-live="polite" hidden>
        <h3 id="source-title">出处</h3>
        <p id="source-where"></p>
        <pre id="source-text" class="source-text"></pre>
      </section>
      <p class="legend">
        <span class="legend-item"><span class="swatch blank" aria-hidden="true"></span>报告中空白</span>
        <span class="legend-item"><span class="swatch unread" aria-hidden="true"></span>未能可靠读取</span>
        <span class="legend-item"><span class="swatch fail" aria-hidden="true"></span>勾稽关系不符</span>
      </p>
      <div id="narrative" class="narrative"></div>
    </div>
    <aside class="json-panel" aria-labelledby="json-title">
      <div class="json-bar">
        <h3 id="json-title">JSON</h3>
        <button type="button" id="copy-json" class="button secondary">复制</button>
        <button type="button" id="download-json" class="button secondary">下载 JSON</button>
        <button type="button" id="download-csv" class="button secondary" hidden>下载 CSV</button>
      </div>
      <pre id="json" class="json" tabindex="0" aria-label="转换结果 JSON"></pre>
    </aside>
  </section>
</main>
<footer class="site">
  <p>接口：<code>POST /v1/convert</code> · <a href="/v1/schema">JSON Schema</a></p>
</footer>
</body>
</html>
`
