"""Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on
fd 3, answers on fd 4, NUL-separated JSON), so that the browser tests need nothing but the standard
library. Shared by browser-upload.py and browser-review.py; every failure ends the script with exit
status 1 and the reason on standard error.
"""
import atexit, base64, json, os, shutil, subprocess, sys, tempfile, time


class Chromium:
    def __init__(self, name, seconds=60, fail_on_dialog=False):
        self.name = name
        self.deadline = time.monotonic() + seconds
        # A dialog an upload's script opened would stop the page: the event is watched for when asked.
        self.fail_on_dialog = fail_on_dialog
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        profile = tempfile.mkdtemp(prefix="proceedings-chromium-")
        # Registered before Chromium starts, so it runs after fail()'s kill as well as after a normal end.
        atexit.register(shutil.rmtree, profile, ignore_errors=True)

        # Chromium reads its commands from fd 3 and writes on fd 4: the pipes are moved there in the
        # child, and pass_fds keeps those two open through the exec.
        def child_fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.browser = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
             f"--user-data-dir={profile}", "--window-size=1000,1400", "about:blank"],
            pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.reader = os.fdopen(from_chrome_r, "rb")
        self.writer = os.fdopen(to_chrome_w, "wb")
        self.buffer = b""
        self.counter = 0

    def fail(self, reason):
        sys.stderr.write(f"{self.name}: {reason}\n")
        self.browser.kill()
        sys.exit(1)

    def send(self, method, params=None, session=None):
        """Sends one command and returns its result; events in between are skipped."""
        self.counter += 1
        message = {"id": self.counter, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        self.writer.flush()
        while True:
            while b"\0" not in self.buffer:
                if time.monotonic() > self.deadline:
                    self.fail(f"no answer to {method} in time")
                chunk = os.read(self.reader.fileno(), 65536)
                if not chunk:
                    self.fail("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if self.fail_on_dialog and answer.get("method") == "Page.javascriptDialogOpening":
                self.fail(f"a script of the page opened a dialog: {answer['params'].get('message')}")
            if answer.get("id") == self.counter:
                if "error" in answer:
                    self.fail(f"{method}: {answer['error']}")
                return answer["result"]

    def open(self, url):
        """A new page at URL; its session."""
        target = self.send("Target.createTarget", {"url": url})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        if self.fail_on_dialog:
            self.send("Page.enable", {}, session)
        return session

    def evaluate(self, session, expression):
        return self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)["result"].get("value")

    def wait_for(self, session, expression):
        while not self.evaluate(session, expression):
            if time.monotonic() > self.deadline:
                self.fail(f"timed out waiting for {expression}")
            time.sleep(0.1)

    def set_files(self, session, selector, paths):
        root = self.send("DOM.getDocument", {}, session)["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector}, session)["nodeId"]
        self.send("DOM.setFileInputFiles", {"nodeId": node, "files": [os.path.abspath(p) for p in paths]}, session)

    def save(self, session, dom_out, png_out):
        """The page's DOM and a screenshot."""
        with open(dom_out, "w", encoding="utf-8") as out:
            out.write(self.evaluate(session, "document.documentElement.outerHTML"))
        shot = self.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
        with open(png_out, "wb") as out:
            out.write(base64.b64decode(shot))

    def close(self):
        try:
            self.send("Browser.close")
        except SystemExit:
            pass
        self.browser.wait(timeout=10)
