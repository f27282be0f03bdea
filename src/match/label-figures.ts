import { halfWidth } from '../normalize/fold.ts'
import type { Token } from '../tokens/token.ts'

/**
 * A row's label never ends in a figure (its numbering, `（1）` `2.` `3、`, ends in a mark). A piece of it that does
 * (`计这一情形，不计其他情形） ３４` under `(二)部分公开（区分处理的，只 ２４６ …`) holds a figure's piece the viewer
 * set on the label's line: the row's figures as read may have lost it (246 for 24634), and only its arithmetic
 * can say they did not.
 */
const ENDS_IN_FIGURE = /\d[\d,，]*$/

export function figureInLabel(tokens: readonly Token[], pieces: readonly number[] | undefined): boolean {
  return (pieces ?? []).some((i) => ENDS_IN_FIGURE.test(halfWidth(tokens[i]?.text ?? '').trim()))
}
