import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.ts'
import { isNoise } from './noise.ts'
import { classifyScript, countScript, toSimplified } from './script.ts'
import { fold, halfWidth } from './fold.ts'
import { readCell } from './numbers.ts'

describe('cleanText', () => {
  it('removes mirror-site pinyin after a character and counts it, keeping bracketed Chinese', () => {
    expect(cleanText('廣州市南沙區(qū)人民政府年度報(bào)告').text).toBe('廣州市南沙區人民政府年度報告')
    expect(cleanText('區(qū)報(bào)').annotationsRemoved).toBe(2)
    expect(cleanText('村(居)务公开(试行)').text).toBe('村(居)务公开(试行)')
    expect(cleanText('附件(A)').text).toBe('附件(A)')
  })
  it('drops zero-width characters and turns odd spaces into plain ones', () => {
    expect(cleanText('本年\u200b新收\ufeff申请\u00a0数量').text).toBe('本年新收申请 数量')
  })
})

describe('isNoise: the keyword blocks mirror sites add', () => {
  it('flags a |-joined keyword list', () => {
    expect(isNoise('亚洲精品视频在线观看免费| 欧美亚洲国产SUV| 涩涩色中文综合亚洲| 亚洲国产精品人久久| 亚洲精品成人片在线观看| 亚洲AV永久无码天堂影院|')).toBe(true)
  })
  it('keeps Markdown rows, prose and rows of numbers', () => {
    expect(isNoise('| 一、本年新收政府信息公开申请数量 | 1696 | 74 | 0 | 0 | 0 | 7 | 1777 |')).toBe(false)
    expect(isNoise('2020年，在区委、区政府的坚强领导下，全面推进基层政务公开。')).toBe(false)
    expect(isNoise('1696|74|0|0|0|7|1777')).toBe(false)
  })
})

describe('script: Traditional → Simplified with OpenCC', () => {
  it('tells Traditional, Simplified and mixed text apart', () => {
    expect(classifyScript(countScript('廣州市南沙區人民政府政府信息公開工作年度報告'))).toBe('traditional')
    expect(classifyScript(countScript('广州市南沙区人民政府政府信息公开工作年度报告'))).toBe('simplified')
    expect(classifyScript(countScript('廣州市南沙區人民政府 广州市南沙区人民政府'))).toBe('mixed')
    // 制, 系, 范 are good Traditional too: they do not make a Traditional text mixed.
    expect(classifyScript(countScript('規範性文件製發體系'))).toBe('traditional')
  })
  it('converts several texts in one call and keeps them apart', () => {
    expect(toSimplified(['結轉下年度繼續辦理', '行政復議', '臺灣'])).toEqual(['结转下年度继续办理', '行政复议', '台湾'])
  })
})

describe('fold and readCell: labels and numbers in one form', () => {
  it('folds widths, spaces and quotes for matching', () => {
    expect(fold('（一）予以 公开')).toBe('(一)予以公开')
    expect(fold('危及“三安全一稳定”')).toBe(fold('危及"三安全一稳定"'))
    expect(halfWidth('１２３　４')).toBe('123 4')
  })
  it('reads numbers as reports print them', () => {
    expect(readCell('1,234')).toEqual({ kind: 'number', value: 1234, unit: null })
    expect(readCell(fold('1，234'))).toEqual({ kind: 'number', value: 1234, unit: null })
    expect(readCell('+44')).toMatchObject({ value: 44 })
    expect(readCell(fold('－22'))).toMatchObject({ value: -22 })
    expect(readCell('251000元')).toEqual({ kind: 'number', value: 251000, unit: '元' })
    expect(readCell('5949.088667')).toMatchObject({ value: 5949.088667 })
  })
  it('reads blanks as blanks, never as 0', () => {
    for (const blank of ['', '—', '-', '/', '无', '——']) expect(readCell(blank)).toEqual({ kind: 'blank' })
  })
  it('refuses what is not one number', () => {
    expect(readCell('约100').kind).toBe('text')
    expect(readCell('1'.repeat(400)).kind).toBe('digits')
  })
})
