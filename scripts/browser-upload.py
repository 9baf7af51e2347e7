#!/usr/bin/env python3
"""Uploads files through the service's own form in headless Chromium, as a person would.

Usage: browser-upload.py URL DOM_OUT PNG_OUT FILE...

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on fd 3,
answers on fd 4, NUL-separated JSON), so nothing but the standard library is needed. It opens URL,
puts FILE... into the form's file input, clicks the submit button, waits for the result page, and
writes its DOM and a screenshot. Exit status 0, or 1 with the reason on standard error.
"""
import atexit, base64, json, os, shutil, subprocess, sys, tempfile, time

url, dom_out, png_out, files = sys.argv[1], sys.argv[2], sys.argv[3], [os.path.abspath(f) for f in sys.argv[4:]]
deadline = time.monotonic() + 60

to_chrome_r, to_chrome_w = os.pipe()
from_chrome_r, from_chrome_w = os.pipe()
profile = tempfile.mkdtemp(prefix="proceedings-chromium-")
# Registered before Chromium starts, so it runs after fail()'s kill as well as after a normal end.
atexit.register(shutil.rmtree, profile, ignore_errors=True)
# Chromium reads its commands from fd 3 and writes on fd 4: the pipes are moved there in the child,
# and pass_fds keeps those two open through the exec.
def child_fds():
    os.dup2(to_chrome_r, 3)
    os.dup2(from_chrome_w, 4)
browser = subprocess.Popen(
    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
     f"--user-data-dir={profile}", "--window-size=1000,1400", "about:blank"],
    pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_chrome_r)
os.close(from_chrome_w)
reader = os.fdopen(from_chrome_r, "rb")
writer = os.fdopen(to_chrome_w, "wb")
buffer = b""
counter = 0

def fail(reason):
    sys.stderr.write(f"browser-upload: {reason}\n")
    browser.kill()
    sys.exit(1)

def send(method, params=None, session=None):
    """Sends one command and returns its result; events in between are skipped."""
    global buffer, counter
    counter += 1
    message = {"id": counter, "method": method, "params": params or {}}
    if session:
        message["sessionId"] = session
    writer.write(json.dumps(message).encode() + b"\0")
    writer.flush()
    while True:
        while b"\0" not in buffer:
            if time.monotonic() > deadline:
                fail(f"no answer to {method} in time")
            chunk = os.read(reader.fileno(), 65536)
            if not chunk:
                fail("chromium closed the pipe")
            buffer += chunk
        raw, buffer = buffer.split(b"\0", 1)
        answer = json.loads(raw)
        if answer.get("id") == counter:
            if "error" in answer:
                fail(f"{method}: {answer['error']}")
            return answer["result"]

def evaluate(session, expression):
    return send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)["result"].get("value")

def wait_for(session, expression):
    while not evaluate(session, expression):
        if time.monotonic() > deadline:
            fail(f"timed out waiting for {expression}")
        time.sleep(0.1)

target = send("Target.createTarget", {"url": url})["targetId"]
session = send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
wait_for(session, "document.readyState === 'complete' && !!document.querySelector('input[type=file]')")
root = send("DOM.getDocument", {}, session)["root"]["nodeId"]
node = send("DOM.querySelector", {"nodeId": root, "selector": "input[type=file]"}, session)["nodeId"]
send("DOM.setFileInputFiles", {"nodeId": node, "files": files}, session)
evaluate(session, "document.querySelector('button[type=submit]').click(), true")
wait_for(session, "document.readyState === 'complete' && !!document.getElementById('summary')")
with open(dom_out, "w", encoding="utf-8") as out:
    out.write(evaluate(session, "document.documentElement.outerHTML"))
shot = send("Page.captureScreenshot", {"format": "png"}, session)["data"]
with open(png_out, "wb") as out:
    out.write(base64.b64decode(shot))
try:
    send("Browser.close")
except SystemExit:
    pass
browser.wait(timeout=10)
