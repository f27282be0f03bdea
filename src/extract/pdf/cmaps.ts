/**
 * Where PDF.js gets a CMap it needs (a CID font that is not embedded names one, e.g. UniGB-UCS2-H): from the
 * CMaps bundled with this package (cmap-data.ts, loaded only when a PDF asks for one), never from a network.
 */
let data: Promise<Readonly<Record<string, string>>> | undefined

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** PDF.js's `BinaryDataFactory` shape: `fetch({ kind, filename })` → the file's bytes. */
export class CMapFactory {
  constructor(_options: unknown) {}

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl') throw new Error(`No ${kind} data is bundled.`)
    data ??= import('./cmap-data.ts').then((m) => m.CMAPS)
    const packed = (await data)[filename.replace(/\.bcmap$/, '')]
    if (packed === undefined) throw new Error(`No CMap ${filename} is bundled.`)
    return fromBase64(packed)
  }
}
