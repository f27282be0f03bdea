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
    const text = this.blocks.length === 0 ? this.pending.join('') : [...this.blocks, ...this.pending].join('')
    this.blocks = []
    this.pending = []
    return text
  }
}
