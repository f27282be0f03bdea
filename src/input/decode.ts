import { ConvertError } from './errors.ts'

/** Charset labels that government sites declare, mapped to the WHATWG names TextDecoder knows. */
const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gbk', // every browser decodes GB2312 pages as GBK, a superset
  'x-gbk': 'gbk',
  cp936: 'gbk',
  gbk: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-big5': 'big5',
  'utf8': 'utf-8',
  'utf-8': 'utf-8',
}

/** How far into a page a `<meta charset>` may stand (the HTML standard says 1024 bytes; real pages are sloppier). */
const META_SCAN_BYTES = 4096

export interface Decoded {
  text: string
  /** The encoding actually used, lower-case WHATWG name. */
  encoding: string
  /** Bytes that were not valid in that encoding and became U+FFFD (a stray byte on an otherwise good page). */
  replaced: number
}

/** Above this share of replaced characters the guess of encoding was wrong, not the page. */
const MAX_REPLACED_SHARE = 0.001

/** Canonical TextDecoder label for a declared charset, or null if none was declared or it is unknown. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (CHARSET_ALIASES[key]) return CHARSET_ALIASES[key]
  try {
    return new TextDecoder(key).encoding
  } catch {
    return null
  }
}

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{1,40})/i

/** Where `<meta` (in any case) stands in `bytes` from `from` on, or -1: the only places META_CHARSET can match. */
function metaAt(bytes: Uint8Array, from: number): number {
  // `| 0x20` makes an ASCII capital small, and makes no other byte m, e, t or a.
  for (let i = bytes.indexOf(0x3c, from); i !== -1; i = bytes.indexOf(0x3c, i + 1)) {
    if (((bytes[i + 1] ?? 0) | 0x20) === 0x6d && ((bytes[i + 2] ?? 0) | 0x20) === 0x65 && ((bytes[i + 3] ?? 0) | 0x20) === 0x74 && ((bytes[i + 4] ?? 0) | 0x20) === 0x61) return i
  }
  return -1
}

/**
 * The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, read from its first bytes as
 * ASCII. Only the bytes from a `<meta` to the `>` after it are decoded: no part of a match can hold a `>`, so each
 * stretch is read as the whole head would read it, and a page without a `<meta` (half the bench's) decodes nothing.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const scanned = bytes.subarray(0, META_SCAN_BYTES)
  for (let at = metaAt(scanned, 0); at !== -1; ) {
    const close = scanned.indexOf(0x3e, at + 1)
    const end = close === -1 ? scanned.length : close
    const match = META_CHARSET.exec(LATIN1.decode(scanned.subarray(at, end)))
    if (match) return canonicalCharset(match[1])
    at = metaAt(scanned, end)
  }
  return null
}

/** Strict decoders by encoding, made once: a decode without `stream` leaves a decoder as it found it. */
const STRICT = new Map<string, TextDecoder>()
const LATIN1 = new TextDecoder('latin1')

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  let decoder = STRICT.get(encoding)
  if (!decoder) STRICT.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })))
  try {
    return decoder.decode(bytes)
  } catch {
    return null
  }
}

/**
 * bytes + charset → text. The charset comes from the Content-Type header, else from the page's `<meta>`,
 * else UTF-8 (a byte-order mark wins over all). An undeclared body that is not UTF-8 is tried as GB18030,
 * the superset of the GBK/GB2312 pages that Chinese government sites serve. A few stray bytes become
 * U+FFFD and are counted (they can never become a digit); a body that is mostly invalid is `undecodable`.
 */
export function decode(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  const declared = canonicalCharset(declaredCharset) ?? sniffMetaCharset(bytes)
  let encoding = declared ?? 'utf-8'
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8'
  const exact = tryDecode(bytes, encoding)
  if (exact !== null) return { text: exact, encoding, replaced: 0 }
  if (!declared) {
    const gb = tryDecode(bytes, 'gb18030')
    if (gb !== null) return { text: gb, encoding: 'gb18030', replaced: 0 }
  }
  const text = new TextDecoder(encoding).decode(bytes)
  let replaced = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++
  if (replaced > Math.max(2, text.length * MAX_REPLACED_SHARE)) {
    throw new ConvertError('undecodable', `The body is not valid ${encoding}; declare its charset in the Content-Type header or a <meta charset>.`)
  }
  return { text, encoding, replaced }
}
