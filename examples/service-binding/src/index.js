/* global Response */
// A Worker of yours that converts reports through xxgk-json over RPC (a service binding), without HTTP
// between the two. Its wrangler.toml binds XXGK to the xxgk-json Worker's `Converter` entrypoint.
//
//   POST /        a report (HTML or text) → a summary of it: organ, year, totals, failed checks
//   POST /batch   {"documents": [{"id", "content"}, …]} → the cross-year checks of one organ's reports

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url)
    if (request.method !== 'POST') return new Response('POST a report to / or a batch to /batch.\n', { status: 405 })

    if (pathname === '/batch') {
      const { documents } = await request.json()
      const answer = await env.XXGK.convertBatch(documents)
      return Response.json({ summary: answer.summary, crossYear: answer.crossYear })
    }

    const result = await env.XXGK.convert({
      content: await request.text(),
      contentType: request.headers.get('content-type') ?? undefined,
    })
    // Errors come back as values, by code: { ok: false, error: { code, message } }. This Worker picks its own status.
    if (!result.ok) return Response.json({ error: result.error }, { status: result.error.code === 'internal' ? 500 : 422 })
    const { report, applications, checks } = result.report
    return Response.json({
      organ: report.organ,
      year: report.year,
      formatVersion: report.formatVersion,
      newlyReceived: applications?.rows.newlyReceived.total ?? null,
      failedChecks: checks.filter((c) => c.status === 'fail').map((c) => c.id),
    })
  },
}
