"""Headless Chromium driven over the Chrome DevTools Protocol, for the report's browser tests.

The protocol runs over a pipe (`--remote-debugging-pipe`: the browser reads commands on fd 3
and writes replies and events on fd 4, each a JSON message ended by a NUL byte), so no
websocket library and no port are needed. `find_chromium` installs Debian's `chromium`
package where it is missing and the tests run as root with apt-get (as CI does), and
otherwise skips with the reason.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _which() -> str | None:
    env = os.environ.get("ITERDEPLOY_CHROMIUM")
    if env:
        return env
    return next((p for p in map(shutil.which, NAMES) if p), None)


def find_chromium() -> str:
    """The Chromium binary: found, installed with apt-get (root), or the test is skipped."""
    path = _which()
    if path:
        return path
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("the browser test needs Chromium: not installed, and apt-get as root is not "
                    "available to install it (sudo apt-get install chromium)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    log = []
    for cmd in (["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]):
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, env=env)
        except subprocess.TimeoutExpired:
            pytest.skip(f"the browser test needs Chromium: '{' '.join(cmd)}' timed out")
        log.append(proc.stdout[-500:] + proc.stderr[-1500:])
        if proc.returncode != 0:
            pytest.skip(f"the browser test needs Chromium, and '{' '.join(cmd)}' failed "
                        f"(exit {proc.returncode}): {log[-1].strip()[-600:]}")
    path = _which()
    if not path:
        pytest.skip("the browser test needs Chromium: apt-get installed 'chromium' but no "
                    "chromium binary is on PATH")
    return path


class Browser:
    """One headless Chromium process and a page session in it."""

    def __init__(self, binary: str, timeout: float = 60.0):
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="iterdeploy-chromium-")
        self._log = Path(self._profile.name) / "stderr.log"
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def fds():  # in the child: the protocol pipe on fds 3 (commands) and 4 (replies)
            # through fresh copies first: a pipe end may already be fd 3 or 4, and dup2 onto
            # itself would leave it close-on-exec
            cmd, reply = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(cmd, 3)
            os.dup2(reply, 4)
        self.proc = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-pipe", "--disable-background-networking",
             "--disable-component-update", "--disable-default-apps", "--disable-sync",
             "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
             f"--user-data-dir={self._profile.name}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=open(self._log, "wb"), close_fds=False,
            preexec_fn=fds)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.send(f"{domain}.enable", session=True)

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no reply from Chromium")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                err = self._log.read_text(errors="replace")
                raise RuntimeError(f"Chromium closed the protocol pipe: {err[-2000:]}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, params: dict | None = None, session: bool = False) -> dict:
        """Send a command and wait for its reply (events that arrive meanwhile are kept)."""
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str) -> dict:
        """The first not yet consumed event of this kind."""
        deadline = time.monotonic() + self.timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))

    def open(self, path: Path) -> list[str]:
        """Load a local file and wait for its load event; returns every URL the page
        requested (Network.requestWillBeSent, fired before anything goes out)."""
        self.events.clear()
        self.send("Page.navigate", {"url": Path(path).resolve().as_uri()}, session=True)
        self.wait_event("Page.loadEventFired")
        self.evaluate("new Promise(r => setTimeout(r, 200))")  # late requests, if any
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]

    def evaluate(self, expression: str):
        """A JavaScript expression's value (promises awaited)."""
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, session=True)
        if "exceptionDetails" in res:
            raise RuntimeError(f"JavaScript failed: {res['exceptionDetails']}")
        return res["result"].get("value")

    def screenshot(self, out: Path) -> bytes:
        """A PNG of the whole page (beyond the viewport)."""
        size = {"width": 1200, "height": 800, "deviceScaleFactor": 1, "mobile": False}
        self.send("Emulation.setDeviceMetricsOverride", size, session=True)
        height = self.evaluate("document.documentElement.scrollHeight")
        self.send("Emulation.setDeviceMetricsOverride",
                  {**size, "height": min(height, 16000)}, session=True)
        data = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"},
                                          session=True)["data"])
        Path(out).write_bytes(data)
        return data

    def close(self) -> None:
        """End the browser process and its profile folder."""
        try:
            self.send("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()


# What the page shows: every image (decoded or not, its natural size, and how many of its
# pixels are not opaque: a PNG cut short still has a natural size, since its header is
# intact, but the rows after the cut stay transparent) and every table.
PAGE_STATE = """
(async () => {
  const imgs = Array.from(document.images);
  await Promise.all(imgs.map(i => i.decode().catch(() => null)));
  const transparent = (img) => {
    if (!img.naturalWidth) return null;
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let k = 3; k < px.length; k += 4) if (px[k] < 255) n++;
    return n;
  };
  return {
    images: imgs.map(i => ({alt: i.alt, complete: i.complete, width: i.naturalWidth,
                            height: i.naturalHeight, scheme: i.src.split(':')[0],
                            transparent: transparent(i)})),
    tables: Array.from(document.querySelectorAll('table')).map(t => ({
      header: Array.from(t.querySelectorAll('thead th')).map(c => c.textContent),
      rows: Array.from(t.querySelectorAll('tbody tr')).map(
        r => Array.from(r.cells).map(c => c.textContent))})),
    headings: Array.from(document.querySelectorAll('h1, h2')).map(h => h.textContent),
    text: document.body.innerText,
  };
})()
"""
