/**
 * Figures that an overview states in plain words and a table also holds (SPEC §3.5). Each pattern
 * reads one number in 件 with a bounded gap, inside one clause (no 。；). A fact stated twice with
 * different numbers is not checked: none is guessed.
 */
interface Fact {
  id: string
  rule: string
  pattern: RegExp
  paths: string[]
}

const FACTS: Fact[] = [
  {
    id: 'narrative.newlyReceived',
    rule: '总体情况所述本年新收申请数 = 三、一 总计',
    pattern: /本年(?:度)?(?:共)?新收[^。；;]{0,30}?申请(?:共计|共|合计)?(\d{1,9})件/g,
    paths: ['applications.rows.newlyReceived.total'],
  },
  {
    id: 'narrative.carriedOver',
    rule: '总体情况所述上年结转申请数 = 三、二 总计',
    pattern: /上年结转[^。；;，,]{0,30}?(\d{1,9})件/g,
    paths: ['applications.rows.carriedOver.total'],
  },
  {
    id: 'narrative.carriedForward',
    rule: '总体情况所述结转下年度办理数 = 三、四 总计',
    pattern: /结转下一?年度?[^。；;，,]{0,20}?(\d{1,9})件/g,
    paths: ['applications.rows.carriedForward.total'],
  },
  {
    id: 'narrative.administrativeReview',
    rule: '总体情况所述行政复议案件数 = 四、行政复议 总计',
    pattern: /行政复议(?:案件)?(?:共|共计)?(\d{1,9})件/g,
    paths: ['reviewLitigation.administrativeReview.total'],
  },
  {
    id: 'narrative.litigation',
    rule: '总体情况所述行政诉讼案件数 = 四、未经复议直接起诉 总计 + 复议后起诉 总计',
    pattern: /行政诉讼(?:案件)?(?:共|共计)?(\d{1,9})件/g,
    paths: ['reviewLitigation.litigationWithoutReview.total', 'reviewLitigation.litigationAfterReview.total'],
  },
]

function statedOnce(text: string, pattern: RegExp): number | null {
  const numbers = new Set<number>()
  // exec over the pattern itself, not matchAll: matchAll copies the pattern and makes an iterator per call.
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) numbers.add(Number(m[1]))
  return numbers.size === 1 ? ([...numbers][0] ?? null) : null
}

/** A figure the overview states plainly: the sum of `paths` in the tables must equal `value`. */
export interface StatedFact {
  id: string
  rule: string
  paths: string[]
  value: number
}

export function statedFacts(overview: string | null): StatedFact[] {
  if (!overview) return []
  const facts: StatedFact[] = []
  for (const fact of FACTS) {
    const value = statedOnce(overview, fact.pattern)
    if (value !== null) facts.push({ id: fact.id, rule: fact.rule, paths: fact.paths, value })
  }
  return facts
}
