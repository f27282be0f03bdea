/**
 * Text made piece by piece → a response body that asks for the next piece only when the last one is read:
 * the work behind each piece (a batch's next conversion) waits for the client, and no piece is kept.
 */
export function streamOf(pieces: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    cancel() {
      pieces.return?.(undefined)
    },
  })
}
