/**
 * Text gathered piece by piece — htmlparser2 hands it over between every two tags and around every entity —
 * and joined once when taken. A string grown with `+=` is a rope of a piece per call (V8): 5 MiB of
 * `a&nbsp;` in one paragraph made a million pieces. Pieces are joined a thousand at a time as they come, so
 * what is kept is about the text's own size.
 */
const BLOCK = 1024

export class Pieces {
  private blocks: string[] = []
  private pending: string[] = []

  push(text: string): void {
    if (text === '') return
    this.pending.push(text)
    if (this.pending.length >= BLOCK) {
      this.blocks.push(this.pending.join(''))
      this.pending = []
    }
  }

  /** The text so far; the pieces are emptied. */
  take(): string {
    const pending = this.pending
    if (this.blocks.length === 0) {
      // Most cells and lines are one piece or none: taken as they are, no join and no new array.
      const text = pending.length === 0 ? '' : pending.length === 1 ? (pending[0] as string) : pending.join('')
      pending.length = 0
      return text
    }
    const text = [...this.blocks, ...pending].join('')
    this.blocks = []
    this.pending = []
    return text
  }
}
