import { describe, expect, it } from 'vitest'
import { ConvertError } from './errors.ts'
import { canonicalCharset, decode, sniffMetaCharset } from './decode.ts'

const utf8 = (s: string) => new TextEncoder().encode(s)
// 政府信息 in GBK and in Big5 (政府資訊), as government sites serve them.
const GBK = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2])
const BIG5 = new Uint8Array([0xac, 0x46, 0xa9, 0xb2, 0xb8, 0xea, 0xb0, 0x54])

describe('decode: bytes + charset → text', () => {
  it('names charsets as browsers do (GB2312 is read as GBK)', () => {
    expect(canonicalCharset('GB2312')).toBe('gbk')
    expect(canonicalCharset('"utf8"')).toBe('utf-8')
    expect(canonicalCharset('no-such-charset')).toBeNull()
  })

  it('takes the declared charset first', () => {
    expect(decode(GBK, 'gb2312')).toEqual({ text: '政府信息', encoding: 'gbk', replaced: 0 })
    expect(decode(BIG5, 'big5').text).toBe('政府資訊')
  })

  it('reads <meta charset> and <meta http-equiv> when the header says nothing', () => {
    const page = (meta: string) => new Uint8Array([...utf8(`<html><head>${meta}</head><body>`), ...GBK])
    expect(sniffMetaCharset(page('<meta charset="gbk">'))).toBe('gbk')
    expect(decode(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')).text).toContain('政府信息')
  })

  it('honours a UTF-8 byte-order mark over a lying declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('政府')])
    expect(decode(bytes, 'gbk')).toMatchObject({ text: '政府', encoding: 'utf-8' })
  })

  it('tries GB18030 for an undeclared body that is not UTF-8', () => {
    expect(decode(GBK)).toMatchObject({ text: '政府信息', encoding: 'gb18030' })
  })

  it('counts a stray invalid byte instead of failing the page', () => {
    const bytes = new Uint8Array([...utf8('政府信息公开'.repeat(300)), 0xff, ...utf8('年度报告')])
    const out = decode(bytes, 'utf-8')
    expect(out.replaced).toBe(1)
    expect(out.text.endsWith('年度报告')).toBe(true)
  })

  it('refuses a body that is mostly invalid in its declared charset', () => {
    const noise = new Uint8Array(1000).map((_, i) => 0x80 + (i % 64))
    expect(() => decode(noise, 'utf-8')).toThrowError(ConvertError)
    try {
      decode(noise, 'utf-8')
    } catch (e) {
      expect((e as ConvertError).code).toBe('undecodable')
    }
  })
})
