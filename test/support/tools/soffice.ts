import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

/**
 * LibreOffice saving documents as text, as a user does with File › Save As › Text (encoded), UTF-8. Many files go
 * through one `soffice --headless` run (it takes seconds to start); each run has a profile of its own so that
 * parallel runs (test files, other projects' runs) do not lock each other out.
 */

export const SOFFICE = '/usr/bin/soffice'
export const hasSoffice = existsSync(SOFFICE)

const run = promisify(execFile)

export interface OfficeFile {
  /** A file name with its extension (`.docx`, `.html`): LibreOffice chooses its import filter by it. */
  name: string
  bytes: Uint8Array | string
}

/** Each file's text as LibreOffice writes it, in the order given. */
export async function officeText(files: readonly OfficeFile[]): Promise<string[]> {
  if (files.length === 0) return []
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-soffice-'))
  try {
    const inDir = join(dir, 'in')
    const outDir = join(dir, 'out')
    mkdirSync(inDir)
    mkdirSync(outDir)
    const paths = files.map((f, k) => {
      // Numbered names: two files of one name would overwrite each other's text.
      const path = join(inDir, `${k}-${basename(f.name)}`)
      writeFileSync(path, f.bytes)
      return path
    })
    const profile = pathToFileURL(join(dir, 'profile')).href
    // An HTML file opens in Writer/Web, whose text export needs the filter named with the Writer/Web family.
    await run(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, ...paths],
      { timeout: 300_000, maxBuffer: 16 << 20 },
    )
    return paths.map((p) => {
      const out = join(outDir, `${basename(p, extname(p))}.txt`)
      if (!existsSync(out)) throw new Error(`soffice wrote no text for ${basename(p)}`)
      return readFileSync(out, 'utf8')
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
