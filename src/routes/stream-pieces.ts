import type { NextPiece } from '../batch/batch-answer.ts'

/**
 * Text made piece by piece → a response body that asks for the next piece only when the last one is read:
 * the work behind each piece (a batch's next conversion) waits for the client, and no piece is kept.
 */
export function streamOf(next: NextPiece): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const piece = await next()
      if (piece === null) controller.close()
      else controller.enqueue(encoder.encode(piece))
    },
  })
}
