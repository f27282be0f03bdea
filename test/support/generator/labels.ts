import type { Random } from './random.ts'

/**
 * Every wording of SPEC §2 ("Variants that real reports use") that the generator draws from. Written out
 * here on their own, not imported from src/model: the generator is the oracle and must not share the
 * engine's regular expressions (a wrong pattern would then pass its own test).
 */

export type Version = '2019' | '2021'

/** Group numbering of table 三: （一） (一) 一、 */
export function groupNumber(r: Random, n: string): string {
  return r.pick([`（${n}）`, `(${n})`, `${n}、`])
}

/** Item numbering inside a group: 1. 1． 1、 （1） */
export function itemNumber(r: Random, n: number): string {
  return r.pick([`${n}.`, `${n}．`, `${n}、`, `（${n}）`])
}

/** Section headings 一 … 六, with the numbering and wording variants real reports use. */
export function sectionHeadings(r: Random): string[] {
  const style = r.pick(['、', '．', 'paren'] as const)
  const n = (c: string) => (style === 'paren' ? `（${c}）` : `${c}${style}`)
  return [
    `${n('一')}总体情况`,
    `${n('二')}主动公开政府信息情况`,
    `${n('三')}收到和处理政府信息公开申请情况`,
    `${n('四')}政府信息公开行政复议${r.pick(['、', '，', ''])}行政诉讼情况`,
    `${n('五')}${r.pick(['存在的主要问题及改进情况', '存在的问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'])}`,
    `${n('六')}其他需要报告的事项`,
  ]
}

export const NORMATIVE = ['规范性文件', '行政规范性文件'] as const
export const THREE_SECURITIES = ['危及“三安全一稳定”', '危及"三安全一稳定"', '危及三安全一稳定', '危及‘三安全一稳定’'] as const
export const NEEDS_CREATION = ['没有现成信息需要另行制作', '没有现成信息需另行制作'] as const
export const CARRIED_FORWARD = ['结转下年度继续办理', '结转下一年度继续办理', '结转下一年继续办理'] as const
export const RESULTS_TOTAL = ['（七）总计', '七、总计', '总计', '(七)总计'] as const
/** The 、 or ， inside the two （六） sub-row labels. */
export const SUB_ROW_COMMA = ['、', '，', ','] as const

export const REVIEW_HEADERS = {
  upheld: ['结果维持'],
  corrected: ['结果纠正'],
  other: ['其他结果'],
  pending: ['尚未审结', '未审结'],
  total: ['总计', '合计'],
  withoutReview: ['未经复议直接起诉', '未经复议直接诉讼', '直接起诉', '直接诉讼'],
  afterReview: ['复议后起诉', '复议后诉讼'],
} as const

/** Active disclosure column headers; a `\n` is a line break inside the cell (`本年新<br>制作数量`). */
export type ActiveHeaders =
  | { docs: string[]; decisions: string; fees: string }
  | { docs: string[]; items: string[]; procurement: string[] }

export function activeHeaders(r: Random, version: Version): ActiveHeaders {
  const br = (a: string, b: string) => (r.bool(0.2) ? `${a}\n${b}` : a + b)
  return version === '2021'
    ? { docs: [br('本年', '制发件数'), br('本年', '废止件数'), br('现行', '有效件数')], decisions: '本年处理决定数量', fees: r.pick(['本年收费金额（单位：万元）', '本年收费金额(单位:万元)']) }
    : {
        docs: [br('本年新', '制作数量'), br('本年新', '公开数量'), br('对外公开', '总数量')],
        items: ['上一年项目数量', r.pick(['本年增/减', '本年增／减', '本年增减']), '处理决定数量'],
        procurement: ['采购项目数量', '采购总金额'],
      }
}

/** Organs and the title shapes around them: `organ + 2020年`, `2019年 + organ`, `organ + 2022年度`. */
export const ORGANS = [
  '广州市南沙区人民政府',
  '平潭综合实验区',
  '上海市徐汇区教育局',
  '北京市海淀区人民政府办公室',
  '云南省昆明市生态环境局',
  '浙江省杭州市西湖区人民政府',
  '四川省成都市人力资源和社会保障局',
  '湖南省长沙县人民政府',
] as const

export function title(r: Random, organ: string, year: number): string {
  const suffix = r.pick(['政府信息公开工作年度报告', '政府信息公开工作年度报告', '政府信息公开年度报告'])
  return r.pick([`${organ}${year}年${suffix}`, `${year}年${organ}${suffix}`, `${organ}${year}年度${suffix}`])
}

/** Sentences with no figure and no table label: the narrative's filler. Chosen to survive Simplified→Traditional→Simplified. */
export const FILLER = [
  '本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作。',
  '进一步健全工作机制，明确责任分工，加强业务培训，提升工作人员的业务水平。',
  '依托门户网站、政务新媒体等平台，及时发布重要政策文件和解读材料。',
  '严格落实保密审查制度，做到先审查、后公开，一事一审、全面审查。',
  '认真做好建议提案办理结果公开，回应社会关切，主动接受群众监督。',
  '政务公开工作仍存在栏目更新不够及时、解读形式不够丰富等问题。',
  '下一步，将加强栏目日常维护，丰富政策解读形式，提高公开质量。',
  '本年度未收取信息处理费。',
  '无其他需要报告的事项。',
  '按照上级部署，认真落实政务公开工作要点各项任务，取得积极成效。',
] as const

/** Site chrome around an article (navigation, breadcrumbs, footer): never report content. */
export const NAV_TOP = ['首页', '政务公开', '政府信息公开', '互动交流', '政务服务', '走进本地'] as const
export const BREADCRUMB = ['当前位置：首页 > 政府信息公开 > 政府信息公开年报', '您当前的位置：首页 > 信息公开 > 政府信息公开年度报告'] as const
export const FOOTER = ['主办单位：本级人民政府办公室', '版权所有：本级人民政府', '网站标识码：3501000001', '闽ICP备05012345号'] as const

/** Keyword spam that mirror sites wrap around a copied page: pieces joined by `|`. */
export const SPAM_WORDS = ['免费在线观看', '高清视频下载', '最新电影排行', '手机游戏大全', '彩票开奖结果', '热门小说阅读', '美女直播平台', '足球比分直播', '股票行情查询', '天气预报查询'] as const
