import type { SectionModel } from './types.ts'

/**
 * The six sections of every report, in order. Reports reword the titles (without 的主要, with a prefix such
 * as 政府信息公开工作…); the variants are the wordings seen, and locating matches by likeness anyway.
 */
export const SECTIONS: readonly SectionModel[] = [
  { key: 'overview', numeral: '一', title: '总体情况', variants: [] },
  { key: 'activeDisclosure', numeral: '二', title: '主动公开政府信息情况', variants: [] },
  { key: 'applications', numeral: '三', title: '收到和处理政府信息公开申请情况', variants: [] },
  { key: 'reviewLitigation', numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', variants: ['政府信息公开行政复议和行政诉讼情况'] },
  {
    key: 'problems',
    numeral: '五',
    title: '存在的主要问题及改进情况',
    variants: ['存在的问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '工作中存在的问题及改进情况'],
  },
  { key: 'other', numeral: '六', title: '其他需要报告的事项', variants: [] },
]
