/**
 * Encodes text as GBK, GB18030 or Big5 for tests, by inverting the runtime's own TextDecoder over every
 * two-byte sequence (the runtimes ship decoders for these, but no encoders). Characters outside the
 * two-byte range are not needed by the tests and throw.
 */
const tables = new Map<string, Map<string, number[]>>()

function table(encoding: string): Map<string, number[]> {
  let map = tables.get(encoding)
  if (map) return map
  map = new Map()
  const decoder = new TextDecoder(encoding)
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, trail])
    }
  }
  tables.set(encoding, map)
  return map
}

export function encodeLegacy(text: string, encoding: 'gbk' | 'gb18030' | 'big5'): Uint8Array<ArrayBuffer> {
  const map = table(encoding)
  const bytes: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else {
      const pair = map.get(ch)
      if (!pair) throw new Error(`${ch} has no two-byte ${encoding} form`)
      bytes.push(...pair)
    }
  }
  return new Uint8Array(bytes)
}
