import { app } from './app.ts'
import { convertReport } from './convert.ts'
import { sampleCells, sampleHtml, sampleLayout, sampleRaw, sampleText } from './prime-samples.ts'

/**
 * Warms the pipeline while the isolate starts, so that a user's first request does not pay for it.
 * The first conversion in a fresh isolate costs several times a steady one (the engine compiles the code
 * on first use; OpenCC, the HTML parser and the schemas touch their tables for the first time): measured
 * by `npm run bench` (Node) and `npm run bench:worker` (workerd), see docs/performance.md. The start-up of
 * an isolate has a budget of its own (1 s) that this stays far inside.
 *
 * The tiny samples take every stage: bytes and a string, HTML and text, Traditional characters (OpenCC), a
 * table the matcher reads, the schema, the checks and JSON.stringify of the answer. The whole reports
 * (src/prime-samples.ts) then run the matcher over every label of both versions, often enough to be optimised.
 */
export const SAMPLES: readonly string[] = [
  '<h1>某縣人民政府2021年政府信息公開工作年度報告</h1><p>一、總體情況</p><p>本年度共新收政府信息公開申請3件。</p>' +
    '<p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>' +
    '<tr><td>规章</td><td>1</td><td>0</td><td>2</td></tr></table>',
  '某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n' +
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t2\n',
]

/**
 * Whole reports of both versions, written from the model: as text and HTML, and as a print's text comes from
 * pdftotext (columns set by spaces, reading order, one cell a line), whose code text and HTML do not reach.
 * With the print forms a new isolate's first report cost 13–16 ms CPU where it cost 19–28 (workerd, four
 * inputs not used to write them: `npm run bench:worker`; docs/performance.md), for ~60 ms more at start-up.
 */
export const REPORTS: readonly string[] = (['2019', '2021'] as const).flatMap((v) => [sampleText(v), sampleHtml(v), sampleLayout(v), sampleRaw(v), sampleCells(v)])
/**
 * Rounds of the whole reports. In fresh Node processes (2026-12-01, medians of 15): none — start 29 ms, a
 * first real report 57 ms; one — 135 ms, 37 ms; three — 270 ms, 51 ms. More rounds cost start-up and buy nothing.
 */
export const ROUNDS = 1

export function prime(): void {
  // Hono builds its router's matchers on the first request it routes (all routes into one expression).
  app.router.match('POST', '/v1/convert')
  const encoder = new TextEncoder()
  const samples = [...SAMPLES]
  for (let round = 0; round < ROUNDS; round++) samples.push(...REPORTS)
  for (const sample of samples) {
    try {
      JSON.stringify(convertReport(encoder.encode(sample)))
    } catch {
      // Warming is an optimisation: a sample that no longer converts must never keep the Worker from starting.
    }
  }
}
