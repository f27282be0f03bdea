import { describe, expect, it } from 'vitest'
import { CASES, fixture } from '../support/fixtures.ts'
import { valueAt } from '../support/oracle.ts'
import { post } from '../support/worker.ts'

const SEED = fixture('corpus/nansha-2020-mirror.txt')
const PINGTAN_2023 = fixture('corpus/06-pingtan-2023.txt')
const PINGTAN_2024 = fixture('corpus/09-pingtan-2024-article.html')

interface Item {
  id: string
  ok: boolean
  report?: { report: { organ: string; year: number } }
  error?: { code: string; message: string }
}
interface CrossYear {
  id: string
  status: string
  left: number | null
  right: number | null
  organ: string
  years: [number, number]
  documents: [string, string]
}
interface Batch {
  results: Item[]
  crossYear: CrossYear[]
  summary: { documents: number; converted: number; failed: number }
}

const batch = (documents: unknown, query = '') => post(`/v1/convert/batch${query}`, JSON.stringify({ documents }), 'application/json')

describe('POST /v1/convert/batch', () => {
  it('answers good and bad documents in order, each with its report or its error envelope', async () => {
    const res = await batch([
      { id: 'seed', content: SEED, contentType: 'text/plain' },
      { id: 'empty', content: '   ' },
      { id: 'prose', content: '这是一段普通的文字，不是年度报告。' },
      { id: 'old', content: '某某区人民政府2015年政府信息公开工作年度报告\n一、概述\n本年度…' },
      { content: PINGTAN_2024 },
    ])
    expect(res.status).toBe(200)
    const body = (await res.json()) as Batch
    expect(body.results.map((r) => [r.id, r.ok, r.error?.code ?? null])).toEqual([
      ['seed', true, null],
      ['empty', false, 'missing_content'],
      ['prose', false, 'not_a_report'],
      ['old', false, 'unsupported_format'],
      ['4', true, null],
    ])
    expect(body.results[0]?.report?.report.organ).toBe('广州市南沙区人民政府')
    expect(body.results[4]?.report?.report.organ).toBe('平潭综合实验区')
    for (const failed of body.results.filter((r) => !r.ok)) expect(failed.error?.message.length).toBeGreaterThan(10)
    expect(body.summary).toEqual({ documents: 5, converted: 2, failed: 3 })
    expect(body.crossYear).toEqual([])
  })

  it('gives each corpus report the same answer as POST /v1/convert would', async () => {
    const res = await batch(CASES.map((c) => ({ id: c.name, content: c.input, contentType: c.inputType === 'html' ? 'text/html' : 'text/plain' })))
    const body = (await res.json()) as Batch
    expect(body.results.map((r) => r.id)).toEqual(CASES.map((c) => c.name))
    for (const [i, c] of CASES.entries()) {
      const single = await (await post('/v1/convert', c.input, c.inputType === 'html' ? 'text/html' : 'text/plain')).json()
      expect(body.results[i]?.ok).toBe(true)
      expect(body.results[i]?.report).toEqual(single)
    }
  })

  it('checks one organ\'s consecutive years against each other (结转下年度 Y = 上年结转 Y+1), whatever their order', async () => {
    const res = await batch([
      { id: 'pt-2024', content: PINGTAN_2024 },
      { id: 'seed', content: SEED },
      { id: 'pt-2023', content: PINGTAN_2023 },
    ])
    const body = (await res.json()) as Batch
    expect(body.crossYear.map((c) => c.id)).toEqual([
      'crossYear.carriedForward.naturalPerson',
      'crossYear.carriedForward.commercialEnterprise',
      'crossYear.carriedForward.researchInstitution',
      'crossYear.carriedForward.socialWelfareOrganization',
      'crossYear.carriedForward.legalServiceAgency',
      'crossYear.carriedForward.otherOrganization',
      'crossYear.carriedForward.total',
    ])
    const oracle2023 = CASES.find((c) => c.name.endsWith('06-pingtan-2023'))?.expected
    const oracle2024 = CASES.find((c) => c.name.endsWith('09-pingtan-2024-article'))?.expected
    for (const check of body.crossYear) {
      const column = check.id.split('.').pop()
      expect(check).toMatchObject({ organ: '平潭综合实验区', years: [2023, 2024], documents: ['pt-2023', 'pt-2024'] })
      // Each side is the oracle's number, or null where the converter could not read the cell (then skipped).
      if (check.left !== null) expect(check.left).toBe(valueAt(oracle2024, `applications.rows.carriedOver.${column}`))
      if (check.right !== null) expect(check.right).toBe(valueAt(oracle2023, `applications.rows.carriedForward.${column}`))
      expect(check.status).toBe(check.left === null || check.right === null ? 'skipped' : check.left === check.right ? 'pass' : 'fail')
    }
    expect(body.crossYear.some((c) => c.left !== null)).toBe(true)
  })

  it('refuses more than 100 documents with 413 too_many_documents, in the error envelope', async () => {
    const res = await batch(Array.from({ length: 101 }, (_, i) => ({ id: String(i), content: 'x' })))
    expect(res.status).toBe(413)
    const body = (await res.json()) as { error: { code: string; message: string; limit: number; received: number; requestId: string } }
    expect(body.error).toMatchObject({ code: 'too_many_documents', limit: 100, received: 101 })
    expect(body.error.message).toContain('100')
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'))
  })

  it('refuses a body that is not a batch', async () => {
    const cases: [BodyInit, string, number, string][] = [
      ['', 'application/json', 400, 'empty_body'],
      ['{"documents": [', 'application/json', 400, 'invalid_json'],
      ['{"documents": []}', 'application/json', 400, 'invalid_batch'],
      ['{"content": "…"}', 'application/json', 400, 'invalid_batch'],
      [SEED, 'text/plain', 415, 'unsupported_media_type'],
    ]
    for (const [body, type, status, code] of cases) {
      const res = await post('/v1/convert/batch', body, type)
      expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([status, code])
    }
  })

  it('answers format=csv with one line per document, a failed one by its id and error code', async () => {
    const res = await batch([{ id: 'seed', content: SEED }, { id: 'prose', content: '不是报告' }], '?format=csv')
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await res.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]?.startsWith('id,error.code,report.title,report.organ,report.year,')).toBe(true)
    expect(lines[1]).toMatch(/^seed,,广州市南沙区人民政府2020年政府信息公开工作年度报告,广州市南沙区人民政府,2020,/)
    expect(lines[2]).toBe('prose,not_a_report')
  })
})
