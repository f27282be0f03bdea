/**
 * Radicals that stand for ideographs. Fonts such as Noto CJK draw 人 and the Kangxi radical ⼈ with one
 * glyph, and a PDF's ToUnicode map (Chromium's, for one) may name the radical: `⼈⺠政府` is 人民政府 on
 * the page. Kangxi radicals (U+2F00–U+2FD5) fold by NFKC; the supplement's (U+2E80–U+2EF3) have no
 * decomposition, so the common ones are listed (Unicode's EquivalentUnifiedIdeograph.txt).
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺄': '乙', '⺅': '亻', '⺇': '几', '⺈': '刀', '⺊': '卜', '⺌': '小', '⺍': '小', '⺎': '兀', '⺏': '尣',
  '⺐': '尢', '⺑': '尣', '⺒': '巳', '⺓': '幺', '⺔': '彐', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡',
  '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫',
  '⺦': '丬', '⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糸',
  '⺰': '纟', '⺱': '罒', '⺲': '罒', '⺳': '网', '⺴': '网', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '耂',
  '⺺': '聿', '⺻': '聿', '⺼': '月', '⺽': '臼', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '西',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车', '⻌': '辶', '⻍': '辶',
  '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门', '⻕': '阝', '⻖': '阝', '⻗': '雨',
  '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '飠', '⻟': '食', '⻠': '饣', '⻡': '饣',
  '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉',
  '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
}

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g
/** The same fonts draw `——` as one two-em dash (U+2E3A) and `———` as a three-em dash: a blank's mark. */
const LONG_DASH = /[\u2e3a\u2e3b]/g

export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC')).replace(LONG_DASH, (c) => (c === '\u2e3a' ? '——' : '———'))
}
