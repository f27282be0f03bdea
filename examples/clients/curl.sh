#!/bin/sh
# The HTTP API with curl, against `npm start` (or any deployment: set XXGK_URL; XXGK_API_KEY if it needs one).
#   sh examples/clients/curl.sh
set -eu
URL="${XXGK_URL:-http://127.0.0.1:8787}"
EXAMPLES="$(dirname "$0")/.."
set -- -sS --fail-with-body
if [ -n "${XXGK_API_KEY:-}" ]; then set -- "$@" -H "Authorization: Bearer $XXGK_API_KEY"; fi

echo '# a pasted text report → JSON'
curl "$@" -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$EXAMPLES/nansha-2020-mirror.txt" "$URL/v1/convert"
echo

echo '# a saved page → CSV (a header of JSON paths, one line per report)'
curl "$@" -H 'Content-Type: text/html' --data-binary @"$EXAMPLES/pingtan-2024-article.html" "$URL/v1/convert?format=csv"

echo '# an uploaded file, as a web form sends it'
curl "$@" -F "file=@$EXAMPLES/pingtan-2024-article.html;type=text/html" "$URL/v1/convert"
echo
