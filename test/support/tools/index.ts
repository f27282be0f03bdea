/** The real-tools harness in one import, for the tests and for scripts/score-tools.mjs (which bundles it). */
export { BrowserTools } from './browser.ts'
export { browserCases, officeCases, officePdfCases, pdfCases, source, TOOL_SHAPES, type Source, type ToolCase, type ToolFamily, type ToolShape } from './cases.ts'
export { reportDocx } from './docx.ts'
export { hasPdftotext, pdftotext } from './pdftotext.ts'
export { printHtml } from './print-html.ts'
export { addScores, readShare, scoreCase, type CellScore, type Convert } from './score.ts'
export { hasSoffice, officeText } from './soffice.ts'
export { hasChromium } from '../chromium.ts'
