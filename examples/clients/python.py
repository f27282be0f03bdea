#!/usr/bin/env python3
"""The HTTP API from Python 3 with the standard library only, against `npm start` or a deployment: set
XXGK_URL (and XXGK_API_KEY if it needs one).   python3 examples/clients/python.py"""
import csv
import io
import json
import os
import pathlib
import urllib.error
import urllib.request

URL = os.environ.get("XXGK_URL", "http://127.0.0.1:8787")
EXAMPLES = pathlib.Path(__file__).resolve().parent.parent


def post(path, body, content_type):
    headers = {"Content-Type": content_type}
    if os.environ.get("XXGK_API_KEY"):
        headers["Authorization"] = "Bearer " + os.environ["XXGK_API_KEY"]
    request = urllib.request.Request(URL + path, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # 4xx: the error envelope {"error": {"code", "message"}}
        problem = json.load(error)["error"]
        raise SystemExit(f"{error.code} {problem['code']}: {problem['message']}")


# One report → JSON.
text = (EXAMPLES / "nansha-2020-mirror.txt").read_bytes()
report = json.loads(post("/v1/convert", text, "text/plain; charset=utf-8"))
rows = report["applications"]["rows"]
print(f"{report['report']['organ']} {report['report']['year']}: "
      f"{rows['newlyReceived']['total']} new applications, {rows['results']['total']['total']} handled")

# A batch as CSV: one line per document, the columns named by their JSON paths. utf-8-sig drops the BOM.
documents = [
    {"id": "nansha-2020", "content": text.decode("utf-8")},
    {"id": "pingtan-2024", "content": (EXAMPLES / "pingtan-2024-article.html").read_text("utf-8")},
]
table = post("/v1/convert/batch?format=csv", json.dumps({"documents": documents}).encode(), "application/json")
for row in csv.DictReader(io.StringIO(table.decode("utf-8-sig"), newline="")):
    print(f"{row['id']}: {row['report.organ']} {row['report.year']}, "
          f"disclosed to natural persons: {row['applications.rows.results.disclosed.naturalPerson']}")
